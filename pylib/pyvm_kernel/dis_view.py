"""``%dis`` and ``%%dis``: bytecode listings a notebook can read.

A listing's text/plain is what ``dis.dis`` prints, because it is ``dis.dis``'s own output:
pyvm's code objects are CPython's, and CPython's ``dis.py`` runs on them unchanged. Its
text/html lays the same instructions out as a table: the source line beside each group of
instructions, jumps drawn as arrows in a gutter (forward solid, backward dashed), the
exception table as brackets beside the instructions each entry covers (handler, stack
depth, whether lasti is pushed), the operand's meaning styled by kind (name, local, cell,
constant, operator, jump), the stack depth before each instruction, and nested code
objects as ``<details>`` sections. The HTML is self-contained: one ``<style>`` scoped by a
class unique to the listing, JupyterLab's CSS variables for colours (with fallbacks), no
scripts, no fonts.

- ``%dis [--adaptive] [--show-caches] [--depth N] NAME_OR_EXPR`` evaluates the expression
  in the user's namespace and lists the value as ``dis.dis`` would (functions, methods,
  classes, modules, code objects, generators, coroutines, strings of source, bytes); a
  traceback is listed as ``dis.distb`` lists it. Without an expression it lists where the
  last exception was raised, as ``dis.dis()`` does.
- ``%%dis [--adaptive] [--show-caches] [--depth N]`` lists the cell's own code and does
  not run it: the listing is of code as it would run, and running it too would make a
  cell's effects depend on whether one looks at it. The cell is compiled as the kernel
  compiles a cell (top-level await allowed, the future features earlier cells turned on,
  the last expression compiled apart as the one whose value is shown) under the running
  cell's name, ``<cell N>``; its lines are numbered as the cell shows them, the ``%%dis``
  line being line 1. Each code object is listed as ``dis.dis`` lists it, a blank line
  between them.

Bad options raise ``UsageError`` with IPython's text for options it cannot parse.
"""
import dis
import getopt
import io
import linecache
import os
import sys
import types

__all__ = ["DisListing", "dis_line_magic", "dis_cell_magic"]

# getopt's long options, as IPython's parse_options takes them (and quotes them in errors).
_LONG_OPTIONS = ("adaptive", "show-caches", "depth=")
# The name code compiled from a string gets, as dis names it.
_SOURCE_NAME = "<dis>"


def dis_line_magic(line):
    """``%dis [--adaptive] [--show-caches] [--depth N] [NAME_OR_EXPR]``: displays the listing."""
    options, expression = _parse_options(line)
    if expression:
        code = compile(expression, _SOURCE_NAME, "eval", dont_inherit=True)
        value = eval(code, sys.modules["__main__"].__dict__)
        listing = DisListing(value, sources={_SOURCE_NAME: expression}, **options)
    elif getattr(sys, "last_traceback", None) is None:
        raise _usage_error("no last traceback to disassemble")
    else:
        listing = DisListing(None, **options)
    _display(listing)


def dis_cell_magic(line, cell):
    """``%%dis [--adaptive] [--show-caches] [--depth N]``: displays the listing of the cell's code, which does not run."""
    options, rest = _parse_options(line)
    if rest:
        raise _usage_error("%%dis takes only options on its line, not %r" % rest)
    filename = _running_cell_filename()
    # A blank first line stands for the %%dis line: the cell's lines keep their numbers.
    source = "\n" + cell
    _display(DisListing(*_compile_cell(source, filename), sources={filename: source}, **options))


# IPython (pyvm's, in pylib) is imported only by the magics: it talks to the kernel,
# which only a notebook has, while a listing can be built anywhere.
def _display(listing):
    from IPython.core.display_functions import display

    display(listing)


def _usage_error(message):
    from IPython.core.error import UsageError

    return UsageError(message)


# html.escape's replacements (html itself is slow to import: it loads the HTML5 entity table).
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def _escape(text):
    return text.translate(_HTML_ESCAPES)


