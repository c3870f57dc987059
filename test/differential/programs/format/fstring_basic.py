# f-strings: expressions, conversions, nested braces, debug specifier.
name = 'World'
n = 42
pi = 3.14159
print(f'Hello, {name}!', f'{n + 1}', f'{n!r}', f'{name!r}', f'{name!s}', f'{name!a}', f'{"é"!a}')
print(f'{{literal}}', f'{n:>6}', f'{n:<6}|', f'{pi:.2f}', f'{n:#x}', f'{n:08b}')
print(f'{n=}', f'{pi = :.1f}', f'{name=!s}', f'{n*2=}')
items = [1, 2, 3]
print(f'{items[1]}', f'{len(items)}', f"{'nested' + '!'}", f'{ {"a": 1}["a"] }')
width = 10
print(f'{name:^{width}}', f'{pi:{width}.{3}}', f'[{n:{"+" if n > 0 else ""}}]')
