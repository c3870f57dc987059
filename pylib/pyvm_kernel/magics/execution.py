"""Running and timing code: %time and %%time, %timeit and %%timeit, %run — with
IPython's options and the lines IPython prints. The body of a cell magic is compiled as
lines of its cell, so that a traceback points at the line the user typed."""
import ast
import math
import os
import sys
import time as _time
import timeit as _timeit
import types

import _pyvm_kernel
from IPython.core.error import UsageError
from pyvm_kernel.magics import get_shell, line_cell_magic, line_magic, no_var_expand, parse_options

_LIBRARY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _format_time(timespan, precision=3):
    """A duration as IPython writes it: '1.23 ms', '456 ns', '2min 3s'."""
    if timespan >= 60.0:
        parts = [("d", 60 * 60 * 24), ("h", 60 * 60), ("min", 60), ("s", 1)]
        pieces = []
        leftover = timespan
        for suffix, length in parts:
            value = int(leftover / length)
            if value > 0:
                leftover = leftover % length
                pieces.append("%s%s" % (value, suffix))
            if leftover < 1:
                break
        return " ".join(pieces)
    units = ["s", "ms", "\xb5s", "ns"]
    scaling = [1, 1e3, 1e6, 1e9]
    order = min(-int(math.floor(math.log10(timespan)) // 3), 3) if timespan > 0.0 else 3
    return "%.*g %s" % (precision, timespan * scaling[order], units[order])


def _user_frame():
    """The frame of the user's code that called the magic: the first one outside pyvm's library."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_LIBRARY):
        frame = frame.f_back
    return frame


def _cell_body_source(cell):
    """A cell magic's body as Python, with the filename and the line offset of its cell: its lines keep their numbers."""
    frame = _user_frame()
    python = get_shell().transform_cell(cell)
    if frame is None:
        return python, "<magic>"
    return "\n" * frame.f_lineno + python, frame.f_code.co_filename


class TimeitResult:
    """What %timeit -o returns: the loops, the runs, their best and worst, and IPython's one-line summary."""

    def __init__(self, loops, repeat, best, worst, all_runs, compile_time, precision):
        self.loops = loops
        self.repeat = repeat
        self.best = best
        self.worst = worst
        self.all_runs = all_runs
        self.compile_time = compile_time
        self._precision = precision
        self.timings = [run / loops for run in all_runs]

    @property
    def average(self):
        return math.fsum(self.timings) / len(self.timings)

    @property
    def stdev(self):
        mean = self.average
        return (math.fsum([(x - mean) ** 2 for x in self.timings]) / len(self.timings)) ** 0.5

    def __str__(self):
        return "{mean} {pm} {std} per loop (mean {pm} std. dev. of {runs} run{run_plural}, {loops:,} loop{loop_plural} each)".format(
            pm="\xb1",
            runs=self.repeat,
            loops=self.loops,
            loop_plural="" if self.loops == 1 else "s",
            run_plural="" if self.repeat == 1 else "s",
            mean=_format_time(self.average, self._precision),
            std=_format_time(self.stdev, self._precision),
        )

    def __repr__(self):
        return "<TimeitResult : " + str(self) + ">"


@no_var_expand
@line_cell_magic
def time_(line="", cell=None):
    """Time execution of a Python statement or expression.

    The CPU and wall clock times are printed, and the value of the
    expression (if any) is returned.  Almost all kinds of statements are
    accepted; a cell magic %%time times the whole cell, and its last
    expression's value is returned.

        In [1]: %time sum(range(10**6))
        CPU times: user 12.3 ms, sys: 0 ns, total: 12.3 ms
        Wall time: 12.4 ms
        Out[1]: 499999500000
    """
    if line and cell:
        raise UsageError("Can't use statement directly after '%%time'!")
    shell = get_shell()
    if cell:
        source, filename = _cell_body_source(cell)
    else:
        source, filename = shell.transform_cell(line), None
    tree = ast.parse(source, filename or "<timed exec>")
    last_value = None
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
        mode = "eval"
        tree = ast.Expression(tree.body[0].value)
    else:
        mode = "exec"
        if len(tree.body) > 1 and isinstance(tree.body[-1], ast.Expr):
            last_value = ast.Expression(tree.body.pop().value)
    filename = filename or ("<timed eval>" if mode == "eval" else "<timed exec>")
    code = compile(tree, filename, mode)
    namespace = shell.user_ns
    wall_start = _time.time()
    cpu_start = _pyvm_kernel.cpu_times()
    if mode == "eval":
        out = eval(code, namespace)
    else:
        exec(code, namespace)
        out = None if last_value is None else eval(compile(last_value, filename, "eval"), namespace)
    cpu_end = _pyvm_kernel.cpu_times()
    wall = _time.time() - wall_start
    user = cpu_end[0] - cpu_start[0]
    system = cpu_end[1] - cpu_start[1]
    print("CPU times: user %s, sys: %s, total: %s" % (_format_time(user), _format_time(system), _format_time(user + system)))
    print("Wall time: %s" % _format_time(wall))
    return out


_TIMEIT_TEMPLATE = """\
def inner(_it, _timer):
    setup
    _t0 = _timer()
    for _i in _it:
        stmt
    _t1 = _timer()
    return _t1 - _t0
"""


class _TemplateFiller(ast.NodeTransformer):
    """Puts the setup and the statement into the timing function, as nodes (so strings spanning lines stay intact)."""

    def __init__(self, setup, stmt):
        self.bodies = {"setup": setup.body, "stmt": stmt.body}

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Name) and node.value.id in self.bodies:
            return self.bodies[node.value.id]
        return node


@no_var_expand
@line_cell_magic
def timeit(line="", cell=None):
    """Time execution of a Python statement or expression

    Usage, in line mode:
      %timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] statement
    or in cell mode:
      %%timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] setup_code
      code
      code...

    Options:
    -n<N>: execute the given statement <N> times in a loop. If <N> is not
    provided, <N> is determined so as to get sufficient accuracy.

    -r<R>: number of repeats <R>, each consisting of <N> loops, and take the
    average result.
    Default: 7

    -t: use time.time to measure the time.
    -c: use time.clock to measure the time.

    -p<P>: use a precision of <P> digits to display the timing result.
    Default: 3

    -q: Quiet, do not print result.

    -o: return a TimeitResult that can be stored in a variable to inspect
        the result in more details.
    """
    opts, stmt = parse_options(line, "n:r:tcp:qo", posix=False, strict=False, preserve_non_opts=True)
    if stmt == "" and cell is None:
        return None
    timefunc = _timeit.default_timer
    number = int(opts.get("n", 0))
    repeat = int(opts.get("r", max(7, _timeit.default_repeat)))
    precision = int(opts.get("p", 3))
    if "t" in opts:
        timefunc = _time.time
    if "c" in opts:
        timefunc = _time.process_time
    shell = get_shell()
    if cell is None:
        setup_tree = ast.parse("pass")
        stmt_tree = ast.parse(shell.transform_cell(stmt))
    else:
        setup_tree = ast.parse(shell.transform_cell(stmt))
        stmt_tree = ast.parse(shell.transform_cell(cell))
    # Compiled on their own first: code that is wrong alone must not become valid inside the loop.
    compile(setup_tree, "<magic-timeit-setup>", "exec")
    compile(stmt_tree, "<magic-timeit-stmt>", "exec")
    template = ast.fix_missing_locations(_TemplateFiller(setup_tree, stmt_tree).visit(ast.parse(_TIMEIT_TEMPLATE)))
    compile_start = _time.perf_counter()
    code = compile(template, "<magic-timeit>", "exec")
    compile_time = _time.perf_counter() - compile_start
    scope = {}
    exec(code, shell.user_ns, scope)
    timer = _timeit.Timer(timer=timefunc)
    timer.inner = scope["inner"]
    if number == 0:
        # As IPython: 1, 10, 100... loops until one measurement takes at least 0.2 s.
        for index in range(10):
            number = 10 ** index
            if timer.timeit(number) >= 0.2:
                break
    all_runs = timer.repeat(repeat, number)
    best = min(all_runs) / number
    worst = max(all_runs) / number
    result = TimeitResult(number, repeat, best, worst, all_runs, compile_time, precision)
    if "q" not in opts:
        if worst > 4 * best and best > 0 and worst > 1e-6:
            print("The slowest run took %0.2f times longer than the fastest. This could mean that an intermediate result is being cached." % (worst / best))
        print(result)
        if compile_time > 0.1:
            print("Compiler time: %.2f s" % compile_time)
    return result if "o" in opts else None


@line_magic
def run(parameter_s=""):
    """Run the named file inside IPython as a program.

    Usage::

      %run [-i] file [args]

    The file runs as a program (``__name__ == '__main__'``, ``sys.argv`` set to
    the file and the arguments), in a namespace of its own; when it is done,
    its global names are put in the interactive namespace.

    -i: run the file in the interactive namespace itself, so that it sees the
    names defined there.
    """
    opts, arg_list = parse_options(parameter_s, "i", mode="list")
    if not arg_list:
        raise Exception("you must provide at least a filename.")
    filename = _find_script(arg_list[0])
    with open(filename, encoding="utf-8") as file:
        source = file.read()
    code = compile(source, filename, "exec", dont_inherit=True)
    shell = get_shell()
    user_ns = shell.user_ns
    interactive = "i" in opts
    if interactive:
        program_ns = user_ns
        main_module = sys.modules["__main__"]
        saved_file = user_ns.get("__file__", None)
    else:
        main_module = types.ModuleType("__main__")
        program_ns = main_module.__dict__
        program_ns["__builtins__"] = __builtins__
    # What the module had before the script ran (its __doc__, __spec__...) is not the script's.
    initial = dict(program_ns)
    program_ns["__file__"] = filename
    saved_argv = sys.argv
    saved_main = sys.modules["__main__"]
    sys.argv = [filename] + arg_list[1:]
    sys.modules["__main__"] = main_module
    try:
        exec(code, program_ns)
    except SystemExit as exit_:
        if exit_.code:
            raise
    finally:
        sys.argv = saved_argv
        sys.modules["__main__"] = saved_main
        if interactive:
            if saved_file is None:
                user_ns.pop("__file__", None)
            else:
                user_ns["__file__"] = saved_file
    if not interactive:
        user_ns.update({name: value for name, value in program_ns.items() if name != "__file__" and value is not initial.get(name, _MISSING)})


_MISSING = object()


def _find_script(name):
    """IPython's get_py_filename: the file, or the file with .py added."""
    path = os.path.expanduser(name.strip("\"'") if len(name) > 1 and name[0] == name[-1] and name[0] in "\"'" else name)
    if os.path.isfile(path):
        return path
    if not path.endswith(".py") and os.path.isfile(path + ".py"):
        return path + ".py"
    raise Exception("File `%r` not found." % name)
