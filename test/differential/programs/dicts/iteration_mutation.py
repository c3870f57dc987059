# Changing dict size during iteration raises RuntimeError.
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 'a', 2: 'b'}
for k in list(d):
    d[k * 10] = d.pop(k)
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
