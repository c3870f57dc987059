# Large powers of two and conversions between bases.
n = 2 ** 200
print(n)
print(hex(n), oct(n)[:10], bin(n).count('1'))
print(n.bit_length(), (n - 1).bit_length(), (n - 1).bit_count())
print(-n, -n // 3, -n % 3)
print(int(str(n)) == n, int(hex(n), 16) == n)
