"""IPython's magics in pyvm notebooks, one module a family as in IPython (basic,
execution, namespace, osm, history), each function marked with the kind of magic it is.
A magic takes the rest of its line (``line``) and, for a cell magic, the cell below
(``cell``); what a line magic returns is the value of its expression."""
import getopt
import shlex

from IPython.core.error import UsageError

_MODULES = ("basic", "execution", "namespace", "osm", "history")


def line_magic(func):
    func._magic_kind = "line"
    return func


def cell_magic(func):
    func._magic_kind = "cell"
    return func


def line_cell_magic(func):
    func._magic_kind = "line_cell"
    return func


def no_var_expand(func):
    """A magic whose line is taken as typed: no ``$name`` or ``{expression}`` expansion (%time, %timeit)."""
    func._no_var_expand = True
    return func


def builtin_magics():
    """(function, kind, name) for every magic of this package."""
    import importlib

    found = []
    for module_name in _MODULES:
        module = importlib.import_module(__name__ + "." + module_name)
        for name, value in vars(module).items():
            kind = getattr(value, "_magic_kind", None)
            if kind is not None and getattr(value, "__module__", None) == module.__name__:
                found.append((value, kind, getattr(value, "_magic_name", name.rstrip("_"))))
    return found


def get_shell():
    from pyvm_kernel.shell import get_ipython

    return get_ipython()


class Options(dict):
    """Options as IPython's parse_options gives them: by letter, also as attributes."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def parse_options(arg_str, opt_str, *long_opts, mode="string", list_all=False, posix=True, strict=True, preserve_non_opts=False):
    """IPython's Magics.parse_options: getopt over the shell-split line; the rest as a string (or a list)."""
    if not arg_str.strip():
        return Options(), "" if mode == "string" else []
    argv = _arg_split(arg_str, posix, strict)
    try:
        opts, args = getopt.getopt(argv, opt_str, long_opts)
    except getopt.GetoptError as e:
        raise UsageError('%s ( allowed: "%s" %s)' % (e.msg, opt_str, " ".join(long_opts))) from e
    found = Options()
    remainder = arg_str
    for option, value in opts:
        if mode == "string" and preserve_non_opts:
            remainder = remainder.replace(option, "", 1).replace(value, "", 1)
        option = option[2:] if option.startswith("--") else option[1:]
        if option in found:
            previous = found[option]
            found[option] = previous + [value] if isinstance(previous, list) else [previous, value]
        else:
            found[option] = [value] if list_all else value
    if mode == "list":
        return found, args
    return found, remainder.lstrip() if preserve_non_opts else " ".join(args)


def _arg_split(text, posix, strict):
    """IPython's arg_split: shlex's words; with ``strict`` False, an unclosed quote keeps the rest as one word."""
    lexer = shlex.shlex(text, posix=posix)
    lexer.whitespace_split = True
    lexer.commenters = ""
    words = []
    while True:
        try:
            word = next(lexer)
        except StopIteration:
            break
        except ValueError:
            if strict:
                raise
            words.append(lexer.token)
            break
        words.append(word)
    return words
