# The local trace function: its value replaces f_trace (None keeps it), f_trace_lines,
# f_trace_opcodes, a global trace returning None for some frames, and f_trace set on a
# frame that is already running (as debuggers do).
import sys

events = []


def record(name):
    def trace(frame, event, arg):
        events.append((name, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, event))
        return trace
    return trace


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


def skipped():
    return work(1)


def selective(frame, event, arg):
    events.append(('global', frame.f_code.co_name, event))
    if frame.f_code.co_name == 'skipped':
        return None
    return record('local')


print('-- a global trace choosing frames')
sys.settrace(selective)
work(2)
skipped()
sys.settrace(None)


def once(frame, event, arg):
    events.append(('once', frame.f_code.co_name, event))
    # After 'call', a local trace that returns None stays the frame's f_trace.
    return once if event == 'call' else None


print('-- a local trace returning None')
sys.settrace(once)
work(2)
sys.settrace(None)


def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    events.append(('no_lines', frame.f_code.co_name, event))
    return no_lines


print('-- f_trace_lines = False')
sys.settrace(no_lines)
work(2)
sys.settrace(None)

opcodes = []


def with_opcodes(frame, event, arg):
    frame.f_trace_opcodes = True
    if frame.f_code.co_name == 'work':
        opcodes.append(event)
    return with_opcodes


print('-- f_trace_opcodes = True')
sys.settrace(with_opcodes)
work(3)
sys.settrace(None)
print('opcode events', opcodes.count('opcode'), 'line events', opcodes.count('line'))


def nothing():
    pass


def running():
    frame = sys._getframe()
    frame.f_trace = record('attached')
    # (Compiled code runs on until it enters a Python function, jumps back or resumes:
    # the frame is stepped, and traced, from there.)
    sys.settrace(lambda *args: None); nothing()
    a = 1
    b = a + 1
    sys.settrace(None)
    return b


print('-- f_trace set on a running frame')
running()

print('-- frame attributes')
def show(frame, event, arg):
    if event == 'call':
        print(frame.f_trace, frame.f_trace_lines, frame.f_trace_opcodes)
    return None
sys.settrace(show)
work(1)
sys.settrace(None)

for event in events:
    print(*event)
