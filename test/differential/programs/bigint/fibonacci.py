# Fibonacci numbers well past 64 bits.
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
    if i % 50 == 49:
        print(i + 1, a)
print(a % 1_000_000_007)
