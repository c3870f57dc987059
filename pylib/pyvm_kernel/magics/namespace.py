"""The user's namespace: %who, %who_ls, %whos and %reset, printing what IPython prints."""
import gc
import sys

from pyvm_kernel.magics import get_shell, line_magic, parse_options

_EMPTY = "Interactive namespace is empty."
_NO_MATCH = "No variables match your requested type."


@line_magic
def who_ls(parameter_s=""):
    """Return a sorted list of all interactive variables.

    If arguments are given, only variables of types matching these
    arguments are returned.
    """
    shell = get_shell()
    user_ns = shell.user_ns
    hidden = shell.user_ns_hidden
    missing = object()
    names = [name for name in user_ns if not name.startswith("_") and user_ns[name] is not hidden.get(name, missing)]
    types = set(parameter_s.split())
    if types:
        names = [name for name in names if type(user_ns[name]).__name__ in types]
    names.sort()
    return names


@line_magic
def who(parameter_s=""):
    """Print all interactive variables, with some minimal formatting.

    If any arguments are given, only variables whose type matches one of
    these are printed.  For example::

      %who function str

    will only list functions and strings, excluding all other types of
    variables.
    """
    names = who_ls(parameter_s)
    if not names:
        print(_NO_MATCH if parameter_s else _EMPTY)
        return
    count = 0
    for name in names:
        print(name + "\t", end=" ")
        count += 1
        if count > 8:
            count = 0
            print()
    print()


@line_magic
def whos(parameter_s=""):
    """Like %who, but gives some extra information about each variable.

    The same type filtering of %who can be applied here.

    For all variables, the type is printed. Additionally it prints:

      - For {},[],(): their length.

      - Everything else: a string representation, snipping their middle if
        too long.
    """
    names = who_ls(parameter_s)
    if not names:
        print(_NO_MATCH if parameter_s else _EMPTY)
        return
    user_ns = get_shell().user_ns
    values = [user_ns[name] for name in names]
    type_names = [type(value).__name__ for value in values]
    var_label, type_label, data_label = "Variable", "Type", "Data/Info"
    column_gap = 3
    var_width = max(max(map(len, names)), len(var_label)) + column_gap
    type_width = max(max(map(len, type_names)), len(type_label)) + column_gap
    print(var_label.ljust(var_width) + type_label.ljust(type_width) + " " + data_label + "\n" + "-" * (var_width + type_width + len(data_label) + 1))
    for name, value, type_name in zip(names, values, type_names):
        print("{0:<{1}}{2:<{3}}".format(name, var_width, type_name, type_width), end=" ")
        if type_name in ("dict", "list", "tuple"):
            print("n=" + str(len(value)))
            continue
        try:
            text = str(value)
        except Exception:
            text = "<object with id %d (str() failed)>" % id(value)
        text = text.replace("\n", "\\n")
        print(text if len(text) < 50 else text[:25] + "<...>" + text[-25:])


@line_magic
def reset(parameter_s=""):
    """Resets the namespace by removing all names defined by the user, if
    called without arguments, or by removing some types of objects, such
    as everything currently in IPython's In[] and Out[] containers (see
    the parameters for details).

    Parameters
    ----------
    -f
        force reset without asking for confirmation.
    -s
        'Soft' reset: Only clears your namespace, leaving history intact.
    in
        reset input history
    out
        reset output history
    dhist
        reset directory history
    """
    opts, args = parse_options(parameter_s, "sf", "aggressive", mode="list")
    shell = get_shell()
    if "f" in opts:
        answer = True
    else:
        try:
            answer = shell.ask_yes_no("Once deleted, variables cannot be recovered. Proceed (y/[n])?", default="n")
        except NotImplementedError:
            # No front end to ask (StdinNotImplementedError): IPython goes ahead.
            answer = True
    if not answer:
        print("Nothing done.")
        return
    user_ns = shell.user_ns
    if "s" in opts:
        for name in who_ls():
            del user_ns[name]
    elif not args:
        _reset_namespace(shell)
    for target in args:
        target = target.lower()
        if target == "out":
            print("Flushing output cache (%d entries)" % len(user_ns["_oh"]))
            _flush_output(user_ns)
        elif target == "in":
            print("Flushing input history")
            count = len(user_ns["_ih"])
            for n in range(1, count):
                user_ns.pop("_i%d" % n, None)
            user_ns.update(_i="", _ii="", _iii="")
            user_ns["_ih"][:] = [""] * count
        elif target == "dhist":
            print("Flushing directory history")
            del user_ns["_dh"][:]
        else:
            print("Don't know how to reset ", end=" ")
            print(target + ", please run `%reset?` for details")
    gc.collect()


# The names every module has, and those the kernel keeps: a reset leaves them.
_KEPT = {"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__builtins__", "In", "Out", "_ih", "_oh", "_dh"}


def _reset_namespace(shell):
    """IPython's shell.reset(new_session=False): the user's names go, and the output history; the input history stays."""
    user_ns = shell.user_ns
    for name in [name for name in user_ns if name not in _KEPT and not _is_input_name(name)]:
        del user_ns[name]
    _flush_output(user_ns)
    for name, value in shell.user_ns_hidden.items():
        user_ns[name] = value


def _is_input_name(name):
    return name in ("_i", "_ii", "_iii") or (name.startswith("_i") and name[2:].isdigit())


def _flush_output(user_ns):
    for n in list(user_ns["_oh"]):
        user_ns.pop("_%d" % n, None)
    user_ns["_oh"].clear()
    user_ns.update(_="", __="", ___="")
