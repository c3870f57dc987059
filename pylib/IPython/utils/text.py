"""The text helpers of IPython's that notebooks meet: the output of ``x = !cmd``
(``SList``, a list of lines with ``.s``, ``.n``, ``.l``, ``.p``, ``grep``, ``fields`` and
``sort``; ``LSString``, a string with the same views) and ``DollarFormatter``, which
expands ``$name`` and ``{expression}`` in shell commands and magic arguments."""
import os
import re
import string
from pathlib import Path

__all__ = ["LSString", "SList", "FullEvalFormatter", "DollarFormatter"]


class LSString(str):
    """A string with views: ``.l`` its lines, ``.s`` its lines joined by spaces, ``.n`` itself, ``.p`` the lines that are paths."""

    @property
    def list(self):
        return self.split("\n")

    l = list

    @property
    def spstr(self):
        return self.replace("\n", " ")

    s = spstr

    @property
    def nlstr(self):
        return self

    n = nlstr

    @property
    def paths(self):
        return [Path(p) for p in self.split("\n") if os.path.exists(p)]

    p = paths


class SList(list):
    """A list of lines with views: ``.s`` joined by spaces, ``.n`` joined by newlines, ``.l`` itself, ``.p`` the lines that are paths."""

    @property
    def list(self):
        return self

    l = list

    @property
    def spstr(self):
        return " ".join(self)

    s = spstr

    @property
    def nlstr(self):
        return "\n".join(self)

    n = nlstr

    @property
    def paths(self):
        return [Path(p) for p in self if os.path.exists(p)]

    p = paths

    def grep(self, pattern, prune=False, field=None):
        """The lines that match ``pattern`` (a regular expression, case-insensitive, or a predicate); with ``prune``, those that do not.
        With ``field``, only that whitespace-separated field of each line is matched."""

        def target(line):
            if field is None:
                return line
            parts = line.split()
            return parts[field] if -len(parts) <= field < len(parts) else ""

        if isinstance(pattern, str):
            matches = lambda text: re.search(pattern, text, re.IGNORECASE)
        else:
            matches = pattern
        return SList([line for line in self if bool(matches(target(line))) != bool(prune)])

    def fields(self, *fields):
        """The whitespace-separated fields of each line: all of them as lists, or the ones asked for joined by spaces."""
        if not fields:
            return [line.split() for line in self]
        result = SList()
        for parts in (line.split() for line in self):
            picked = [parts[field] for field in fields if -len(parts) <= field < len(parts)]
            if picked:
                result.append(" ".join(picked))
        return result

    def sort(self, field=None, nums=False):
        """The lines sorted (a new SList): by a field, and as numbers (the field's digits) with ``nums``."""
        if field is None:
            keyed = [(line, line) for line in self]
        else:
            keyed = [(" ".join(line.split()[field:field + 1] if field != -1 else line.split()[-1:]), line) for line in self]
        if nums:
            keyed = [(int("".join(ch for ch in key if ch.isdigit()) or 0), line) for key, line in keyed]
        keyed.sort(key=lambda pair: pair[0])
        return SList([line for _, line in keyed])


class FullEvalFormatter(string.Formatter):
    """str.format where each field is a Python expression evaluated in the given namespace (a ``:`` in it belongs to the expression)."""

    def vformat(self, format_string, args, kwargs):
        result = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                result.append(literal)
            if field is not None:
                if spec:
                    field = field + ":" + spec
                value = eval(field, kwargs)
                result.append(self.format_field(self.convert_field(value, conversion), ""))
        return "".join(result)


class DollarFormatter(FullEvalFormatter):
    """Also ``$name`` and ``$name.attr`` outside single quotes; ``$$`` is a literal ``$``."""

    _dollar = re.compile(r"(.*?)\$(\$?[\w\.]+)(?=([^']*'[^']*')*[^']*$)")

    def parse(self, format_string):
        for literal, field, spec, conversion in super().parse(format_string):
            text = ""
            end = 0
            for match in self._dollar.finditer(literal):
                before, name = match.group(1, 2)
                if name.startswith("$"):
                    text += before + name
                else:
                    yield (text + before, name, "", None)
                    text = ""
                end = match.end()
            yield (text + literal[end:], field, spec, conversion)
