"""The magic system itself and help: %lsmagic, %magic, %pinfo and %pinfo2 (what
``obj?`` and ``obj??`` become), and the magics of other libraries pyvm answers for:
%pip and %conda (not supported: said clearly), %matplotlib (a no-op with a note, as
matplotlib does not run on pyvm), and pyvm's own %dis, %%dis, %%trace_tasks and %%trace_gil."""
import inspect
import sys
import textwrap

import _pyvm_kernel
from IPython.core.error import UsageError
from pyvm_kernel.magics import cell_magic, get_shell, line_cell_magic, line_magic, no_var_expand

USAGE = """\
pyvm -- a Python 3.11 implementation in TypeScript, as a Jupyter kernel
=======================================================================

pyvm's kernel understands IPython's syntax in cells:

  %magic args    a line magic (%lsmagic lists them, %magic describes them)
  %%magic args   a cell magic, on the first line of a cell
  !command       a shell command; x = !command keeps its output lines
  object?        information about an object (object?? shows its source)
  %magic?        what a magic does

Automagic is off: line magics need their %.
"""


def page(text):
    """Shows ``text`` in the front end's pager (a `page` payload, as ipykernel sends)."""
    _pyvm_kernel.write_payload({"source": "page", "data": {"text/plain": text}, "start": 0})


class MagicsDisplay:
    """What %lsmagic returns: the magics by kind, as text (and as JSON for front ends)."""

    def __init__(self, magics_manager):
        self.magics_manager = magics_manager

    def _lsmagic(self):
        magics = self.magics_manager.lsmagic()
        return "\n".join([
            "Available line magics:",
            "%" + "  %".join(sorted(magics["line"])),
            "",
            "Available cell magics:",
            "%%" + "  %%".join(sorted(magics["cell"])),
            "",
            self.magics_manager.auto_status(),
        ])

    def __str__(self):
        return self._lsmagic()

    __repr__ = __str__

    def _repr_json_(self):
        return {kind: {name: "Other" for name in table} for kind, table in self.magics_manager.lsmagic().items()}


@line_magic
def lsmagic(parameter_s=""):
    """List currently available magic functions."""
    return MagicsDisplay(get_shell().magics_manager)


_MAGIC_INTRO = """
IPython's 'magic' functions
===========================

The magic function system provides a series of functions which allow you to
control the behavior of IPython itself, plus a lot of system-type
features. There are two kinds of magics, line-oriented and cell-oriented.

Line magics are prefixed with the % character and work much like OS
command-line calls: they get as an argument the rest of the line, where
arguments are passed without parentheses or quotes.  For example, this will
time the given statement::

        %timeit range(1000)

Cell magics are prefixed with a double %%, and they are functions that get as
an argument not only the rest of the line, but also the lines below it in a
separate argument.  These magics are called with two arguments: the rest of the
call line and the body of the cell, consisting of the lines below the first.
For example::

        %%timeit x = list(range(100))
        sorted(x)

will time the sorting of x, running the assignment of x as part of the setup
phase, which is not timed.

In the notebook, type the whole cell as one entity, but keep in mind that the
%% escape can only be at the very start of the cell.

NOTE: automagic is off in pyvm's kernel: line magics need their % escape.

For a list of the available magic functions, use %lsmagic. For a description
of any of them, type %magic_name?, e.g. '%cd?'.

Currently the magic system has the following functions:"""


@line_magic
def magic(parameter_s=""):
    """Print information about the magic function system.

    Supported formats: -brief, -rest
    """
    mode = parameter_s.split()[0][1:] if parameter_s.split() else ""
    brief = mode == "brief"
    template = "**%s%s**::\n\n\t%s\n\n" if mode == "rest" else "%s%s:\n\t%s\n"
    docs = get_shell().magics_manager.lsmagic_docs(brief, missing="No documentation")
    text = "".join(
        [template % ("%", name, textwrap.indent(textwrap.dedent(doc), "\t").lstrip("\t")) for name, doc in sorted(docs["line"].items())]
        + [template % ("%%", name, textwrap.indent(textwrap.dedent(doc), "\t").lstrip("\t")) for name, doc in sorted(docs["cell"].items())]
    )
    page("\n".join([_MAGIC_INTRO, text, "Summary of magic functions (from %lsmagic):", str(lsmagic())]))