class DisListing:
    """The disassembly of each object, as text (``dis.dis``'s) and as an HTML table.

    Each object is one ``dis.dis`` takes, or a traceback (listed as ``dis.distb`` lists
    it). ``sources`` maps a filename to the text of source that has no file, for the
    source column. Options are ``dis.dis``'s."""

    def __init__(self, *objects, depth=None, show_caches=False, adaptive=False, sources=None):
        self._depth = depth
        self._show_caches = show_caches
        self._adaptive = adaptive
        self._sources = {name: text.splitlines(keepends=True) for name, text in (sources or {}).items()}
        self._objects = tuple(self._listed(x) for x in objects)
        # Made now, so that an object dis cannot list fails where it is given, with dis's error.
        self._text = "\n".join(self._object_text(x) for x in self._objects)

    def __repr__(self):
        return self._text

    def _listed(self, x):
        """What the text and the HTML both list for x: source compiled once, as dis compiles it (so that both
        show the same code objects); for None, where the last exception was raised, as dis.dis() finds it."""
        if isinstance(x, str):
            self._sources[_SOURCE_NAME] = x.splitlines(keepends=True)
            return dis._try_compile(x, _SOURCE_NAME)
        if x is None:
            tb = getattr(sys, "last_traceback", None)
            if tb is None:
                raise RuntimeError("no last traceback to disassemble")
            while tb.tb_next:
                tb = tb.tb_next
            return tb
        return x

    def _object_text(self, x):
        output = io.StringIO()
        if isinstance(x, types.TracebackType):
            dis.distb(x, file=output, show_caches=self._show_caches, adaptive=self._adaptive)
        else:
            dis.dis(x, file=output, depth=self._depth, show_caches=self._show_caches, adaptive=self._adaptive)
        return output.getvalue()

    def _repr_html_(self):
        scope = "pyvm-dis-" + os.urandom(4).hex()
        parts = ['<div class="%s"><style>%s</style>' % (scope, _CSS.replace(".U", "." + scope))]
        parts.extend('<div class="part">%s</div>' % self._object_html(x, self._depth) for x in self._objects)
        parts.append("</div>")
        return "".join(parts)

    def _object_html(self, x, depth):
        """dis.dis's walk over what it lists, each code object as a table."""
        if isinstance(x, types.TracebackType):
            return self._code_html(x.tb_frame.f_code, lasti=x.tb_lasti)
        x = _holder_of_code(x)
        if hasattr(x, "__dict__"):
            sections = []
            for name, member in sorted(x.__dict__.items()):
                if isinstance(member, dis._have_code):
                    try:
                        body = self._object_html(member, depth)
                    except TypeError as error:
                        body = '<p class="sorry">Sorry: %s</p>' % _escape(str(error))
                    sections.append(_section("Disassembly of %s:" % name, body, is_open=True))
            return "".join(sections)
        if hasattr(x, "co_code"):
            return self._code_tree_html(x, depth)
        if isinstance(x, (bytes, bytearray)):
            rows = list(dis._get_instructions_bytes(x, show_caches=self._show_caches))
            return _Table(rows, list(dis._get_instructions_bytes(x)), [], [], -1).html(None)
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)

    def _code_tree_html(self, code, depth):
        """A code object's table, then the code objects among its constants, to `depth` levels (all when None)."""
        html = self._code_html(code)
        if depth is None or depth > 0:
            inner_depth = None if depth is None else depth - 1
            for const in code.co_consts:
                if hasattr(const, "co_code"):
                    html += _section("Disassembly of %r:" % (const,), self._code_tree_html(const, inner_depth), is_open=False)
        return html

    def _code_html(self, code, lasti=-1):
        rows = list(dis.get_instructions(code, show_caches=self._show_caches, adaptive=self._adaptive))
        plain = list(dis.get_instructions(code))
        label = "%s:%d" % (code.co_qualname, code.co_firstlineno)
        return _code_header(code) + _Table(rows, plain, dis._parse_exception_table(code), self._lines(code.co_filename), lasti).html(label)

    def _lines(self, filename):
        lines = self._sources.get(filename)
        if lines is None:
            lines = linecache.getlines(filename) or _kernel_cell_lines(filename)
        return lines


def _holder_of_code(x):
    """What dis.dis lists for `x`: a method's function's code, a generator's or coroutine's code, or `x`."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        return x.__code__
    for attribute in ("gi_code", "ag_code", "cr_code"):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _kernel_cell_lines(filename):
    """A notebook cell's lines, which only the kernel has (cells have no file)."""
    try:
        import _pyvm_kernel
    except ImportError:
        return []
    return _pyvm_kernel.source_lines(filename)


