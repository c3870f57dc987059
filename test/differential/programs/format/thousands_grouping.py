# Thousands separators for ints and floats, with _ grouping for hex/bin.
for n in [0, 999, 1000, -1234567, 10 ** 12]:
    print(f'{n:,}', f'{n:_}', f'{n:_x}', f'{n:_b}' if n < 10000 else '', f'{n * 1.5:,.2f}')
print(f'{1234.5:,}', f'{1234567.891:_.1f}', f'{0.5:,}')
try:
    format(1, ',_')
except ValueError as e:
    print(type(e).__name__, e)
