# Chained assignment assigns the same object left to right to every target.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
log = []
class T:
    def __setitem__(self, k, v):
        log.append(k)
t = T()
t['first'] = t['second'] = 5
print(log)
x, y = z = (1, 2)
print(x, y, z)
i = lst = 0
print(i, lst)