def _section(summary, body, is_open):
    return '<details%s><summary>%s</summary>%s</details>' % (" open" if is_open else "", _escape(summary), body)


# --- options and cells ---------------------------------------------------------------

def _parse_options(line):
    """The options at the start of the line (getopt's way, as IPython's magics parse them) and the rest, verbatim."""
    words = line.split()
    try:
        options, rest = getopt.getopt(words, "", _LONG_OPTIONS)
    except getopt.GetoptError as error:
        raise _usage_error('%s ( allowed: "" %s)' % (error.msg, " ".join(_LONG_OPTIONS))) from None
    consumed = len(words) - len(rest)
    pieces = line.split(None, consumed)
    parsed = {}
    for name, value in options:
        if name == "--depth":
            try:
                parsed["depth"] = int(value)
            except ValueError:
                raise _usage_error("option --depth takes an integer, not %r" % value) from None
        else:
            parsed[name[2:].replace("-", "_")] = True
    return parsed, pieces[consumed].strip() if len(pieces) > consumed else ""


def _running_cell_filename():
    """The name of the cell that is running (`<cell N>`, as the kernel names cells), found on the stack; outside a cell, dis's name for source."""
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith("<cell ") and filename.endswith(">") and filename[6:-1].isdigit():
            return filename
        frame = frame.f_back
    return _SOURCE_NAME


def _compile_cell(source, filename):
    """The cell's code objects as the kernel makes them: its statements, then its last expression (if its value is shown) as 'single'."""
    import ast

    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT | _future_flags()
    tree = ast.parse(source, filename, "exec")
    body = tree.body
    shown = bool(body) and isinstance(body[-1], ast.Expr) and not _ends_with_semicolon(source)
    statements = body[:-1] if shown else body
    codes = [compile(ast.Module(statements, tree.type_ignores), filename, "exec", flags, dont_inherit=True)]
    if shown:
        codes.append(compile(ast.Interactive([body[-1]]), filename, "single", flags, dont_inherit=True))
    return codes


def _future_flags():
    """The future features earlier cells turned on: `from __future__ import x` leaves x in the namespace."""
    import __future__

    namespace = sys.modules["__main__"].__dict__
    flags = 0
    for name in __future__.all_feature_names:
        feature = getattr(__future__, name)
        if namespace.get(name) is feature:
            flags |= feature.compiler_flag
    return flags


def _ends_with_semicolon(source):
    """IPython's quiet cell: its last token is `;`, and its value is not shown."""
    import tokenize

    layout = (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER)
    last = ""
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in layout:
            last = token.string
    return last == ";"


# --- flow: stack depths and jumps ----------------------------------------------------

_JUMPS = frozenset(dis.hasjrel) | frozenset(dis.hasjabs)
# After these the next instruction is not reached from this one (the compiler's scope exits and unconditional jumps).
_NO_FALL_THROUGH = frozenset(dis.opmap[name] for name in (
    "RETURN_VALUE", "RAISE_VARARGS", "RERAISE", "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT"))
_RETURN_GENERATOR = dis.opmap["RETURN_GENERATOR"]
_BINARY_OP = dis.opmap["BINARY_OP"]


def _stack_effect(instruction, jump):
    opcode = instruction.opcode
    if opcode == _RETURN_GENERATOR:
        # The generator's first resumption pushes the value sent (None), which the POP_TOP after it drops;
        # dis.stack_effect says 0 because the compiler counts the stack before inserting this prologue.
        return 1
    return dis.stack_effect(opcode, instruction.arg if opcode >= dis.HAVE_ARGUMENT else None, jump=jump)


def stack_depths(instructions, exception_entries):
    """The stack depth before each instruction (None where unreachable), found as the compiler finds
    co_stacksize: along every path of the flow graph from the first instruction, each instruction adding
    its stack effect (its jump's effect towards a jump's target); an instruction an exception table entry
    covers leads to the entry's handler too, which starts at the entry's depth, plus the offset of the
    raising instruction when lasti is pushed, plus the exception."""
    index_of = {instruction.offset: i for i, instruction in enumerate(instructions)}
    handler_of = {}
    for entry in exception_entries:
        handler = (index_of[entry.target], entry.depth + int(entry.lasti) + 1)
        handler_of.update((offset, handler) for offset in range(entry.start, entry.end, 2))
    depths = [None] * len(instructions)
    pending = [(0, 0)]
    while pending:
        i, depth = pending.pop()
        while i < len(instructions) and depths[i] is None:
            depths[i] = depth
            instruction = instructions[i]
            if instruction.offset in handler_of:
                pending.append(handler_of[instruction.offset])
            if instruction.opcode in _JUMPS:
                pending.append((index_of[instruction.argval], depth + _stack_effect(instruction, jump=True)))
            if instruction.opcode in _NO_FALL_THROUGH:
                break
            depth += _stack_effect(instruction, jump=False)
            i += 1
    return depths


