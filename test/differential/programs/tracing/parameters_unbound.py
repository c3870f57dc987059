# Parameters read after a del, and after a trace function unbinds one through f_locals
# (then stops tracing): UnboundLocalError, with the code compiled or not.
import sys

def f(a, b, *args, c=1, **kw):
    x = a + b
    y = a
    return x, y, args, c, kw

def g(a):
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)

for i in range(300):
    f(i, 1, 2, c=3, d=4)
print(f(1, 2, 3, c=4, e=5), g(7))

def run_traced(func, tracer):
    """func(5) with `tracer` on, once func has run enough to be compiled; then func(6) untraced."""
    for i in range(300):
        func(i)
    sys.settrace(tracer)
    try:
        print(func(5))
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    sys.settrace(None)
    print(func(6))


def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'h' and frame.f_lineno == h.__code__.co_firstlineno + 2:
        del frame.f_locals['p']
    return tracer

def h(p):
    q = 1
    return p

run_traced(h, tracer)

def stopping_tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == "k" and frame.f_lineno == k.__code__.co_firstlineno + 2:
        del frame.f_locals['p']
        sys.settrace(None)
        frame.f_trace = None
        return None
    return stopping_tracer

def k(p):
    q = 1
    for i in range(3):
        q += i
    return p

run_traced(k, stopping_tracer)
