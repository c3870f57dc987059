"""The operating system: %pwd, %cd, %env, %set_env, %%writefile, %load, %sx and
%system, %%bash and %%sh — with IPython's options and what it prints."""
import os
import pathlib
import re
import shlex
import sys

from IPython.core.error import UsageError
from pyvm_kernel.magics import cell_magic, get_shell, line_magic, parse_options


@line_magic
def pwd(parameter_s=""):
    """Return the current working directory path.

    Examples
    --------
    ::

      In [9]: pwd
      Out[9]: '/home/tsuser/sprint/ipython'
    """
    try:
        return os.getcwd()
    except FileNotFoundError as e:
        raise UsageError("CWD no longer exists - please use %cd to change directory.") from e


@line_magic
def cd(parameter_s=""):
    """Change the current working directory.

    This command keeps a history of visited directories in the list
    ``_dh``, and prints the new directory.

    Usage:

      - ``cd``: changes to the home directory.
      - ``cd -``: changes to the previous directory.
      - ``cd -<n>``: changes to the n-th directory in the directory history.
      - ``cd --foo``: change to directory that matches 'foo' in history
      - ``cd <dir>``: changes to the given directory.

    Options:

    -q    Be quiet. Do not print the working directory after the
          cd command is executed.
    """
    user_ns = get_shell().user_ns
    history = user_ns["_dh"]
    try:
        old = pathlib.Path.cwd()
    except FileNotFoundError:
        old = None
    opts = {}
    numbered = re.match(r"(-)(\d+)$", parameter_s)
    if numbered:
        try:
            target = history[int(numbered.group(2))]
        except IndexError:
            print("The requested directory does not exist in history.")
            return
    elif parameter_s.startswith("--"):
        pattern = parameter_s[2:]
        target = fallback = None
        for entry in reversed(history):
            if pattern in os.path.basename(entry) and os.path.isdir(entry):
                target = entry
                break
            if fallback is None and pattern in str(entry) and os.path.isdir(entry):
                fallback = entry
        target = target or fallback
        if target is None:
            print("No matching entry in directory history")
            return
    else:
        opts, target = parse_options(parameter_s, "qb", mode="string")
    if target == "-":
        try:
            target = history[-2]
        except IndexError as e:
            raise UsageError("%cd -: No previous directory to change to.") from e
    elif "b" in opts:
        raise UsageError("Bookmark '%s' not found.  Use '%%bookmark -l' to see your bookmarks." % target)
    try:
        os.chdir(os.path.expanduser(target) if target else os.path.expanduser("~"))
    except OSError:
        print(sys.exc_info()[1])
    else:
        cwd = pathlib.Path.cwd()
        if old != cwd:
            history.append(cwd)
    if "q" not in opts and history:
        print(history[-1])


@line_magic
def env(parameter_s=""):
    """Get, set, or list environment variables.

    Usage:

      :``%env``: lists all environment variables/values
      :``%env var``: get value for var
      :``%env var val``: set value for var
      :``%env var=val``: set value for var
      :``%env var=$val``: set value for var, using python expansion if possible
    """
    if parameter_s.strip():
        bits = parameter_s.split("=" if "=" in parameter_s else " ")
        if len(bits) == 1:
            key = parameter_s.strip()
            if key in os.environ:
                return os.environ[key]
            raise UsageError("Environment does not have key: {0}".format(key))
        return set_env(parameter_s)
    environment = dict(os.environ)
    for key in list(environment):
        if any(word in key.lower() for word in ("key", "token", "secret")):
            environment[key] = "<hidden>"
    return environment


@line_magic
def set_env(parameter_s):
    """Set environment variables.  Assumptions are that either "val" is a
    name in the user namespace, or val is something that evaluates to a
    string.

    Usage:

      :``%set_env var val``: set value for var
      :``%set_env var=val``: set value for var
      :``%set_env var=$val``: set value for var, using python expansion if possible
    """
    bits = parameter_s.split("=" if "=" in parameter_s else " ", 1)
    if not parameter_s.strip() or len(bits) < 2:
        raise UsageError("usage is 'set_env var=val'")
    name = bits[0].strip()
    value = bits[1].strip()
    if re.match(r".*\s.*", name):
        raise UsageError("refusing to set env var with whitespace: '{0}'".format(value))
    os.environ[name] = value
    print("env: {0}={1}".format(name, value))


@cell_magic
def writefile(line, cell):
    """Write the contents of the cell to a file.

    The file will be overwritten unless the -a (--append) flag is specified.

    Usage: %%writefile [-a] filename

    -a, --append  Append contents of the cell to an existing file. The file
                  will be created if it does not exist.
    """
    opts, args = parse_options(line, "a", "append", mode="list")
    # argparse's complaints, which IPython's magic_arguments passes on.
    if not args:
        raise UsageError("the following arguments are required: filename")
    if len(args) > 1:
        raise UsageError("unrecognized arguments: " + " ".join(args[1:]))
    filename = os.path.expanduser(args[0])
    append = "a" in opts or "append" in opts
    if os.path.exists(filename):
        print(("Appending to %s" if append else "Overwriting %s") % filename)
    else:
        print("Writing %s" % filename)
    with open(filename, "a" if append else "w", encoding="utf-8") as file:
        file.write(cell)


@line_magic
def load(arg_s):
    """Load code into the current frontend.

    Usage:
      %load [options] source

      where source can be a filename, or the name of a string or of an
      object in the namespace (its source is loaded).

    The cell is replaced by ``# %load source`` and the code loaded, for you
    to edit and run.
    """
    opts, target = parse_options(arg_s, "yns:r:")
    contents = _find_user_code(target)
    get_shell().set_next_input("# %load {}\n".format(arg_s) + contents, replace=True)


def _find_user_code(target):
    """IPython's find_user_code, for a file, a string in the namespace, or an object's source."""
    path = os.path.expanduser(target)
    for candidate in (path, path + ".py"):
        if os.path.isfile(candidate):
            with open(candidate, encoding="utf-8") as file:
                return file.read()
    user_ns = get_shell().user_ns
    if target in user_ns:
        value = user_ns[target]
        if isinstance(value, str):
            return value
        import inspect

        try:
            return inspect.getsource(value)
        except (OSError, TypeError):
            pass
    raise ValueError("'%s' was not found in history, as a file, url, nor in the user namespace." % target)


@line_magic
def sx(line=""):
    """Shell execute - run shell command and capture output (!! is short-hand).

    %sx command

    The output is returned as a list of lines (an SList, as ``x = !command``
    gives).
    """
    if line:
        return get_shell().getoutput(line, depth=1)


@line_magic
def system(line=""):
    """Shell execute - run shell command and capture output (same as %sx)."""
    return sx(line)


def _shell_cell(program):
    def run(line, cell):
        get_shell().system("%s -c %s" % (program, shlex.quote(cell)))

    run.__doc__ = "%%{0} script magic\n\nRun cells with {0} in a subprocess.".format(program)
    run.__module__ = __name__
    return cell_magic(run)


bash = _shell_cell("bash")
sh = _shell_cell("sh")
