# The value of yield is None with next(); yield in expressions and as a statement.
def g():
    a = yield 1
    b = (yield 2) + 10 if a is None else 0
    c = yield
    print('a', a, 'b', b, 'c', c)
    yield [(yield 'x'), (yield 'y')]
it = g()
print(next(it), next(it))
print(it.send(5))
print(it.send('C'))
print(it.send('first'), it.send('second'))
