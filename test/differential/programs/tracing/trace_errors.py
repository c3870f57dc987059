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
