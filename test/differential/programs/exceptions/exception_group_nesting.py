# except* with nested groups: matched leaves are regrouped preserving structure.
eg = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
try:
    raise eg
except* ValueError as g:
    print('values:', repr(g))
except* TypeError as g:
    print('types:', repr(g))
def raiser():
    try:
        raise ExceptionGroup('x', [KeyError(1)])
    except* KeyError:
        raise ValueError('replacement')
try:
    raiser()
except Exception as e:
    print(repr(e), repr(e.__context__))