def _pinfo(name, detail_level):
    if name.startswith("%"):
        kind = "cell" if name.startswith("%%") else "line"
        fn = get_shell().find_magic(name.lstrip("%"), kind)
        if fn is not None:
            from pyvm_kernel.inspector import format_fields

            page(format_fields([("Docstring", inspect.getdoc(fn) or "<no docstring>"), ("File", inspect.getsourcefile(fn))]))
            return
    text = _pyvm_kernel.describe(name, detail_level)
    if text is None:
        print("Object `%s` not found." % name)
    else:
        page(text)


@line_magic
def pinfo(parameter_s=""):
    """Provide detailed information about an object.

    '%pinfo object' is just a synonym for object? or ?object."""
    _pinfo(parameter_s.strip(), 0)


@line_magic
def pinfo2(parameter_s=""):
    """Provide extra detailed information about an object.

    '%pinfo2 object' is just a synonym for object?? or ??object."""
    _pinfo(parameter_s.strip(), 1)


_NO_PACKAGES = (
    "%{0} is not supported in pyvm: pyvm runs Python without CPython's C extensions, and has no "
    "package installer of its own. Pure-Python packages installed for python3 (for instance with "
    "`python3 -m pip install --target DIR PACKAGE`) import once DIR is on sys.path."
)


@line_magic
def pip(line=""):
    """%pip is not supported in pyvm (no package installer); see the message it gives."""
    raise UsageError(_NO_PACKAGES.format("pip"))


@line_magic
def conda(line=""):
    """%conda is not supported in pyvm (no package installer); see the message it gives."""
    raise UsageError(_NO_PACKAGES.format("conda"))


@line_magic
def matplotlib(line=""):
    """Set up matplotlib to work interactively.

    matplotlib needs numpy's C extensions, which pyvm does not run: this magic
    accepts its arguments (so that notebooks starting with `%matplotlib inline`
    run on) and says so.
    """
    print("%matplotlib: matplotlib does not run on pyvm (it needs numpy's C extensions); nothing was set up.", file=sys.stderr)


def _dis_view():
    import importlib

    return importlib.import_module("pyvm_kernel.dis_view")


@no_var_expand
@line_cell_magic
def dis(line="", cell=None):
    """Disassemble a function, class, method, code object, generator or
    source string (%dis NAME_OR_EXPR), or the code of the cell (%%dis),
    as a rich listing beside the text of dis.dis.

    Options mirror dis.dis: --adaptive, --show-caches, --depth N.
    """
    if cell is None:
        return _dis_view().dis_line_magic(line)
    return _dis_view().dis_cell_magic(line, cell)


@no_var_expand
@cell_magic
def trace_tasks(line="", cell=None):
    """Run the cell (which may await at top level) with asyncio's trace hook on,
    and display what each task did: a timeline with one lane per task, the tasks
    each created and awaited, the await graph as a tree, and a text summary.

    The display is updated while a cell that awaits runs; a cell that runs its
    own loop (asyncio.run) shows its trace when it ends. The value of the cell's
    last expression is returned.
    """
    import importlib

    return importlib.import_module("pyvm_kernel.task_trace").trace_tasks_cell_magic(line, cell)


@no_var_expand
@cell_magic
def trace_gil(line="", cell=None):
    """Run the cell with the GIL's hand-offs between threads recorded, and
    display them: the sequence diagram of which thread acquired and released
    the GIL and why (check interval, sleep, lock, join, I/O, exit), a timeline
    of the whole run with one lane per thread, and per thread the time it held
    the GIL, its acquisitions and its releases by reason (also as text).

    The value of the cell's last expression is returned.
    """
    import importlib

    return importlib.import_module("pyvm_kernel.gil_trace").trace_gil_cell_magic(line, cell)
