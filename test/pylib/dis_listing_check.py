"""Run by disView.test.ts, pylib on the path, a JSON line per listed sample.

`python3 dis_listing_check.py expected`: each sample's text as python3's dis.dis prints it.
`bin/pyvm dis_listing_check.py actual`: each sample's DisListing text/plain, and the
problems found in its text/html: every instruction once, in order, with its name and
operand; jump targets present and marked, an unbroken arrow from each jump to an arrowhead at
its target, pointing its way; the
exception table's entries as brackets over exactly the rows they cover; stack depths never
negative, their maximum co_stacksize, an instruction shown as never reached
truly so; nested code objects as <details>, down to --depth;
every row as wide as the header; one scoped <style>, nothing fetched.
"""
import dis
import io
import json
import re
import sys
from collections import Counter

from dis_samples import SAMPLES
from pyvm_kernel.dis_view import _compile_cell

CELL_FILENAME = "<cell 12>"
# (name, cell body, options): listed as %%dis lists a cell (its %%dis line being line 1).
CELLS = [
    ("cell: statements and a shown expression", "squares = [i * i for i in range(4)]\nsquares", {}),
    ("cell: top-level await, quiet", "import asyncio\nawait asyncio.sleep(0)\nresult = 1\nresult;", {}),
    ("cell: a definition and a call", "def twice(a):\n    return a * 2\n\ntwice(21)\n", {"depth": 0}),
]
COLUMNS = 10
NOT_REACHED = "\u2013"
NO_FALL_THROUGH = {"RETURN_VALUE", "RAISE_VARARGS", "RERAISE", "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT"}


def samples():
    for name, obj, options in SAMPLES:
        yield name, (obj,), options
    for name, body, options in CELLS:
        yield name, tuple(_compile_cell("\n" + body, CELL_FILENAME)), options


def dis_text(objects, options):
    texts = []
    for obj in objects:
        output = io.StringIO()
        dis.dis(obj, file=output, **options)
        texts.append(output.getvalue())
    return "\n".join(texts)


def main(mode):
    for name, objects, options in samples():
        if mode == "expected":
            print(json.dumps({"name": name, "text": dis_text(objects, options)}))
            continue
        from pyvm_kernel.dis_view import DisListing

        listing = DisListing(*objects, **options)
        html = listing._repr_html_()
        print(json.dumps({"name": name, "text": repr(listing), "problems": html_problems(html, objects, options), "html_size": len(html)}))


# --- the HTML, as a tree -------------------------------------------------------------

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []
        self.text_parts = []

    def text(self):
        return "".join(self.text_parts) + "".join(child.text() for child in self.children)

    def find_all(self, tag):
        for child in self.children:
            if child.tag == tag:
                yield child
            yield from child.find_all(tag)

    def classes(self):
        return self.attrs.get("class", "").split()

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


def parse(html):
    from html.parser import HTMLParser

    root = Node("root", [], None)

    class Builder(HTMLParser):
        current = root

        def handle_starttag(self, tag, attrs):
            node = Node(tag, attrs, self.current)
            self.current.children.append(node)
            self.current = node

        def handle_endtag(self, tag):
            if self.current.tag != tag:
                raise ValueError("</%s> closes <%s>" % (tag, self.current.tag))
            self.current = self.current.parent

        def handle_data(self, data):
            self.current.text_parts.append(data)

    builder = Builder(convert_charrefs=True)
    builder.feed(html)
    builder.close()
    if builder.current is not root:
        raise ValueError("<%s> left open" % builder.current.tag)
    return root


# --- what must hold ------------------------------------------------------------------

