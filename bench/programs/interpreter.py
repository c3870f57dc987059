# A small interpreter: a tokenizer, a recursive-descent parser building a tree of node
# objects, and a tree-walking evaluator with scopes, for a tiny language with integer
# arithmetic, comparisons, while loops, if/else, functions and recursion. The source is
# tokenized and parsed many times; the program it runs calls functions and loops.

SOURCE = """
fn fib(n) {
    if (n < 2) { return n; }
    return fib(n - 1) + fib(n - 2);
}
fn gcd(a, b) {
    while (b != 0) { let t = b; b = a % b; a = t; }
    return a;
}
fn is_prime(n) {
    if (n < 2) { return 0; }
    let d = 2;
    while (d * d <= n) {
        if (n % d == 0) { return 0; }
        d = d + 1;
    }
    return 1;
}
fn collatz(n) {
    let steps = 0;
    while (n != 1) {
        if (n % 2 == 0) { n = n / 2; } else { n = 3 * n + 1; }
        steps = steps + 1;
    }
    return steps;
}
let total = 0;
let i = 1;
while (i <= 3500) {
    total = total + is_prime(i) * i + gcd(i * 7, 84) - collatz(i) % 5;
    i = i + 1;
}
print total;
print fib(20);
let k = 0;
let acc = 1;
while (k < 60 && acc > 0) {
    acc = (acc * 31 + k) % 1000003;
    if (acc % 3 == 0 || k == 59) { print acc; }
    k = k + 1;
}
print -total + !0 * 2;
"""

KEYWORDS = {"fn", "let", "if", "else", "while", "return", "print"}
TWO_CHAR = {"==", "!=", "<=", ">=", "&&", "||"}


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("kw" if word in KEYWORDS else "name", word))
            i = j
        elif src[i:i + 2] in TWO_CHAR:
            tokens.append(("op", src[i:i + 2]))
            i += 2
        else:
            tokens.append(("op", ch))
            i += 1
    tokens.append(("eof", None))
    return tokens


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env.lookup(self.name)


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        op = self.op
        if op == "&&":
            return 1 if self.left.eval(env) and self.right.eval(env) else 0
        if op == "||":
            return 1 if self.left.eval(env) or self.right.eval(env) else 0
        a = self.left.eval(env)
        b = self.right.eval(env)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a // b
        if op == "%":
            return a % b
        if op == "<":
            return int(a < b)
        if op == ">":
            return int(a > b)
        if op == "<=":
            return int(a <= b)
        if op == ">=":
            return int(a >= b)
        if op == "==":
            return int(a == b)
        return int(a != b)


class Unary:
    def __init__(self, op, operand):
        self.op = op
        self.operand = operand

    def eval(self, env):
        v = self.operand.eval(env)
        return -v if self.op == "-" else int(not v)


class Call:
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def eval(self, env):
        func = env.functions[self.name]
        scope = Env(env.functions, env.output)
        for param, arg in zip(func.params, self.args):
            scope.vars[param] = arg.eval(env)
        result = run_block(func.body, scope)
        return 0 if result is None else result[0]


class Let:
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def execute(self, env):
        env.vars[self.name] = self.expr.eval(env)


class Assign(Let):
    def execute(self, env):
        if self.name not in env.vars:
            raise NameError(self.name)
        env.vars[self.name] = self.expr.eval(env)


class If:
    def __init__(self, cond, then, otherwise):
        self.cond = cond
        self.then = then
        self.otherwise = otherwise

    def execute(self, env):
        if self.cond.eval(env):
            return run_block(self.then, env)
        if self.otherwise is not None:
            return run_block(self.otherwise, env)
        return None


class While:
    def __init__(self, cond, body):
        self.cond = cond
        self.body = body

    def execute(self, env):
        while self.cond.eval(env):
            result = run_block(self.body, env)
            if result is not None:
                return result
        return None


class Return:
    def __init__(self, expr):
        self.expr = expr

    def execute(self, env):
        return (self.expr.eval(env),)


