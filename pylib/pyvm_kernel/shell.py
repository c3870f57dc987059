"""``get_ipython()`` in a pyvm notebook: the shell that IPython's syntax in a cell calls
(``%magic`` becomes ``get_ipython().run_line_magic('magic', 'args')``, ``!cmd``
``get_ipython().system('cmd')``, ...), with IPython's magics and its way of reporting
their misuse (``UsageError``). It is named as ipykernel's shell, which libraries test for
to know they run in a notebook (``type(get_ipython()).__name__ ==
'ZMQInteractiveShell'``); it reads the namespace (``user_ns``) and reaches comms through
``get_ipython().kernel.comm_manager``, as widget libraries do. Automagic is off: a line
magic needs its ``%``."""
import sys

import _pyvm_kernel
from IPython.core.error import UsageError
from IPython.utils.text import DollarFormatter, LSString, SList
from pyvm_kernel import magics as _magics


class Kernel:
    """The kernel as the shell exposes it: its comm manager."""

    @property
    def comm_manager(self):
        import comm

        return comm.get_comm_manager()


class MagicsManager:
    """The magics by kind (``'line'``, ``'cell'``) and name, as IPython's ``shell.magics_manager``."""

    auto_magic = False

    def __init__(self):
        self.magics = {"line": {}, "cell": {}}

    def register_function(self, func, magic_kind="line", magic_name=None):
        if magic_kind not in ("line", "cell", "line_cell"):
            raise ValueError("magic_kind must be one of ['line', 'cell', 'line_cell'], %s given" % magic_kind)
        name = func.__name__ if magic_name is None else magic_name
        for kind in ("line", "cell") if magic_kind == "line_cell" else (magic_kind,):
            self.magics[kind][name] = func

    def lsmagic(self):
        return self.magics

    def lsmagic_docs(self, brief=False, missing=""):
        docs = {}
        for kind, table in self.magics.items():
            docs[kind] = {}
            for name, func in table.items():
                doc = func.__doc__ or missing
                docs[kind][name] = doc.split("\n", 1)[0] if brief else doc.rstrip()
        return docs

    def auto_status(self):
        return "Automagic is OFF, % prefix IS needed for line magics."


