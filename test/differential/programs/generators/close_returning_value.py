# Generators that yield in finally during close() raise RuntimeError.
def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def polite():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
p = polite()
next(p)
p.close()
p.close()
print('closed twice ok')
