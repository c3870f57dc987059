# Int arithmetic and big ints: digits of pi with an unbounded spigot (Gibbons'
# streaming algorithm), factorials, and a big Fibonacci number by fast doubling.


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return out


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib_pair(n):
    # returns (F(n), F(n+1))
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def digit_sum(n):
    total = 0
    while n:
        n, d = divmod(n, 1_000_000_000)
        total += d % 9973
    return total


def main():
    digits = pi_digits(3_500)
    pi_check = sum(d * (i % 97 + 1) for i, d in enumerate(digits))
    f = factorial(8_000)
    fact_check = (f % 1_000_000_007, f.bit_length(), digit_sum(f))
    fb, _ = fib_pair(1_000_000)
    fib_check = (fb % 998_244_353, fb.bit_length())
    small = 0
    for i in range(1, 700_000):
        small = (small * 31 + i * i ^ (i << 3)) % 4_294_967_291
    print("bigint_pi", "".join(map(str, digits[:20])), pi_check, fact_check, fib_check, small)


main()
