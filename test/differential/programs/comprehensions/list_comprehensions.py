# List comprehensions with filters, nested loops and expressions.
print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c for word in ['ab', 'cd'] for c in word if c != 'c'])
print([x if x > 0 else -x for x in [-2, 3, -4]])
print([i for i in range(20) if i % 2 if i % 3])
