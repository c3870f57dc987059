# Floats inside containers use repr; str of floats in f-strings uses str.
data = [1.0, -0.0, 1e100, float('inf'), 0.1 + 0.2]
print(data)
print(tuple(data))
print({'a': 2.5, 'b': 1e-10})
print(f'{0.1 + 0.2}', f'{1e100}', f'{2.0}', f'{-0.0}', f'{1e16}', f'{123.0:}')
print(str(1e16), str(1e15), str(12345678901234567890.0))
