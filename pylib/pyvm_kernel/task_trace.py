"""Asyncio task traces: what each task did and when, drawn from the VM's trace hook.

``%%trace_tasks`` runs a cell (which may await at top level) with the hook on;
``await trace(coro)`` runs a coroutine so. Both display a ``TaskTrace``: a timeline,
one lane per task (running, ready, awaiting, sleeping, and how it ended), with the
edges from each task to the tasks it created and awaited; the await graph as a tree,
as ``python -m asyncio pstree`` prints one (Python 3.14), with source lines; and a
``text/plain`` summary. While an awaiting cell or ``trace()`` runs, the display is
updated every ``REFRESH_SECONDS`` by a task on the kernel's loop; a synchronous cell
(one calling ``asyncio.run``) runs a loop of its own, so its display is refreshed
after a step ends instead, at most every ``REFRESH_SECONDS`` (not while all its
tasks wait).

The events come from the builtin module ``_pyvm_asyncio_trace`` (its docstring says
what they hold), which works outside the kernel too.
"""
import asyncio
import os

import _pyvm_asyncio_trace as _recorder
from pyvm_kernel.trace_common import BASE_STYLE, TraceView, CO_COROUTINE, clip, compile_cell, display, duration, escape, run_cell, seconds, time_axis

__all__ = ["TaskTrace", "trace", "trace_tasks_cell_magic", "REFRESH_SECONDS"]

REFRESH_SECONDS = 0.2

# The tasks asyncio.run() makes to clean up after the main task: not the program's.
_RUNNER_TASKS = frozenset({"BaseEventLoop.shutdown_asyncgens", "BaseEventLoop.shutdown_default_executor"})
# The coroutine that refreshes a live display: not the traced program's either.
_REFRESHER = "_refresh_display"

_OUTCOMES = ("done", "cancelled", "failed")


class _Segment:
    __slots__ = ("start", "end", "state", "detail", "place")

    def __init__(self, start, state, detail=None, place=None):
        self.start = start
        self.end = None
        self.state = state
        self.detail = detail
        self.place = place


class _Task:
    """One task as the events tell it."""

    def __init__(self, number, time, name, coroutine, parent, place):
        self.number = number
        self.created = time
        self.name = name
        self.coroutine = coroutine
        self.parent = parent
        self.place = place
        self.segments = [_Segment(time, "ready")]
        self.steps = 0
        self.running = 0.0
        self.outcome = None
        self.outcome_detail = None
        self.ended = None
        # Where its own code last suspended.
        self.suspended_at = None
        # Each task it waited on, with the place it waited from and how the wait was described.
        self.awaited = {}

    def switch(self, time, state, detail=None, place=None):
        last = self.segments[-1]
        last.end = time
        self.segments.append(_Segment(time, state, detail, place))


