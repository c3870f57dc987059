# startswith/endswith with tuples and start/end positions.
s = 'hello.world.py'
print(s.startswith('hello'), s.startswith(('x', 'hel')), s.endswith('.py'), s.endswith(('.txt', '.md')))
print(s.startswith('world', 6), s.endswith('world', 0, 11), s.startswith('', 50), s.endswith('', 3, 2))
try:
    s.startswith(['hello'])
except TypeError as e:
    print(type(e).__name__, e)
