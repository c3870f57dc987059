# ExceptionGroup construction, subgroup, split and derive.
eg = ExceptionGroup('many', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [ValueError('v2'), KeyError('k')])])
print(repr(eg.message), len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print(type(e).__name__, e)
bg = BaseExceptionGroup('base', [ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
