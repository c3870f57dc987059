# Lambda expressions: defaults, closures, immediate invocation, and sort keys.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: 'now')(), (lambda *a, **k: (a, k))(1, x=2))
print(add.__name__, (lambda x: x).__name__)
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0] ** 2, pairs)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), compose(len, str)(12345))
