# Function calls: naive recursion, keyword and default arguments, closures.
# Measures frame creation, argument binding and returns.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def add(a, b=1, *, scale=1):
    return (a + b) * scale


def make_counter(step):
    total = 0

    def bump():
        nonlocal total
        total += step
        return total

    return bump


def main():
    checksum = fib(31)
    checksum += tak(24, 16, 8)
    acc = 0
    for i in range(1_300_000):
        acc = add(acc, i % 7, scale=1) % 1_000_003
        acc = add(acc) % 1_000_003
    checksum += acc
    bump = make_counter(3)
    for _ in range(1_300_000):
        bump()
    checksum += bump()
    print("fib_calls", checksum)


main()
