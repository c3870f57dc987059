# f-strings with lambdas, dict access, escaped quotes and nested f-strings.
d = {'k': 'v', 'n': 5}
print(f"{d['k']}", f'{(lambda x: x * 2)(4)}', f'''{f"{d['n']:03}"}''', f'{d["n"]:03}')
print(f'{"a" "b"}', f'{3 if d else 4}', f'{[x for x in range(3)]}', f'{ {1, 2} }', f'{(1, 2)!r:>10}')
name = 'x'
print(f'{name!r:^9}|', f'{"{"}', f'{{{name}}}', f'{name}' f'{name}', rf'\n{name}')
import math
print(f'{math.pi:.{2 + 1}f}', f'{10:{"<"}{5}}|', f'{-0.0:+}', f'{1_000_000:_}')