class TaskTrace(TraceView):
    """The trace of a run: ``events`` as ``_pyvm_asyncio_trace`` records them; ``live`` while it still runs."""

    def __init__(self, events, live=False):
        self.events = list(events)
        self.live = live
        self.tasks = {}
        self.start = self.end = None
        self._read()

    # ---------------------------------------------------------------- reading

    def _read(self):
        tasks = self.tasks
        for event in self.events:
            kind, time, number = event[0], event[1], event[2]
            if self.start is None:
                self.start = time
            self.end = time
            if kind in ("create", "task"):
                _, _, _, name, coroutine, parent, file, line = event
                tasks[number] = _Task(number, time, name, coroutine, parent, (file, line))
                continue
            task = tasks.get(number)
            if task is None:
                continue
            if kind == "step":
                task.name = event[3]
                task.steps += 1
                task.switch(time, "running")
            elif kind == "end":
                _, _, _, how, what, awaited, file, line = event
                running = task.segments[-1]
                if running.state == "running":
                    task.running += time - running.start
                if how == "done":
                    task.switch(time, "ended")
                else:
                    state = {"sleep": "sleeping", "await": "awaiting", "ready": "ready"}[how]
                    task.switch(time, state, what, (file, line))
                    if file is not None:
                        task.suspended_at = (file, line)
                    for other in awaited or ():
                        task.awaited.setdefault(other, ((file, line), what))
            elif kind in _OUTCOMES:
                task.outcome = kind
                task.outcome_detail = event[3:]
                task.ended = time
        if self.start is None:
            self.start = self.end = 0.0
        for task in tasks.values():
            task.segments[-1].end = task.ended if task.ended is not None else self.end
        hidden = {number for number, task in tasks.items() if task.coroutine in _RUNNER_TASKS or task.coroutine == _REFRESHER}
        for number in hidden:
            del tasks[number]

    # ---------------------------------------------------------------- text

    def summary(self):
        """Per task: name, coroutine, where and by whom it was created, time running, steps, outcome."""
        tasks = list(self.tasks.values())
        span = self.end - self.start
        head = "asyncio task trace: %d task%s over %s%s" % (len(tasks), "" if len(tasks) == 1 else "s", duration(span), " (running)" if self.live else "")
        rows = [("task", "coroutine", "created at", "by", "running", "steps", "outcome")]
        for task in tasks:
            parent = self.tasks.get(task.parent)
            rows.append((
                task.name,
                task.coroutine + "()",
                _place(task.place) or "-",
                parent.name if parent is not None else "-",
                duration(task.running),
                str(task.steps),
                self._outcome_text(task),
            ))
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        lines = [head]
        for row in rows:
            lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
        return "\n".join(lines)

    def _outcome_text(self, task):
        if task.outcome is None:
            last = task.segments[-1]
            return "pending" + (": %s %s" % (last.state, last.detail) if last.detail else "")
        if task.outcome == "done":
            return "done: " + task.outcome_detail[0]
        if task.outcome == "cancelled":
            message = task.outcome_detail[0]
            return "cancelled" + ("" if message is None else ": " + message)
        kind, message = task.outcome_detail
        return "failed: %s%s" % (kind, ": " + message if message else "")

    def tree(self):
        """The await graph as ``python -m asyncio pstree`` draws it: each task, then what it awaited from where."""
        awaited = {other for task in self.tasks.values() for other in task.awaited}
        roots = [task for task in self.tasks.values() if task.number not in awaited]
        lines = []
        for index, root in enumerate(roots):
            self._tree_lines(root, "", index == len(roots) - 1, lines, set())
        return "\n".join(lines)

    def _tree_lines(self, task, prefix, last, lines, seen):
        lines.append(prefix + ("└── " if last else "├── ") + "(T) " + task.name)
        prefix += "    " if last else "│   "
        if task.number in seen:
            return
        seen = seen | {task.number}
        # The awaits grouped by where the task waited from, as pstree groups by frame.
        by_place = {}
        for other, (place, what) in task.awaited.items():
            if other in self.tasks:
                by_place.setdefault((place, what), []).append(self.tasks[other])
        if not by_place:
            lines.append(prefix + "└──  " + _frame_text(task.coroutine, task.suspended_at or task.place))
            return
        groups = list(by_place.items())
        for group_index, ((place, what), children) in enumerate(groups):
            last_group = group_index == len(groups) - 1
            lines.append(prefix + ("└──  " if last_group else "├──  ") + _frame_text(task.coroutine, place) + ("" if len(children) == 1 else "  awaits " + what))
            child_prefix = prefix + ("    " if last_group else "│   ")
            for child_index, child in enumerate(children):
                self._tree_lines(child, child_prefix, child_index == len(children) - 1, lines, seen)

    # ---------------------------------------------------------------- HTML

    def html(self):
        scope = "pyvm-tasks-" + os.urandom(4).hex()
        return (
            '<div class="%s">' % scope
            + "<style>" + _STYLE.replace(".S", "." + scope) + "</style>"
            + self.svg()
            + _legend()
            + '<details open><summary>await graph</summary><pre class="tree">%s</pre></details>' % escape(self.tree() or "(no tasks)")
            + "</div>"
        )

    def svg(self):
        tasks = list(self.tasks.values())
        span = max(self.end - self.start, 1e-6)
        label_width, lane_height, top, width = 190, 24, 28, 760
        plot = width - label_width - 12
        height = top + lane_height * max(len(tasks), 1) + 8
        lane_of = {task.number: index for index, task in enumerate(tasks)}

        def x(time):
            return label_width + (time - self.start) / span * plot

        def y(number):
            return top + lane_of[number] * lane_height + lane_height / 2

        parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img">' % (width, height, width, height)]
        parts.append('<title>asyncio task timeline</title>')
        parts += time_axis(x, self.start, span, top, height - 8)
        for task in tasks:
            lane_y = y(task.number)
            parts.append('<g class="lane" data-task="%s">' % escape(task.name))
            parts.append('<text class="label" x="4" y="%.1f"><title>%s</title>%s</text>' % (lane_y + 4, escape(self._task_tooltip(task)), escape(clip(task.name + " · " + task.coroutine + "()", 30))))
            for segment in task.segments:
                if segment.state == "ended":
                    continue
                x1, x2 = x(segment.start), x(segment.end)
                parts.append('<rect class="%s" x="%.1f" y="%.1f" width="%.1f" height="%d"><title>%s</title></rect>' % (
                    segment.state, x1, lane_y - 7, max(x2 - x1, 1.0), 14, escape(self._segment_tooltip(task, segment))))
            if task.outcome is not None:
                ex = x(task.ended)
                parts.append('<rect class="%s" x="%.1f" y="%.1f" width="6" height="18"><title>%s</title></rect>' % (
                    task.outcome, ex - 1, lane_y - 9, escape(task.name + ": " + self._outcome_text(task))))
            parts.append("</g>")
        # Creation edges (parent → child) and await edges (waiter → awaited), over the lanes.
        for task in tasks:
            if task.parent in lane_of:
                cx = x(task.created)
                parts.append('<path class="created" d="M%.1f %.1f L%.1f %.1f"><title>%s created %s</title></path>' % (
                    cx, y(task.parent), cx, y(task.number), escape(self.tasks[task.parent].name), escape(task.name)))
            for other, (place, what) in task.awaited.items():
                if other not in lane_of:
                    continue
                since = next((s.start for s in task.segments if s.state == "awaiting" and s.place == place), task.created)
                ax = x(since)
                parts.append('<path class="awaits" d="M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f"><title>%s awaits %s at %s</title></path>' % (
                    ax, y(task.number), ax + 14, y(task.number), ax + 14, y(other), ax + 3, y(other),
                    escape(task.name), escape(self.tasks[other].name), escape(_place(place) or "?")))
        parts.append("</svg>")
        return "".join(parts)

    def _task_tooltip(self, task):
        parent = self.tasks.get(task.parent)
        return "%s: %s()\ncreated at %s%s\nrunning %s in %d step%s\n%s" % (
            task.name, task.coroutine, _place(task.place) or "?", " by " + parent.name if parent else "",
            duration(task.running), task.steps, "" if task.steps == 1 else "s", self._outcome_text(task))

    def _segment_tooltip(self, task, segment):
        what = segment.state + (" on " + segment.detail if segment.detail and segment.state == "awaiting" else " " + segment.detail if segment.detail else "")
        where = _place(segment.place)
        return "%s: %s%s\n%s – %s (%s)" % (
            task.name, what, " at " + where if where else "",
            seconds(segment.start - self.start), seconds(segment.end - self.start), duration(segment.end - segment.start))


