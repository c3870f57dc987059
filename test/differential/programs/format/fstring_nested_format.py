# f-strings with nested format specs, conditionals and method calls.
rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 3.999, 1)]
for name, price, qty in rows:
    print(f'{name:<12}|{price:>8.2f}|{qty:^5d}|{price * qty:>9.3f}')
x = 7
print(f'{"even" if x % 2 == 0 else "odd"}', f'{x:{"0" if x < 10 else ""}3}', f'{"abc".upper()}')
print(f'{3.5!r:>8}', f'{"s"!r:^7}', f'{x!s:*>4}')
print(f'''multi
{x}line''')
