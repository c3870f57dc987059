# Format specs for integers: widths, fills, signs, grouping and bases.
n = 1234567
for spec in ['d', '10d', '<10d', '^10d', '>10d', '=+12d', '+d', ' d', ',d', '_d', '_x', '#b', '#o', '#X', '010,d', 'n', '', 'e', '.2f', '%']:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, 'c'), format(0x263A, '^5c'))
try:
    format(3, '.2d')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(3, 's')
except ValueError as e:
    print(type(e).__name__, e)
