# __repr__ vs __str__: print uses str, containers use repr, str falls back to repr.
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr<>'
b, r = Both(), OnlyRepr()
print(b, r, [b, r], (b,), {'k': b}, str(b), repr(b), str(r), f'{b}', f'{b!r}', '%s %r' % (b, b))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
