# format() builtin with various spec strings and types.
print(format(12345.678, ',.1f'), format(42, 'b'), format(0.5, '%'), format('x', '>3'), format(3, '03d'))
print(format(-1, '+'), format(1, '+'), format(255, '#010x'), format(1e6, 'e'), format(float('nan'), '+'))
try:
    format(1, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
print(format(True, ''), format(None, ''))