def _lanes(spans):
    """A gutter lane for each (top, bottom) row span, spans sharing no row in one lane; short spans nearest (lane 0)."""
    lanes = [0] * len(spans)
    occupied = []
    for k in sorted(range(len(spans)), key=lambda k: spans[k][1] - spans[k][0]):
        top, bottom = spans[k]
        lane = 0
        while lane < len(occupied) and any(top <= other_bottom and other_top <= bottom for other_top, other_bottom in occupied[lane]):
            lane += 1
        if lane == len(occupied):
            occupied.append([])
        occupied[lane].append((top, bottom))
        lanes[k] = lane
    return lanes, len(occupied)


# --- HTML ----------------------------------------------------------------------------

_LANE_WIDTH = 7
_ARROW_ROOM = 10


def _code_header(code):
    facts = [
        "%s, line %d" % (code.co_filename, code.co_firstlineno),
        "%d argument%s" % (code.co_argcount, "" if code.co_argcount == 1 else "s"),
        "stack size %d" % code.co_stacksize,
        dis.pretty_flags(code.co_flags),
    ]
    return '<div class="hd"><b>%s</b> · %s</div>' % (_escape(code.co_qualname), _escape(" · ".join(facts)))


def _operand_kind(opcode):
    """The CSS class of what an operand means, by the table its opcode is in."""
    if opcode in dis.hasconst:
        return "kc"
    if opcode in dis.hasname:
        return "kn"
    if opcode in dis.haslocal:
        return "kl"
    if opcode in dis.hasfree:
        return "kf"
    if opcode in dis.hascompare or opcode == _BINARY_OP:
        return "kp"
    if opcode in _JUMPS:
        return "kj"
    return "km"


class _Table:
    """The listing of `rows` (instructions as shown: adaptive, with caches), and where everything beside
    them goes: line groups, arrows, brackets, markers, depths. Flow comes from `plain` (the code's own
    instructions); `lasti` is the instruction running (-1: none)."""

    def __init__(self, rows, plain, exception_entries, lines, lasti):
        self.rows = rows
        self.lines = lines
        self.lasti = lasti
        self.exception_entries = exception_entries
        self.plain_at = {instruction.offset: instruction for instruction in plain}
        depths = stack_depths(plain, exception_entries)
        self.depth_at = {i.offset: _UNREACHED if depth is None else depth for i, depth in zip(plain, depths)}
        row_of = {row.offset: i for i, row in enumerate(rows)}
        arrows = _arrows([(row_of[i.offset], row_of[i.argval]) for i in plain if i.opcode in _JUMPS])
        lanes, lane_count = _lanes([(min(sources + [target]), max(sources + [target])) for target, sources in arrows])
        self.gutter_width = lane_count * _LANE_WIDTH + _ARROW_ROOM
        self.gutters = _gutters(len(rows), arrows, lanes, self.gutter_width)
        self.targets = {i.argval for i in plain if i.opcode in _JUMPS} | {entry.target for entry in exception_entries}
        self.brackets = _bracket_cells(rows, exception_entries)
        self.group_sizes = _line_groups(rows)

    def html(self, label):
        """The table, named by `label` (the code's qualified name and first line) for readers and tests."""
        head = ('<table%s><thead><tr><th>line</th><th>source</th><th>exceptions</th>'
                '<th class="g" style="width:%dpx;min-width:%dpx"></th><th></th><th>offset</th><th>instruction</th><th>arg</th><th>meaning</th>'
                '<th title="stack depth before the instruction">stack</th></tr></thead><tbody>'
                % ("" if label is None else ' data-code="%s"' % _escape(label), self.gutter_width, self.gutter_width))
        return head + "".join(self.row_html(i, row) for i, row in enumerate(self.rows)) + "</tbody></table>"

    def row_html(self, i, row):
        instruction = self.plain_at.get(row.offset)
        specialized = row.opname != "CACHE" and instruction is not None and instruction.opname != row.opname
        classes = [name for name, holds in (
            ("s", i in self.group_sizes), ("cache", row.opname == "CACHE"), ("q", specialized), ("cur", row.offset == self.lasti)) if holds]
        cells = ['<tr data-offset="%d"' % row.offset]
        if instruction is not None and instruction.opcode in _JUMPS:
            cells.append(' data-jump="%d"' % instruction.argval)
        cells.append(' class="%s">' % " ".join(classes) if classes else ">")
        if i in self.group_sizes:
            cells.append(_line_cells(row.starts_line, self.lines, self.group_sizes[i]))
        if i in self.brackets:
            cells.append(self.brackets[i])
        elif not _under_bracket(row.offset, self.exception_entries):
            cells.append("<td></td>")
        cells.append('<td class="g">%s</td>' % self.gutters[i])
        marker = ("-->" if row.offset == self.lasti else "") + (">>" if row.offset in self.targets else "")
        cells.append('<td class="m">%s</td><td class="o">%d</td>' % (_escape(marker), row.offset))
        title = ' title="specialized from %s"' % instruction.opname if specialized else ""
        cells.append('<td class="op"%s>%s</td>' % (title, row.opname))
        cells.append('<td class="a">%s</td>' % ("" if row.arg is None else row.arg))
        kind = _operand_kind(instruction.opcode if instruction is not None else row.opcode)
        cells.append('<td class="r %s">%s</td>' % (kind, _escape(row.argrepr)))
        cells.append(_depth_cell(None if row.opname == "CACHE" else self.depth_at.get(row.offset, _UNREACHED)))
        cells.append("</tr>")
        return "".join(cells)


