# Chained and tuple assignment evaluation order with attribute/subscript targets.
log = []
class Rec:
    def __setattr__(self, k, v):
        log.append(('set', k, v))
        object.__setattr__(self, k, v)
r = Rec()
r.a = r.b = 5
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(log, x, i)
a = b = []
a.append(1)
print(a, b)
