# throw() raises inside the generator at the yield; close() raises GeneratorExit.
def worker():
    try:
        while True:
            try:
                yield 'ready'
            except ValueError as e:
                print('handled inside', e)
                yield 'recovered'
    finally:
        print('cleanup')
g = worker()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
g.close()
print(g.gi_frame is None)
try:
    g.throw(KeyError('after close'))
except KeyError as e:
    print('propagated', repr(e))
