# globals() and locals(): the module namespace, a function's snapshot of its fast
# locals and cells (one dict per call, refreshed by each locals()), class bodies.

top = 'module value'
g = globals()
print(g is globals(), g['top'], '__name__' in g, g['__name__'])
g['injected'] = 'via globals()'
print(injected)
print(locals() is globals())


def snapshot(a, b=2):
    c = a + b
    first = locals()
    d = c * 2
    print(sorted(first))
    second = locals()
    print(first is second, sorted(second), second['d'])
    del c
    print('c' in locals())
    return first


result = snapshot(1)
print(sorted(result))


def with_cells():
    shared = 'shared'
    unset = None
    del unset

    def reader():
        return shared
    print(sorted(locals()), locals()['shared'])
    return reader


print(with_cells()())


def closure_view():
    outer_value = 5

    def inner():
        local = outer_value + 1
        return sorted(locals().items())
    return inner()


print(closure_view())


def exec_writes():
    x = 1
    exec('x = 2; y = 3')
    namespace = locals()
    return x, namespace['x'], namespace['y']


print(exec_writes())


class Body:
    alpha = 1
    names = sorted(locals())
    beta = alpha + 1
    snapshot = dict(locals())


print(Body.names, sorted(k for k in Body.snapshot if not k.startswith('__')), Body.snapshot['__qualname__'])


def generator_locals():
    total = 0
    for i in range(3):
        total += i
        yield sorted(locals().items())


print(list(generator_locals()))
print([sorted(locals()) for item in range(1)])
print(sorted(vars().keys()) == sorted(globals().keys()))