# ---------------------------------------------------------------- formatting helpers

_STYLE = BASE_STYLE + """.S .running { fill: var(--jp-brand-color1, #2f7ed8); }
.S .ready { fill: var(--jp-layout-color3, #bbb); opacity: 0.6; }
.S .awaiting { fill: var(--jp-warn-color2, #f0b34a); opacity: 0.75; }
.S .sleeping { fill: var(--jp-info-color2, #9bc4e8); opacity: 0.75; }
.S .done { fill: var(--jp-success-color1, #3a9a3a); }
.S .cancelled { fill: var(--jp-ui-font-color2, #888); }
.S .failed { fill: var(--jp-error-color1, #d32f2f); }
.S .created { stroke: var(--jp-ui-font-color2, #777); stroke-dasharray: 2 2; fill: none; }
.S .awaits { stroke: var(--jp-warn-color1, #e08e0b); fill: none; }
.S .legend span { display: inline-block; margin-right: 12px; }
.S .legend i { display: inline-block; width: 12px; height: 10px; margin-right: 4px; vertical-align: middle; }
.S .tree { font-family: var(--jp-code-font-family, monospace); font-size: 12px; color: var(--jp-content-font-color1, #333); background: none; }
"""

_LEGEND = (("running", "running"), ("ready", "ready to run"), ("awaiting", "awaiting a task or future"), ("sleeping", "sleeping"),
           ("done", "done"), ("cancelled", "cancelled"), ("failed", "failed"))


def _legend():
    items = "".join('<span><svg width="12" height="10"><rect class="%s" width="12" height="10"/></svg> %s</span>' % (state, text) for state, text in _LEGEND)
    items += '<span><svg width="16" height="10"><path class="created" d="M0 5 H16"/></svg> created</span>'
    items += '<span><svg width="16" height="10"><path class="awaits" d="M0 5 H16"/></svg> awaits</span>'
    return '<div class="legend">%s</div>' % items


def _place(place):
    if place is None or place[0] is None:
        return None
    file, line = place
    name = file if file.startswith("<") else os.path.basename(file)
    return "%s:%s" % (name, line)


def _frame_text(coroutine, place):
    where = _place(place)
    return coroutine + (" " + where if where else "")


# ---------------------------------------------------------------- running traced code

def _check_idle():
    if _recorder.is_active():
        raise RuntimeError("an asyncio task trace is already being recorded")


def _start(handle, awaits):
    """Starts the record, the display refreshed by a task when the code awaits, else after steps."""
    _recorder.start(None if awaits else lambda: _refresh(handle), REFRESH_SECONDS)


def _refresh(handle):
    display(TaskTrace(_recorder.events(), live=True), handle)


async def _refresh_display(handle):
    while True:
        await asyncio.sleep(REFRESH_SECONDS)
        _refresh(handle)


async def trace(coro):
    """Awaits ``coro`` with the trace hook on, displaying its trace (live while it runs); its result."""
    _check_idle()
    handle = display(TaskTrace([], live=True))
    _start(handle, awaits=True)
    refresher = asyncio.ensure_future(_refresh_display(handle))
    try:
        return await coro
    finally:
        refresher.cancel()
        display(TaskTrace(_recorder.stop()), handle)


def trace_tasks_cell_magic(line, cell):
    """``%%trace_tasks``: runs the cell with the trace hook on and displays the trace; the cell's last expression's value."""
    from pyvm_kernel.magics.execution import _cell_body_source

    if line.strip():
        from IPython.core.error import UsageError

        raise UsageError("%%trace_tasks takes no arguments")
    source, filename = _cell_body_source(cell)
    code = compile_cell(source, filename)
    _check_idle()
    handle = display(TaskTrace([], live=True))
    _start(handle, awaits=bool(code.co_flags & CO_COROUTINE))
    try:
        return run_cell(code, companion=lambda: _refresh_display(handle))
    finally:
        display(TaskTrace(_recorder.stop()), handle)
