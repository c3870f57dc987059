"""What the kernel's trace displays share (task_trace, gil_trace): text for HTML and
SVG, durations, a time axis, showing a display and updating it, and running a cell's
code so that its last expression's value is kept."""
import ast
import asyncio
import sys

__all__ = [
    "escape", "clip", "duration", "seconds", "ticks", "tick_label", "time_axis",
    "display", "compile_cell", "run_cell", "CELL_VALUE", "CO_COROUTINE",
]

# ---------------------------------------------------------------- text

_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text):
    return str(text).translate(_HTML_ESCAPES)


def clip(text, width):
    return text if len(text) <= width else text[: width - 1] + "…"


def duration(seconds):
    if seconds >= 1:
        return "%.3f s" % seconds
    if seconds >= 1e-3:
        return "%.1f ms" % (seconds * 1e3)
    return "%.0f µs" % (seconds * 1e6)


def seconds(value):
    return "%.4f s" % value


# ---------------------------------------------------------------- the time axis

def ticks(span):
    """Tick offsets from the start: a 1, 2 or 5 step giving at most 8 ticks."""
    step = 10 ** _floor_log10(span / 8)
    for factor in (1, 2, 5, 10):
        if span / (step * factor) <= 8:
            step *= factor
            break
    count = int(span / step + 1e-9)
    return [index * step for index in range(count + 1)]


def _floor_log10(value):
    exponent = 0
    while value >= 10:
        value /= 10
        exponent += 1
    while value < 1:
        value *= 10
        exponent -= 1
    return exponent


def tick_label(offset, span):
    if span >= 2:
        return "%g s" % round(offset, 6)
    return "%g ms" % round(offset * 1e3, 6)


def time_axis(x, start, span, top, bottom):
    """SVG for the ticks over ``span`` seconds from ``start``: a grid line from ``top`` to ``bottom`` and a label above; ``x`` maps a time to its x."""
    parts = []
    for tick in ticks(span):
        tx = x(start + tick)
        parts.append('<line class="grid" x1="%.1f" y1="%d" x2="%.1f" y2="%d"/>' % (tx, top - 4, tx, bottom))
        parts.append('<text class="tick" x="%.1f" y="%d" text-anchor="middle">%s</text>' % (tx, top - 8, tick_label(tick, span)))
    return parts


# ---------------------------------------------------------------- displaying

def display(value, handle=None):
    """Displays ``value`` (a new display, its handle returned) or updates ``handle``'s display with it."""
    from IPython.display import display as show

    if handle is None:
        return show(value, display_id=True)
    handle.update(value)
    return handle


# ---------------------------------------------------------------- running a cell

CO_COROUTINE = 0x80

# Where the cell's code leaves the value of its last expression (one code object runs the
# whole cell, so that a cell that awaits is one task).
CELL_VALUE = "_traced_cell_value_"


def compile_cell(source, filename):
    """The cell's code, compiled so that it may await, its last expression's value stored as CELL_VALUE."""
    tree = ast.parse(source, filename)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body[-1]
        tree.body[-1] = ast.copy_location(ast.Assign([ast.copy_location(ast.Name(CELL_VALUE, ast.Store()), last)], last.value), last)
    return compile(tree, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def run_cell(code, companion=None):
    """Runs the cell's code in __main__ and returns its last expression's value. Code that awaits
    runs on the kernel's event loop, beside a task running ``companion()`` (a coroutine), if given."""
    namespace = sys.modules["__main__"].__dict__
    value = eval(code, namespace)
    if code.co_flags & CO_COROUTINE:
        _run_on_kernel_loop(value, companion)
    return namespace.pop(CELL_VALUE, None)


def _run_on_kernel_loop(coroutine, companion):
    loop = asyncio.get_event_loop_policy().get_event_loop()
    beside = loop.create_task(companion()) if companion is not None else None
    try:
        loop.run_until_complete(coroutine)
    finally:
        if beside is not None:
            beside.cancel()
            try:
                loop.run_until_complete(beside)
            except asyncio.CancelledError:
                pass


# The CSS both drawings start from; ".S" stands for each display's own scope class.
BASE_STYLE = """
.S { font-family: var(--jp-ui-font-family, sans-serif); font-size: 12px; color: var(--jp-ui-font-color1, #333); }
.S svg { background: var(--jp-layout-color0, transparent); }
.S text { fill: var(--jp-ui-font-color1, #555); font-size: 11px; }
.S .tick { fill: var(--jp-ui-font-color2, #777); font-size: 10px; }
.S .grid { stroke: var(--jp-border-color2, #8884); stroke-width: 1; }
"""


class TraceView:
    """What both traces show: their summary as text/plain and their drawing as text/html."""

    def __repr__(self):
        return self.summary()

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": self.summary(), "text/html": self.html()}