class Print:
    def __init__(self, expr):
        self.expr = expr

    def execute(self, env):
        env.output.append(self.expr.eval(env))


class FunctionDef:
    def __init__(self, name, params, body):
        self.name = name
        self.params = params
        self.body = body

    def execute(self, env):
        env.functions[self.name] = self


class Env:
    def __init__(self, functions, output):
        self.vars = {}
        self.functions = functions
        self.output = output

    def lookup(self, name):
        return self.vars[name]


def run_block(statements, env):
    for stmt in statements:
        result = stmt.execute(env)
        if result is not None:
            return result
    return None


PRECEDENCE = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.advance()
        if tok[1] != value:
            raise SyntaxError("expected %r, got %r at %d" % (value, tok[1], self.pos))
        return tok

    def program(self):
        statements = []
        while self.peek()[0] != "eof":
            statements.append(self.statement())
        return statements

    def block(self):
        self.expect("{")
        statements = []
        while self.peek()[1] != "}":
            statements.append(self.statement())
        self.expect("}")
        return statements

    def statement(self):
        kind, value = self.peek()
        if kind == "kw":
            self.advance()
            if value == "fn":
                name = self.advance()[1]
                self.expect("(")
                params = []
                while self.peek()[1] != ")":
                    params.append(self.advance()[1])
                    if self.peek()[1] == ",":
                        self.advance()
                self.expect(")")
                return FunctionDef(name, params, self.block())
            if value == "if":
                self.expect("(")
                cond = self.expression(0)
                self.expect(")")
                then = self.block()
                otherwise = None
                if self.peek()[1] == "else":
                    self.advance()
                    otherwise = self.block()
                return If(cond, then, otherwise)
            if value == "while":
                self.expect("(")
                cond = self.expression(0)
                self.expect(")")
                return While(cond, self.block())
            if value == "let":
                name = self.advance()[1]
                self.expect("=")
                node = Let(name, self.expression(0))
            elif value == "return":
                node = Return(self.expression(0))
            else:
                node = Print(self.expression(0))
        else:
            name = self.advance()[1]
            self.expect("=")
            node = Assign(name, self.expression(0))
        self.expect(";")
        return node

    def expression(self, level):
        if level == len(PRECEDENCE):
            return self.unary()
        left = self.expression(level + 1)
        ops = PRECEDENCE[level]
        while self.peek()[0] == "op" and self.peek()[1] in ops:
            op = self.advance()[1]
            left = BinOp(op, left, self.expression(level + 1))
        return left

    def unary(self):
        if self.peek()[1] in ("-", "!"):
            op = self.advance()[1]
            return Unary(op, self.unary())
        return self.primary()

    def primary(self):
        kind, value = self.advance()
        if kind == "num":
            return Num(value)
        if kind == "name":
            if self.peek()[1] == "(":
                self.advance()
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expression(0))
                    if self.peek()[1] == ",":
                        self.advance()
                self.expect(")")
                return Call(value, args)
            return Var(value)
        if value == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        raise SyntaxError("unexpected %r" % (value,))


def count_nodes(node):
    total = 1
    for attr in ("left", "right", "operand", "expr", "cond"):
        child = getattr(node, attr, None)
        if child is not None:
            total += count_nodes(child)
    for attr in ("args", "body", "then", "otherwise"):
        for child in getattr(node, attr, None) or ():
            total += count_nodes(child)
    return total


def main():
    token_count = 0
    node_count = 0
    for _ in range(300):
        tokens = tokenize(SOURCE)
        program = Parser(tokens).program()
        token_count += len(tokens)
        node_count += sum(count_nodes(stmt) for stmt in program)
    output = []
    run_block(program, Env({}, output))
    errors = 0
    for bad in ("let = 3;", "print (1 + ;", "x = 1;"):
        try:
            run_block(Parser(tokenize(bad)).program(), Env({}, []))
        except (SyntaxError, NameError) as exc:
            errors += len(type(exc).__name__)
    print("interpreter", token_count, node_count, output, errors)


main()
