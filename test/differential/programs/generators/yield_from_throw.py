# throw() and close() propagate to the subgenerator through yield from.
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        print('sub caught KeyError')
        yield 'sub-recovered'
    finally:
        print('sub finally')
def deleg():
    yield from sub()
    yield 'deleg-after'
g = deleg()
print(next(g))
print(g.throw(KeyError))
print(next(g))
g2 = deleg()
next(g2)
g2.close()
print('done')
