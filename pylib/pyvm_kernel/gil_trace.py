"""The GIL timeline: which thread held the GIL when, and why it let go, from a real run.

``%%trace_gil`` runs a cell with the VM's record of GIL hand-offs on; ``trace(fn, *args)``
runs a function so. Both display a ``GilTrace``:
- the seed document's sequence diagram, drawn from the run: a lifeline per thread and
  the GIL's in the middle, an arrow per acquire and release in time order, and an
  activation bar while a thread holds the GIL — for the first ``SEQUENCE_LIMIT`` events;
- a timeline of the whole run: one lane per thread, a bar while it holds the GIL,
  coloured by why it let go, under a time axis;
- per thread: the time it held the GIL, its acquisitions and its releases by reason,
  also as the ``text/plain`` summary.

The record comes from the builtin module ``_pyvm_gil`` (its docstring says what it
holds). It names threads by ident; the names come from the threading.Thread objects:
those alive when the trace starts (threading.enumerate()) and every one started while it
runs (``Thread.start`` is wrapped meanwhile: the objects are kept, as a thread that ends
leaves threading's tables). Names are read when the trace is drawn, so a thread renamed
while it ran shows its last name. A thread started without threading
(_thread.start_new_thread) is shown by its ident.
"""
import os
import threading
import time

import _pyvm_gil as _recorder
from pyvm_kernel.trace_common import BASE_STYLE, TraceView, clip, compile_cell, display, duration, escape, run_cell, seconds, time_axis

__all__ = ["GilTrace", "trace", "trace_gil_cell_magic", "SEQUENCE_LIMIT"]

# How many acquires and releases the sequence diagram draws; the timeline shows them all.
SEQUENCE_LIMIT = 40

REASONS = ("switch_interval", "sleep", "lock", "join", "io", "exit")
# How the seed document's diagram words each reason.
_REASON_TEXT = {
    "switch_interval": "check interval", "sleep": "sleep", "lock": "lock", "join": "join",
    "io": "I/O", "exit": "exit", "start": "start",
}
# A hold the record ends in (the thread still had the GIL when the trace stopped).
_STILL_HOLDING = "held at the end"


class _Hold:
    """A span during which one thread held the GIL: how it got it (None: held when the trace started) and why it let go."""

    __slots__ = ("start", "end", "acquired", "released")

    def __init__(self, start, acquired):
        self.start = start
        self.end = None
        self.acquired = acquired
        self.released = None


class _Thread:
    def __init__(self, ident, name):
        self.ident = ident
        self.name = name
        self.holds = []
        self.acquisitions = 0
        self.releases = {}

    @property
    def holding(self):
        return sum(hold.end - hold.start for hold in self.holds)


