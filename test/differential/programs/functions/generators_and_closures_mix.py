# Closures inside generators capture loop state correctly.
def makers():
    for i in range(3):
        yield lambda: i
fs = list(makers())
print([f() for f in fs])
gens = makers()
first = next(gens)
print(first())
second = next(gens)
print(first(), second())
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))
