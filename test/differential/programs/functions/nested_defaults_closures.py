# Closures over loop variables versus default-argument capture, and nested closure chains.
def chain():
    a = 1
    def f():
        b = 2
        def g():
            c = 3
            def h():
                return a + b + c
            return h
        return g
    return f
print(chain()()()())
callbacks = []
for i in range(3):
    def cb(i=i):
        return i * 10
    callbacks.append(cb)
print([c() for c in callbacks])