class GilTrace(TraceView):
    """The hand-offs of a run, as ``_pyvm_gil.stop()`` returns them, between ``start`` and ``end``
    (perf_counter seconds); ``holder`` is the ident of the thread holding the GIL at the start,
    ``names`` maps idents to thread names."""

    def __init__(self, entries, names, start, end, holder):
        self.entries = list(entries)
        self.start = start
        self.end = end
        self.threads = {}
        self._read(names, holder)

    def _read(self, names, holder):
        def thread(ident):
            found = self.threads.get(ident)
            if found is None:
                found = self.threads[ident] = _Thread(ident, names.get(ident) or "thread %d" % ident)
            return found

        thread(holder)
        for when, ident, event, reason in self.entries:
            current = thread(ident)
            open_hold = current.holds[-1] if current.holds and current.holds[-1].end is None else None
            if event == "acquire":
                current.acquisitions += 1
                current.holds.append(_Hold(when, reason))
                continue
            if open_hold is None:
                # A release with no acquire before it: the thread held the GIL when the trace started.
                open_hold = _Hold(self.start, None)
                current.holds.insert(0, open_hold)
            open_hold.end = when
            open_hold.released = reason
            current.releases[reason] = current.releases.get(reason, 0) + 1
        first = self.threads[holder]
        if not first.holds:
            # Nothing was recorded for it: it ran alone (the record notes hand-offs between threads only).
            first.holds.append(_Hold(self.start, None))
        for current in self.threads.values():
            if current.holds and current.holds[-1].end is None:
                current.holds[-1].end = self.end
                current.holds[-1].released = _STILL_HOLDING

    @property
    def span(self):
        return self.end - self.start

    # ---------------------------------------------------------------- text

    def summary(self):
        """A head line, then per thread: time holding the GIL (and its share of the run), acquisitions, releases and releases by reason."""
        threads = list(self.threads.values())
        acquires = sum(current.acquisitions for current in threads)
        releases = sum(sum(current.releases.values()) for current in threads)
        head = "GIL trace: %s, %s and %s over %s" % (
            _count(len(threads), "thread"), _count(acquires, "acquire"), _count(releases, "release"), duration(self.span))
        rows = [self._table_head()] + [self._table_row(current) for current in threads]
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        lines = [head]
        for row in rows:
            cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
            lines.append("  ".join(cells).rstrip())
        return "\n".join(lines)

    @staticmethod
    def _table_head():
        return ("thread", "holding", "share", "acquired", "released") + tuple(_REASON_TEXT[reason] for reason in REASONS)

    def _table_row(self, current):
        holding = current.holding
        share = holding / self.span if self.span > 0 else 1.0
        return (current.name, duration(holding), "%.0f%%" % (share * 100), str(current.acquisitions), str(sum(current.releases.values()))) + tuple(
            str(current.releases.get(reason, 0)) for reason in REASONS)

    # ---------------------------------------------------------------- HTML

    def html(self):
        scope = "pyvm-gil-" + os.urandom(4).hex()
        shown = min(len(self.entries), SEQUENCE_LIMIT)
        more = len(self.entries) - shown
        return (
            '<div class="%s">' % scope
            + "<style>" + _STYLE.replace(".S", "." + scope) + "</style>"
            + '<details open><summary>sequence: %s</summary>%s</details>' % (
                "all %d events" % shown if not more else "the first %d of %d events (the timeline shows them all)" % (shown, len(self.entries)),
                self.sequence_svg())
            + "<div>timeline</div>" + self.timeline_svg()
            + _legend()
            + self._table_html()
            + "</div>"
        )

    def _table_html(self):
        head = "".join("<th>%s</th>" % escape(cell) for cell in self._table_head())
        rows = "".join("<tr>%s</tr>" % "".join(("<td>%s</td>" if index == 0 else '<td class="n">%s</td>') % escape(cell)
                                                for index, cell in enumerate(self._table_row(current)))
                       for current in self.threads.values())
        return '<table class="totals"><caption>holding the GIL over %s; releases by reason in the last %d columns</caption><tr>%s</tr>%s</table>' % (escape(duration(self.span)), len(REASONS), head, rows)

    def _lifelines(self):
        """The lifelines left to right: the threads, the GIL's in the middle (None stands for it)."""
        threads = list(self.threads.values())
        middle = (len(threads) + 1) // 2
        return threads[:middle] + [None] + threads[middle:]

    def sequence_svg(self):
        """The seed document's sequence diagram for the first SEQUENCE_LIMIT events."""
        lifelines = self._lifelines()
        column, left, head_height, row_height, top = 170, 76, 26, 22, 8
        width = left + column * len(lifelines)
        entries = self.entries[:SEQUENCE_LIMIT]
        more = len(self.entries) - len(entries)
        first_row = top + head_height + 18
        # Row 0: who holds the GIL as the trace starts; then one row an event.
        rows = len(entries) + 1 + (1 if more else 0)
        bottom = first_row + rows * row_height
        height = bottom + 8
        x_of = {(None if lifeline is None else lifeline.ident): left + column * index + column / 2 for index, lifeline in enumerate(lifelines)}
        gil_x = x_of[None]

        def row_y(row):
            return first_row + row * row_height

        parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img">' % (width, height, width, height)]
        parts.append("<title>GIL hand-offs as a sequence diagram</title>")
        for lifeline in lifelines:
            ident = None if lifeline is None else lifeline.ident
            cx = x_of[ident]
            name = "GIL" if lifeline is None else lifeline.name
            parts.append('<g class="participant%s" data-thread="%s">' % (" gil" if lifeline is None else "", escape(name)))
            parts.append('<line class="lifeline" x1="%.1f" y1="%d" x2="%.1f" y2="%d"/>' % (cx, top + head_height, cx, bottom))
            parts.append('<rect class="head" x="%.1f" y="%d" width="%d" height="%d" rx="3"/>' % (cx - column / 2 + 8, top, column - 16, head_height))
            parts.append('<text class="name" x="%.1f" y="%d" text-anchor="middle"><title>%s</title>%s</text>' % (
                cx, top + 17, escape(name if lifeline is None else "%s (ident %d)" % (name, ident)), escape(clip(name, 20))))
            parts.append("</g>")
        # Activation bars: from the row where a thread took the GIL to the row where it let go.
        for current in self.threads.values():
            rows_held = self._rows_held(current, entries)
            for start_row, end_row, hold in rows_held:
                bx = x_of[current.ident] - 5
                y1 = row_y(start_row)
                y2 = row_y(end_row) if end_row is not None else bottom
                parts.append('<rect class="active %s" x="%.1f" y="%.1f" width="10" height="%.1f"><title>%s</title></rect>' % (
                    _css_reason(hold.released), bx, y1, max(y2 - y1, 2), escape(self._hold_tooltip(current, hold))))
        # Row 0 and the arrows.
        holder = next(iter(self.threads.values()))
        parts.append('<text class="tick" x="4" y="%.1f">+0</text>' % (row_y(0) + 4))
        parts.append('<text class="note" x="%.1f" y="%.1f" text-anchor="start">holds the GIL</text>' % (x_of[holder.ident] + 9, row_y(0) + 4))
        acquired_before = set()
        for index, (when, ident, event, reason) in enumerate(entries):
            y = row_y(index + 1)
            tx = x_of[ident]
            current = self.threads[ident]
            if event == "acquire":
                label = ("Re-acquire GIL" if ident in acquired_before else "Acquire GIL")
                acquired_before.add(ident)
            else:
                label = "Release GIL (%s)" % _REASON_TEXT[reason]
            x1, x2 = tx + (5 if gil_x > tx else -5), gil_x + (-3 if gil_x > tx else 3)
            parts.append('<g class="message %s %s" data-thread="%s" data-reason="%s">' % (event, _css_reason(reason), escape(current.name), reason))
            parts.append('<text class="tick" x="4" y="%.1f">+%s</text>' % (y + 4, escape(duration(when - self.start))))
            parts.append('<line class="arrow" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>' % (x1, y, x2, y))
            direction = 1 if x2 > x1 else -1
            parts.append('<path class="head-%s" d="M%.1f %.1f L%.1f %.1f L%.1f %.1f Z"/>' % (
                event, x2, y, x2 - 7 * direction, y - 4, x2 - 7 * direction, y + 4))
            parts.append('<text class="label" x="%.1f" y="%.1f" text-anchor="middle"><title>%s</title>%s</text>' % (
                (x1 + x2) / 2, y - 4, escape("%s %ss the GIL at +%s (%s)" % (current.name, event, seconds(when - self.start), _REASON_TEXT[reason])), escape(label)))
            parts.append("</g>")
        if more:
            parts.append('<text class="note" x="%.1f" y="%.1f" text-anchor="middle">… %d more events: the timeline shows the whole run</text>' % (
                gil_x, row_y(len(entries) + 1) + 4, more))
        parts.append("</svg>")
        return "".join(parts)

    def _rows_held(self, current, entries):
        """(first row, last row or None past the diagram, hold) for each hold of ``current`` that the diagram's rows reach."""
        found = []
        rows = [index + 1 for index, entry in enumerate(entries) if entry[1] == current.ident]
        events = [entries[row - 1][2] for row in rows]
        position = 0
        for hold in current.holds:
            if hold.acquired is None:
                start_row = 0
            elif position < len(rows) and events[position] == "acquire":
                start_row = rows[position]
                position += 1
            else:
                break
            if position < len(rows) and events[position] == "release":
                end_row = rows[position]
                position += 1
            else:
                end_row = None
            found.append((start_row, end_row, hold))
        return found

    def _hold_tooltip(self, current, hold):
        how = "held when the trace started" if hold.acquired is None else "acquired (%s)" % _REASON_TEXT[hold.acquired]
        why = hold.released if hold.released == _STILL_HOLDING else "released (%s)" % _REASON_TEXT[hold.released]
        return "%s holds the GIL %s\n+%s – +%s: %s, %s" % (
            current.name, duration(hold.end - hold.start), seconds(hold.start - self.start), seconds(hold.end - self.start), how, why)

    def timeline_svg(self):
        """The whole run: a lane per thread, a bar while it holds the GIL, coloured by why it let go."""
        threads = list(self.threads.values())
        span = max(self.span, 1e-6)
        label_width, lane_height, top, width = 170, 24, 28, 760
        plot = width - label_width - 12
        height = top + lane_height * len(threads) + 8

        def x(when):
            return label_width + (when - self.start) / span * plot

        parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img">' % (width, height, width, height)]
        parts.append("<title>GIL timeline</title>")
        parts += time_axis(x, self.start, span, top, height - 8)
        for lane, current in enumerate(threads):
            lane_y = top + lane * lane_height + lane_height / 2
            parts.append('<g class="lane" data-thread="%s">' % escape(current.name))
            parts.append('<text class="label" x="4" y="%.1f"><title>%s (ident %d): holds the GIL %s</title>%s</text>' % (
                lane_y + 4, escape(current.name), current.ident, escape(duration(current.holding)), escape(clip(current.name, 24))))
            for hold in current.holds:
                x1, x2 = x(hold.start), x(hold.end)
                parts.append('<rect class="hold %s" x="%.2f" y="%.1f" width="%.2f" height="14"><title>%s</title></rect>' % (
                    _css_reason(hold.released), x1, lane_y - 7, max(x2 - x1, 0.5), escape(self._hold_tooltip(current, hold))))
            parts.append("</g>")
        parts.append("</svg>")
        return "".join(parts)


