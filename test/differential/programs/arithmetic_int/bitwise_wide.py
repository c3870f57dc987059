# Bitwise operators and shifts on ints past 32 bits and around 2**53, where a JS number
# no longer has the bits a 32-bit operator sees, and string hashing loops that mask.

values = [0, 1, -1, 2**31 - 1, 2**31, -2**31, 2**32 - 1, 2**32, -2**32, 2**52, -2**52,
          2**53 - 1, -(2**53 - 1), 2**53, 2**60 + 12345, -(2**63), 0xFFFFFFFF, 12345678901234]
for a in values:
    row = []
    for b in values[::3]:
        row.append((a & b) % 1000003)
        row.append((a | b) % 1000003)
        row.append((a ^ b) % 1000003)
    print(a, sum(row))

for k in (0, 1, 20, 21, 30, 31, 32, 52, 53, 60):
    print(k, 1 << k, -3 << k, (2**40 + 1) << k % 20, (2**53 - 1) >> k)

h = 0
for ch in "the quick brown fox jumps over the lazy dog" * 50:
    h = (h * 131 + ord(ch)) & 0xFFFFFFFF
print(h)
x = 0x123456789
print(x & 0xFFFF0000FFFF, x | 2**40, x ^ -x, ~x & 0xFFFFFFFFFF)
