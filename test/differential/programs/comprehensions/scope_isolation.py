# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = 'outer'
r = [x for x in range(3)]
print(x, r)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v + len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
y = 10
print([y + i for i in range(3)])