def _count(number, noun):
    return "%d %s%s" % (number, noun, "" if number == 1 else "s")


def _css_reason(reason):
    return "still" if reason == _STILL_HOLDING else reason


# ---------------------------------------------------------------- style

_STYLE = BASE_STYLE + """.S .lifeline { stroke: var(--jp-border-color1, #999); stroke-dasharray: 4 3; }
.S .head { fill: var(--jp-layout-color2, #eee); stroke: var(--jp-border-color1, #999); }
.S .gil .head { fill: var(--jp-brand-color3, #bbdefb); stroke: var(--jp-brand-color1, #2f7ed8); }
.S .name { font-weight: bold; }
.S .arrow { stroke: var(--jp-ui-font-color1, #555); stroke-width: 1.2; }
.S .release .arrow { stroke-dasharray: 4 2; }
.S .head-acquire, .S .head-release { fill: var(--jp-ui-font-color1, #555); }
.S .message .label, .S .note { paint-order: stroke; stroke: var(--jp-layout-color0, #fff); stroke-width: 3px; }
.S .note { fill: var(--jp-ui-font-color2, #777); font-style: italic; }
.S .active { stroke: var(--jp-border-color1, #999); stroke-width: 0.5; }
.S .switch_interval { fill: var(--jp-brand-color1, #2f7ed8); }
.S .sleep { fill: var(--jp-info-color1, #0097a7); }
.S .lock { fill: var(--jp-warn-color1, #e08e0b); }
.S .join { fill: var(--jp-accent-color1, #388e3c); }
.S .io { fill: var(--jp-mirror-editor-meta-color, #a2f); }
.S .exit { fill: var(--jp-ui-font-color2, #888); }
.S .still { fill: var(--jp-layout-color3, #bbb); }
.S .legend span { display: inline-block; margin-right: 12px; }
.S .totals { border-collapse: collapse; margin-top: 6px; }
.S .totals caption { text-align: left; color: var(--jp-ui-font-color2, #777); }
.S .totals th, .S .totals td { padding: 2px 8px; border-bottom: 1px solid var(--jp-border-color2, #ddd); text-align: left; white-space: nowrap; }
.S .totals td.n { text-align: right; font-variant-numeric: tabular-nums; }
"""


