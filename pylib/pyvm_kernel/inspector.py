"""What ``obj?`` and ``obj??`` (and Jupyter's inspect_request) show, laid out as IPython's
object inspector lays it out for ipykernel: one field a line, headers in red, each
value after a column wide enough for the longest header, a multi-line value on the
lines below its header. Signatures come from inspect.signature where it works; an
object it cannot read simply has no signature field.
"""
import ast
import inspect
import linecache
import textwrap

import _pyvm_kernel

HEADER = "\x1b[0;31m"
NORMAL = "\x1b[0m"

# IPython shortens a long str() of an object to this many characters at detail level 0.
STRING_MAX = 200

_OBJECT_INIT_DOC = inspect.getdoc(object.__init__)


def page_text(obj, oname, detail_level=0):
    """The inspector's text for ``obj``, found under the name ``oname``."""
    if inspect.isclass(obj) or _is_simple_callable(obj):
        fields = _callable_fields(obj, oname, detail_level)
    else:
        fields = _object_fields(obj, detail_level)
    return format_fields(fields)


def format_fields(fields):
    """(title, value) pairs laid out as the inspector lays them out; those without a value left out."""
    fields = [(title, value) for title, value in fields if value is not None]
    width = max(len(title) for title, _ in fields)
    lines = []
    for title, value in fields:
        value = value.strip("\n")
        separator = "\n" if "\n" in value else " "
        lines.append(HEADER + title + ":" + NORMAL + " " * (width - len(title)) + separator + value + "\n")
    return "".join(lines)


def _callable_fields(obj, oname, detail_level):
    source = _source(obj) if detail_level > 0 else None
    docstring = _docstring(obj)
    if source is not None and _source_contains_docstring(source, docstring):
        docstring = None
    is_class = inspect.isclass(obj)
    return [
        ("Signature", None if is_class else _signature(obj, oname)),
        ("Init signature", _signature(obj, oname) if is_class else None),
        ("Docstring", docstring),
        ("Source", source) if source is not None else ("Init docstring", _init_docstring(obj) if is_class else None),
        ("File", _file(obj)),
        ("Type", type(obj).__name__),
        ("Subclasses", ", ".join(sub.__name__ for sub in type.__subclasses__(obj)) if is_class else None),
    ]


def _object_fields(obj, detail_level):
    source = _source(obj) if detail_level > 0 else None
    return [
        ("Type", type(obj).__name__),
        ("String form", _string_form(obj, detail_level)),
        ("Length", _length(obj)),
        ("Source", source) if source is not None else ("Docstring", _docstring(obj)),
    ]


def _is_simple_callable(obj):
    return inspect.isfunction(obj) or inspect.ismethod(obj) or inspect.isbuiltin(obj) or inspect.ismethoddescriptor(obj)


def _signature(obj, oname):
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return None
    return render_signature(signature, oname)


def render_signature(signature, name):
    """IPython's _render_signature: one parameter a line when the whole is too long to read beside its header."""
    parts = []
    positional_only = False
    keyword_only_marker_needed = True
    for parameter in signature.parameters.values():
        if parameter.kind == parameter.POSITIONAL_ONLY:
            positional_only = True
        elif positional_only:
            parts.append("/")
            positional_only = False
        if parameter.kind == parameter.VAR_POSITIONAL:
            keyword_only_marker_needed = False
        elif parameter.kind == parameter.KEYWORD_ONLY and keyword_only_marker_needed:
            parts.append("*")
            keyword_only_marker_needed = False
        parts.append(str(parameter))
    if positional_only:
        parts.append("/")
    if len(name) + sum(len(part) + 2 for part in parts) > 75:
        rendered = "{}(\n{})".format(name, "".join("    {},\n".format(part) for part in parts))
    else:
        rendered = "{}({})".format(name, ", ".join(parts))
    if signature.return_annotation is not signature.empty:
        rendered += " -> {}".format(inspect.formatannotation(signature.return_annotation))
    return rendered


def _source_contains_docstring(source, docstring):
    """Whether the source shown already holds the docstring (IPython then leaves the docstring out)."""
    try:
        (definition,) = ast.parse(textwrap.dedent(source)).body
        return ast.get_docstring(definition) == docstring
    except Exception:
        return False


def _docstring(obj):
    try:
        docstring = inspect.getdoc(obj)
    except Exception:
        docstring = None
    return "<no docstring>" if docstring is None else docstring


def _init_docstring(cls):
    try:
        docstring = inspect.getdoc(cls.__init__)
    except Exception:
        return None
    return None if docstring == _OBJECT_INIT_DOC else docstring


def _source(obj):
    filename = _file(obj)
    if filename is None:
        return None
    _cache_cell_source(filename)
    try:
        return inspect.getsource(obj)
    except (OSError, TypeError):
        return None


def _cache_cell_source(filename):
    """A notebook cell has no file: linecache gets its text from the kernel."""
    if filename.startswith("<") and filename not in linecache.cache:
        lines = _pyvm_kernel.source_lines(filename)
        if lines:
            linecache.cache[filename] = (sum(map(len, lines)), None, lines, filename)


def _file(obj):
    try:
        return inspect.getsourcefile(obj) or inspect.getfile(obj)
    except (OSError, TypeError):
        return None


def _string_form(obj, detail_level):
    try:
        text = str(obj)
    except Exception:
        return None
    if not detail_level and len(text) > STRING_MAX:
        half = (STRING_MAX - 5) // 2
        text = text[:half] + " <...> " + text[-half:]
    indent = "\n" + " " * len("String form:")
    return indent.join(line.strip() for line in text.split("\n"))


def _length(obj):
    try:
        return str(len(obj))
    except Exception:
        return None
