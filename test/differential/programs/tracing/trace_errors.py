# A trace function that raises: its exception propagates in the traced frame and
# tracing is turned off.
import sys


def target():
    x = 1
    y = x + 1
    return y


for failing_event in ('call', 'line', 'return'):
    def trace(frame, event, arg, failing_event=failing_event):
        if event == failing_event and frame.f_code.co_name == 'target':
            raise RuntimeError('trace failed on ' + event)
        return trace

    sys.settrace(trace)
    try:
        target()
    except RuntimeError as error:
        print('caught', error)
    print('trace after the error:', sys.gettrace())
    sys.settrace(None)


def profile(frame, event, arg):
    if event == 'c_call':
        raise ValueError('profile failed')


def measure():
    return len('abc')


sys.setprofile(profile)
try:
    measure()
except ValueError as error:
    print('caught', error)
print('profile after the error:', sys.getprofile())
sys.setprofile(None)

# f_trace_lines and f_trace_opcodes take bools only; f_trace may be deleted, f_lineno not.
frame = sys._getframe()
for attribute, value in [('f_trace_lines', 1), ('f_trace_opcodes', 'yes'), ('f_trace_lines', False)]:
    try:
        setattr(frame, attribute, value)
        print(attribute, getattr(frame, attribute))
    except TypeError as error:
        print('TypeError', error)
for attribute in ('f_trace_lines', 'f_trace', 'f_lineno'):
    try:
        delattr(frame, attribute)
        print('deleted', attribute, getattr(frame, attribute))
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