def _legend():
    reasons = [(reason, "released: " + _REASON_TEXT[reason]) for reason in REASONS] + [("still", _STILL_HOLDING)]
    items = "".join('<span><svg width="12" height="10"><rect class="%s" width="12" height="10"/></svg> %s</span>' % (css, escape(text)) for css, text in reasons)
    return '<div class="legend">bars: holding the GIL, coloured by why it was let go: %s</div>' % items


# ---------------------------------------------------------------- running traced code

class _Recording:
    """The record on while code runs, with the threads' names: a context manager whose ``trace`` is the GilTrace once it ends."""

    def __enter__(self):
        self.threads = list(threading.enumerate())
        self._original_start = threading.Thread.start
        started = self.threads
        original = self._original_start

        def start(thread):
            started.append(thread)
            return original(thread)

        start.__doc__ = original.__doc__
        threading.Thread.start = start
        self.holder = threading.get_ident()
        self.start = time.perf_counter()
        _recorder.start()
        return self

    def __exit__(self, *exc_info):
        entries = _recorder.stop()
        end = time.perf_counter()
        threading.Thread.start = self._original_start
        names = {thread.ident: thread.name for thread in self.threads if thread.ident is not None}
        self.trace = GilTrace(entries, names, self.start, end, self.holder)
        return False


def trace(fn, *args, **kwargs):
    """Calls ``fn(*args, **kwargs)`` with the GIL's hand-offs recorded, displays the trace and returns fn's result."""
    recording = _Recording()
    try:
        with recording:
            return fn(*args, **kwargs)
    finally:
        display(recording.trace)


def trace_gil_cell_magic(line, cell):
    """``%%trace_gil``: runs the cell with the GIL's hand-offs recorded and displays the trace; the cell's last expression's value."""
    from pyvm_kernel.magics.execution import _cell_body_source

    if line.strip():
        from IPython.core.error import UsageError

        raise UsageError("%%trace_gil takes no arguments")
    source, filename = _cell_body_source(cell)
    code = compile_cell(source, filename)
    recording = _Recording()
    try:
        with recording:
            return run_cell(code)
    finally:
        display(recording.trace)