class ZMQInteractiveShell:
    """The shell IPython's syntax calls into."""

    def __init__(self):
        self.kernel = Kernel()
        self.magics_manager = MagicsManager()
        namespace = self.user_ns
        # What %who leaves out: the names the kernel itself put in the namespace.
        self.user_ns_hidden = {name: namespace[name] for name in ("In", "Out", "exit", "quit") if name in namespace}
        for func, kind, name in _magics.builtin_magics():
            self.magics_manager.register_function(func, kind, name)

    @property
    def user_ns(self):
        return sys.modules["__main__"].__dict__

    user_global_ns = user_ns

    def __repr__(self):
        return "<pyvm_kernel.shell.ZMQInteractiveShell object>"

    # Magics.

    def find_line_magic(self, magic_name):
        return self.magics_manager.magics["line"].get(magic_name)

    def find_cell_magic(self, magic_name):
        return self.magics_manager.magics["cell"].get(magic_name)

    def find_magic(self, magic_name, magic_kind="line"):
        return self.magics_manager.magics[magic_kind].get(magic_name)

    def register_magic_function(self, func, magic_kind="line", magic_name=None):
        self.magics_manager.register_function(func, magic_kind, magic_name)

    def run_line_magic(self, magic_name, line, _stack_depth=1):
        """What ``%magic_name line`` does: the magic's value (which the cell shows when it is the last expression)."""
        fn = self.find_line_magic(magic_name)
        if fn is None:
            extra = "" if self.find_cell_magic(magic_name) is None else " (But cell magic `%%%%%s` exists, did you mean that instead?)" % magic_name
            raise UsageError("Line magic function `%%%s` not found%s." % (magic_name, extra))
        if not getattr(fn, "_no_var_expand", False):
            line = self.var_expand(line, _stack_depth)
        return fn(line)

    def run_cell_magic(self, magic_name, line, cell):
        """What a cell starting with ``%%magic_name line`` does, ``cell`` being the lines below."""
        fn = self.find_cell_magic(magic_name)
        if fn is None:
            extra = "" if self.find_line_magic(magic_name) is None else " (But line magic `%%%s` exists, did you mean that instead?)" % magic_name
            raise UsageError("Cell magic `%%%%%s` not found%s." % (magic_name, extra))
        if cell == "":
            message = "%%{0} is a cell magic, but the cell body is empty.".format(magic_name)
            if self.find_line_magic(magic_name) is not None:
                message += " Did you mean the line magic %{0} (single %)?".format(magic_name)
            raise UsageError(message)
        if not getattr(fn, "_no_var_expand", False):
            line = self.var_expand(line, 1)
        return fn(line, cell)

    def var_expand(self, cmd, depth=0, formatter=DollarFormatter()):
        """``cmd`` with ``$name`` and ``{expression}`` expanded in the namespace of the code ``depth`` frames above the caller; unchanged if that fails."""
        namespace = self.user_ns.copy()
        try:
            frame = sys._getframe(depth + 1)
        except ValueError:
            pass
        else:
            namespace.update(getattr(frame, "f_locals", frame.f_globals))
        try:
            return formatter.vformat(cmd, args=[], kwargs=namespace)
        except Exception:
            return cmd

    def transform_cell(self, raw_cell):
        """The cell as Python, IPython's syntax turned into calls on this shell."""
        return _pyvm_kernel.transform_cell(raw_cell)

    # Shell commands.

    def system(self, cmd):
        """``!cmd``: runs it in a shell, its output shown as it comes; its exit status goes to ``_exit_code`` (minus the signal that ended it)."""
        if cmd.rstrip().endswith("&"):
            raise OSError("Background processes not supported.")
        self.user_ns["_exit_code"] = _pyvm_kernel.run_shell(self.var_expand(cmd, depth=1), _writer(sys.stdout), _writer(sys.stderr))

    system_piped = system

    def getoutput(self, cmd, split=True, depth=0):
        """``x = !cmd``: what the command printed (stdout and stderr, as a terminal mixes them), as an SList of lines (an LSString with ``split=False``)."""
        if cmd.rstrip().endswith("&"):
            raise OSError("Background processes not supported.")
        chunks = []
        _pyvm_kernel.run_shell(self.var_expand(cmd, depth=depth + 1), chunks.append, None)
        out = "".join(chunks)
        return SList(out.splitlines()) if split else LSString(out)

    # The front end.

    def set_next_input(self, text, replace=False):
        """Puts ``text`` in the next cell (in place of this one with ``replace``), as ipykernel's payload asks the front end to."""
        _pyvm_kernel.write_payload({"source": "set_next_input", "text": text, "replace": replace})

    def show_usage(self):
        """What a lone ``?`` shows."""
        from pyvm_kernel.magics import basic

        basic.page(basic.USAGE)

    def ask_yes_no(self, prompt, default=None):
        answers = {"y": True, "n": False, "yes": True, "no": False}
        while True:
            answer = input(prompt + " ").strip().lower()
            if not answer and default is not None:
                answer = default
            if answer in answers:
                return answers[answer]

    def ev(self, expr):
        """The value of ``expr`` in the user's namespace."""
        return eval(expr, self.user_ns)

    def ex(self, cmd):
        """Runs ``cmd`` in the user's namespace."""
        exec(cmd, self.user_ns)

    def push(self, variables):
        """Puts variables (a dict, or names of the caller's) in the user's namespace."""
        if isinstance(variables, str):
            caller = sys._getframe(1).f_globals
            variables = {name: caller[name] for name in variables.replace(",", " ").split()}
        self.user_ns.update(variables)


def _writer(stream):
    """Writes a command's output as it comes: no waiting for a newline."""

    def write(text):
        stream.write(text)
        stream.flush()

    return write


_shell = None


def get_ipython():
    global _shell
    if _shell is None:
        _shell = ZMQInteractiveShell()
    return _shell
