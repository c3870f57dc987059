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

def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'h' and frame.f_lineno == h.__code__.co_firstlineno + 2:
        del frame.f_locals['p']
    return tracer

def h(p):
    q = 1
    return p

for i in range(300):
    h(i)
sys.settrace(tracer)
try:
    print(h(5))
except UnboundLocalError as e:
    print('UnboundLocalError', e)
sys.settrace(None)
print(h(6))

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

for i in range(300):
    k(i)
sys.settrace(stopping_tracer)
try:
    print(k(5))
except UnboundLocalError as e:
    print('UnboundLocalError', e)
print(k(6))
