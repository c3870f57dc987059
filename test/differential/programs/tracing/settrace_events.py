# sys.settrace: call, line, return and exception events of functions, loops, nested calls and try/except.
import sys

events = []


def tracer(frame, event, arg):
    code = frame.f_code
    offset = frame.f_lineno - code.co_firstlineno
    if event == 'exception':
        shown = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    elif event == 'return':
        shown = repr(arg)
    else:
        shown = arg
    events.append((code.co_name, offset, event, shown))
    return tracer


def add(a, b):
    return a + b


def loop(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    while total > 2:
        total -= 2
    return total


def fails():
    raise KeyError('missing')


def catches():
    try:
        fails()
    except KeyError as error:
        caught = error
    finally:
        note = 'finally'
    return str(caught), note


def propagates():
    fails()


def reraises():
    try:
        fails()
    except KeyError:
        raise


def conditional(x):
    if x > 1:
        y = 'big'
    else:
        y = 'small'
    return y


def main():
    loop(4)
    catches()
    try:
        propagates()
    except KeyError:
        pass
    try:
        reraises()
    except KeyError:
        pass
    conditional(0)
    conditional(5)
    [x * 2 for x in range(2)]
    lambda_value = (lambda v: v + 1)(1)
    return lambda_value


sys.settrace(tracer)
main()
sys.settrace(None)

for event in events:
    print(*event)
print(sys.gettrace())
