"""%history: the cells of this session, as IPython lists them (as typed by default;
``-t`` as run), with ``-n`` numbers, ``-o`` outputs, ``-p`` prompts, ``-g`` a pattern,
``-l`` the last ones, ``-u`` unique, ``-f`` a file, and ranges such as ``4``, ``1-3``,
``2:5``. Only this session's cells: ranges naming other sessions (``~1/``) give nothing."""
import fnmatch
import re
import sys

import _pyvm_kernel
from pyvm_kernel.magics import get_shell, line_magic, parse_options

_RANGE = re.compile(r"((?P<startsess>~?\d+)/)?(?P<start>\d+)?((?P<sep>[\-:])((?P<endsess>~?\d+)/)?(?P<end>\d+))?$")


def _ranges(text):
    """IPython's extract_hist_ranges: (session, start, stop) triples, stop exclusive or None."""
    if text == "":
        yield (0, 1, None)
        return
    for word in text.split():
        match = _RANGE.match(word)
        if not match:
            continue
        start = match.group("start")
        if start:
            start = int(start)
            end = match.group("end")
            end = int(end) if end else start + 1
        else:
            if not match.group("startsess"):
                continue
            start = 1
            end = None
        if match.group("sep") == "-":
            end += 1
        session = int((match.group("startsess") or "0").replace("~", "-"))
        yield (session, start, end)


def _session_range(inputs, outputs, start, stop, output):
    count = len(inputs)
    if start < 0:
        start += count
    if not stop or stop > count:
        stop = count
    elif stop < 0:
        stop += count
    for number in range(start, stop):
        line = inputs[number]
        yield (0, number, (line, outputs.get(number)) if output else line)


@line_magic
def history(parameter_s=""):
    """Print input history (_i<n> variables), with most recent last.

    By default, input history is printed without line numbers so it can be
    directly pasted into an editor. Use -n to show them.

    By default, all input history from the current session is displayed.
    Ranges of history can be indicated using the syntax:

    ``4``
      Line 4, current session
    ``4-6``
      Lines 4-6, current session
    ``4:6``
      Lines 4-5, current session

    Options:

      -n: print line numbers for each input.
      -o: also print outputs for each input.
      -p: print classic '>>>' python prompts before each input.
      -t: print the 'translated' history, as IPython understands it.
      -f FILENAME: write the history to the file instead of printing it.
      -g PATTERN: the inputs that match a glob pattern.
      -l N: the last N inputs before this one.
      -u: with -g, each input only once.
    """
    opts, args = parse_options(parameter_s, "noptf:g:l:u", mode="list")
    pattern_opt = "g" in opts
    if pattern_opt:
        args = [opts["g"]] + args
    raw = "t" not in opts
    inputs = [""] + _pyvm_kernel.input_history(raw)
    user_ns = get_shell().user_ns
    outputs = {number: repr(value) for number, value in user_ns.get("_oh", {}).items()}
    print_nums = "n" in opts
    get_output = "o" in opts
    pyprompts = "p" in opts
    range_pattern = None
    if pattern_opt:
        pattern = "*" + " ".join(args) + "*" if args else "*"
        lines = [(0, n, (inputs[n], outputs.get(n)) if get_output else inputs[n]) for n in range(1, len(inputs))]
        lines = [entry for entry in lines if fnmatch.fnmatch(entry[2][0] if get_output else entry[2], pattern)]
        if "u" in opts:
            seen = set()
            lines = [entry for entry in lines if not ((entry[2][0] if get_output else entry[2]) in seen or seen.add(entry[2][0] if get_output else entry[2]))]
        print_nums = True
    elif "l" in opts:
        count = int(opts["l"]) if opts["l"] else 10
        # The last ones before this one, as IPython's get_tail(include_latest=False).
        lines = list(_session_range(inputs, outputs, max(1, len(inputs) - 1 - count), len(inputs) - 1, get_output))
    else:
        lines = []
        for session, start, stop in _ranges(" ".join(args)):
            if session == 0:
                lines.extend(_session_range(inputs, outputs, start, stop, get_output))
    out = open(opts["f"], "w", encoding="utf-8") if "f" in opts else sys.stdout
    try:
        for session, number, entry in lines:
            line, output = entry if get_output else (entry, None)
            line = line.expandtabs(4).rstrip()
            multiline = "\n" in line
            if print_nums:
                print("%s:%s" % (str(number).rjust(4), "\n" if multiline else " "), file=out, end="")
            if pyprompts:
                print(">>> ", end="", file=out)
                if multiline:
                    line = "\n... ".join(line.splitlines()) + "\n..."
            print(line, file=out)
            if get_output and output:
                print(output, file=out)
    finally:
        if out is not sys.stdout:
            out.close()
