# A loop building a running state machine through a dispatch dict.
def run(cmds):
    stack = []
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
    for c in cmds.split():
        if c in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[c](a, b))
        else:
            stack.append(int(c))
    return stack
print(run('3 4 + 2 *'), run('10 2 3 * -'), run('1 2 3'))
