# partition and rpartition, including separators not present.
for s in ['key=value', 'a=b=c', 'novalue', '=start', 'end=']:
    print(s.partition('='), s.rpartition('='))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