# The depth of an instruction no path reaches (the compiler leaves a few, after a jump).
_UNREACHED = -1


def _depth_cell(depth):
    if depth is None:
        return '<td class="d"></td>'
    if depth == _UNREACHED:
        return '<td class="d" title="never reached">&#8211;</td>'
    return '<td class="d">%d</td>' % depth


def _line_groups(rows):
    """The rows that start a source line's group of instructions, each with its group's size."""
    starts = [i for i, row in enumerate(rows) if i == 0 or row.starts_line is not None]
    return {start: end - start for start, end in zip(starts, starts[1:] + [len(rows)])}


def _line_cells(lineno, lines, size):
    text = lines[lineno - 1].rstrip() if lineno is not None and 1 <= lineno <= len(lines) else ""
    span = ' rowspan="%d"' % size if size > 1 else ""
    return '<td class="ln"%s>%s</td><td class="src"%s>%s</td>' % (span, "" if lineno is None else lineno, span, _escape(text))


def _bracket_cells(rows, exception_entries):
    """The exception column's cell at the first row each entry covers: a bracket as tall as the rows it covers."""
    cells = {}
    for entry in exception_entries:
        covered = [i for i, row in enumerate(rows) if entry.start <= row.offset < entry.end]
        if not covered:
            continue
        lasti = " lasti" if entry.lasti else ""
        title = "an exception here goes to %d, the stack cut to depth %d%s" % (
            entry.target, entry.depth, ", the raising instruction's offset pushed" if entry.lasti else "")
        cells[covered[0]] = ('<td class="x" rowspan="%d" data-exc="%d %d %d %d %d" title="%s"><div></div><span>&#8594; %d [%d]%s</span></td>' % (
            len(covered), entry.start, entry.end, entry.target, entry.depth, int(entry.lasti), title, entry.target, entry.depth, lasti))
    return cells


def _under_bracket(offset, exception_entries):
    """Whether the row at `offset` lies under an exception bracket started on an earlier row (whose cell spans it)."""
    return any(entry.start <= offset < entry.end for entry in exception_entries)


def _arrows(jumps):
    """The jumps (source row, target row) as arrows, one for all the jumps to a target from the same side
    (the `continue`s of a loop share one line): (target, sources), forward arrows' sources above their target."""
    sources_of = {}
    for source, target in jumps:
        sources_of.setdefault((target, source < target), []).append(source)
    return [(target, sources) for (target, _), sources in sources_of.items()]


