# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def gen():
    yield 1
    raise StopIteration('inside')
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, e.__cause__)
def gen2():
    yield 1
    return 'retval'
g2 = gen2()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
