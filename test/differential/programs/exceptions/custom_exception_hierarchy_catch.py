# Catching a base class catches subclasses; order of except clauses matters.
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
def which(exc):
    try:
        raise exc
    except Leaf:
        return 'Leaf handler'
    except Base as e:
        return f'Base handler for {type(e).__name__}'
print(which(Leaf()), which(Mid()), which(Base()))
try:
    which(ValueError('other'))
except ValueError as e:
    print('uncaught by which:', e)
print([c.__name__ for c in Leaf.__mro__])