def _gutters(row_count, arrows, lanes, width):
    """Each row's gutter: the pieces of the arrows passing it, each arrow in its lane."""
    gutters = [[] for _ in range(row_count)]
    for (target, sources), lane in zip(arrows, lanes):
        direction = "F" if sources[0] < target else "B"
        x = width - _ARROW_ROOM - lane * _LANE_WIDTH
        piece = '<i class="%%s %s" style="left:%dpx"></i>' % (direction, x)
        top, bottom = min(sources + [target]), max(sources + [target])
        for row in range(top, bottom + 1):
            if top < bottom:
                gutters[row].append(piece % ("t" if row == top else "b" if row == bottom else "v"))
        for source in sources:
            gutters[source].append(piece % "h")
        gutters[target].append(piece % "h" + '<i class="a %s"></i>' % direction)
    return ["".join(pieces) for pieces in gutters]


_CSS = """\
.U{font-family:var(--jp-code-font-family,monospace);font-size:var(--jp-code-font-size,13px);color:var(--jp-content-font-color1,inherit);line-height:1.4}
.U table{border-collapse:collapse;table-layout:auto;margin:.2em 0 .8em;width:auto}
.U th,.U td{padding:0 .5em;white-space:pre;text-align:left;vertical-align:top;border:0;background:none}
.U th{font-weight:normal;color:var(--jp-content-font-color2,#888);border-bottom:1px solid var(--jp-border-color1,#bbb)}
.U tbody tr:hover{background:var(--jp-layout-color2,rgba(128,128,128,.12))}
.U tr.s td{border-top:1px solid var(--jp-border-color2,rgba(128,128,128,.3))}
.U td.ln{color:var(--jp-content-font-color2,#888);text-align:right}
.U td.src{max-width:36em;overflow:hidden;text-overflow:ellipsis;border-right:1px solid var(--jp-border-color2,rgba(128,128,128,.3))}
.U td.o,.U td.a,.U td.d{text-align:right}
.U td.m,.U td.o,.U td.d{color:var(--jp-content-font-color2,#888)}
.U td.op{color:var(--jp-mirror-editor-keyword-color,#008000);font-weight:bold}
.U tr.q td.op{font-style:italic}
.U tr.cache{opacity:.55}
.U tbody tr.cur{background:var(--jp-warn-color3,rgba(255,193,7,.2))}
.U .kn{color:var(--jp-mirror-editor-def-color,#0055cc)}
.U .kl{color:var(--jp-mirror-editor-variable-2-color,#05a)}
.U .kf{color:var(--jp-mirror-editor-variable-3-color,#085)}
.U .kc{color:var(--jp-mirror-editor-string-color,#ba2121)}
.U .kp{color:var(--jp-mirror-editor-operator-color,#a2f)}
.U .kj{color:var(--jp-mirror-editor-comment-color,#408080)}
.U .km{color:var(--jp-content-font-color2,#888)}
.U td.g,.U td.x{position:relative;padding:0}
.U td.g i{position:absolute;display:block}
.U i.F{color:var(--jp-brand-color1,#1976d2)}
.U i.B{color:var(--jp-warn-color1,#f57c00)}
.U i.v{top:0;bottom:0;border-left:2px solid}
.U i.t{top:50%;bottom:0;border-left:2px solid}
.U i.b{top:0;bottom:50%;border-left:2px solid}
.U i.h{top:50%;right:5px;border-top:2px solid}
.U i.B.v,.U i.B.t,.U i.B.b{border-left-style:dashed}
.U i.B.h{border-top-style:dashed}
.U i.a{top:calc(50% - 4px);right:0;border:4px solid transparent;border-right:0;border-left:6px solid}
.U td.x{min-width:7.5em;color:var(--jp-error-color1,#d32f2f);font-size:85%}
.U td.x div{position:absolute;top:2px;bottom:2px;left:2px;width:4px;border:2px solid;border-right:0}
.U td.x span{padding-left:12px}
.U .hd{color:var(--jp-content-font-color2,#888);margin:.4em 0 .1em}
.U .hd b{color:var(--jp-content-font-color1,inherit)}
.U details{margin-left:1.5em}
.U summary{cursor:pointer;color:var(--jp-content-font-color2,#888)}
.U .sorry{color:var(--jp-error-color1,#d32f2f)}
"""