def listed_codes(x, depth, level=0):
    """The code objects dis.dis lists for x, in its order, each with how deep it is nested (None: raw bytecode)."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    else:
        for attribute in ("gi_code", "ag_code", "cr_code"):
            if hasattr(x, attribute):
                x = getattr(x, attribute)
                break
    if hasattr(x, "__dict__"):
        return [code for _, member in sorted(x.__dict__.items()) if isinstance(member, dis._have_code)
                for code in listed_codes(member, depth, level)]
    if isinstance(x, str):
        x = dis._try_compile(x, "<dis>")
    if not hasattr(x, "co_code"):
        return [(None, level)]
    codes = [(x, level)]
    if depth is None or depth > 0:
        for const in x.co_consts:
            if hasattr(const, "co_code"):
                codes.extend(listed_codes(const, None if depth is None else depth - 1, level + 1))
    return codes


def html_problems(html, objects, options):
    try:
        root = parse(html)
    except ValueError as error:
        return ["unbalanced HTML: %s" % error]
    problems = []
    scope = root.children[0].classes()[0] if root.children and root.children[0].classes() else ""
    styles = list(root.find_all("style"))
    if not scope.startswith("pyvm-dis-") or len(styles) != 1:
        problems.append("not one <style> in a pyvm-dis-* root")
    else:
        css = styles[0].text()
        rules = [rule.split("{")[0] for rule in css.split("}") if rule.strip()]
        problems += ["unscoped CSS rule %r" % rule for rule in rules if not all(s.strip().startswith("." + scope) for s in rule.split(","))]
    for forbidden in ("<script", "url(", "@import", "http:", "https:"):
        if forbidden in html:
            problems.append("HTML holds %r" % forbidden)

    expected = [code for obj in objects for code in listed_codes(obj, options.get("depth"))]
    tables = list(root.find_all("table"))
    if len(tables) != len(expected):
        return problems + ["%d tables for %d code objects" % (len(tables), len(expected))]
    for table, (code, level) in zip(tables, expected):
        problems += table_problems(table, code, level, options)
    return problems


def table_problems(table, code, level, options):
    where = "table %s" % table.attrs.get("data-code", "(raw bytecode)")
    if code is None:
        return []
    problems = []
    if table.attrs.get("data-code") != "%s:%d" % (code.co_qualname, code.co_firstlineno):
        problems.append("%s: expected code %s:%d" % (where, code.co_qualname, code.co_firstlineno))
    nested_in_details = any(node.tag == "details" for node in table.ancestors())
    if nested_in_details != (level > 0 or "Disassembly of" in _section_summary(table)):
        problems.append("%s: nested level %d, inside <details>: %s" % (where, level, nested_in_details))

    shown = list(dis.get_instructions(code, show_caches=options.get("show_caches", False), adaptive=options.get("adaptive", False)))
    plain = list(dis.get_instructions(code))
    rows = [row for row in table.find_all("tr") if "data-offset" in row.attrs]
    offsets = [int(row.attrs["data-offset"]) for row in rows]
    if offsets != [instruction.offset for instruction in shown]:
        return problems + ["%s: offsets %s, dis has %s" % (where, offsets, [i.offset for i in shown])]
    cells = [{cell.classes()[0] if cell.classes() else "": cell for cell in row.children} for row in rows]
    for row_cells, instruction in zip(cells, shown):
        if row_cells["op"].text() != instruction.opname:
            problems.append("%s @%d: instruction %r, dis has %r" % (where, instruction.offset, row_cells["op"].text(), instruction.opname))
        # A string's code is compiled again here: its nested code objects are others, at other addresses.
        if without_addresses(row_cells["r"].text()) != without_addresses(instruction.argrepr):
            problems.append("%s @%d: operand %r, dis has %r" % (where, instruction.offset, row_cells["r"].text(), instruction.argrepr))
    problems += grid_problems(where, table)

    row_at = dict(zip(offsets, rows))
    cells_at = dict(zip(offsets, cells))
    jumps = [i for i in plain if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs]
    # One arrowhead for all the jumps to a row from the same side; a line from each jump to it.
    arrowheads = Counter()
    pieces = {offset: [piece.classes() for piece in cells_at[offset]["g"].children] for offset in offsets}
    for jump in jumps:
        direction = "F" if jump.argval > jump.offset else "B"
        arrowheads[jump.argval, direction] = 1
        if ["h", direction] not in pieces[jump.offset]:
            problems.append("%s @%d: no arrow starts at the jump" % (where, jump.offset))
        between = [offset for offset in offsets if min(jump.offset, jump.argval) < offset < max(jump.offset, jump.argval)]
        if any(not any(kind[1:] == [direction] and kind[0] in "vtb" for kind in pieces[offset]) for offset in between):
            problems.append("%s @%d: the arrow to %d breaks off" % (where, jump.offset, jump.argval))
    drawn = Counter()
    for offset, row_cells in cells_at.items():
        for piece in row_cells["g"].children:
            if "a" in piece.classes():
                drawn[offset, "F" if "F" in piece.classes() else "B"] += 1
    if drawn != arrowheads:
        problems.append("%s: arrowheads %s, jumps %s" % (where, sorted(drawn.items()), sorted(arrowheads.items())))

    entries = dis._parse_exception_table(code)
    brackets = [row_cells["x"] for row_cells in cells if "x" in row_cells]
    described = [tuple(int(n) for n in bracket.attrs["data-exc"].split()) for bracket in brackets]
    if described != [(e.start, e.end, e.target, e.depth, int(e.lasti)) for e in entries]:
        problems.append("%s: exception brackets %s, table %s" % (where, described, entries))
    else:
        for bracket, entry in zip(brackets, entries):
            covered = sum(1 for offset in offsets if entry.start <= offset < entry.end)
            if int(bracket.attrs.get("rowspan", "1")) != covered:
                problems.append("%s: bracket %s spans %s rows, covers %d" % (where, entry, bracket.attrs.get("rowspan"), covered))

    depths = [(instruction, row_cells["d"].text()) for instruction, row_cells in zip(shown, cells) if instruction.opname != "CACHE"]
    unreached = {instruction.offset for instruction, text in depths if text == NOT_REACHED}
    values = [int(text) for _, text in depths if text != NOT_REACHED]
    entered = {jump.argval for jump in jumps} | {entry.target for entry in entries}
    for previous, instruction in zip(plain, plain[1:]):
        falls_through = previous.opname not in NO_FALL_THROUGH and previous.offset not in unreached
        if instruction.offset in unreached and (instruction.offset in entered or falls_through):
            problems.append("%s @%d: reached, yet shown as never reached" % (where, instruction.offset))
    if values and (min(values) < 0 or max(values) != code.co_stacksize):
        problems.append("%s: stack depths from %d to %d, co_stacksize %d" % (where, min(values), max(values), code.co_stacksize))
    return problems


def without_addresses(text):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x", text)


def _section_summary(table):
    """The summary of the <details> the table is directly in (a class member's section), or ''."""
    for node in table.ancestors():
        if node.tag == "details":
            summaries = [child for child in node.children if child.tag == "summary"]
            text = summaries[0].text() if summaries else ""
            return "" if "<code object" in text else text
    return ""


def grid_problems(where, table):
    """Whether every row of the body fills the header's columns, counting the cells rowspans carry down."""
    carried = {}
    problems = []
    body = [row for row in table.find_all("tr") if "data-offset" in row.attrs]
    for index, row in enumerate(body):
        width = sum(1 for end in carried.values() if end > index)
        for cell in row.children:
            span = int(cell.attrs.get("rowspan", "1"))
            width += 1
            if span > 1:
                carried[(index, id(cell))] = index + span
        if width != COLUMNS:
            problems.append("%s @%s: %d columns" % (where, row.attrs["data-offset"], width))
    return problems


if __name__ == "__main__":
    main(sys.argv[1])
