# Modular exponentiation with big moduli and modular inverse.
p = 2 ** 127 - 1
print(pow(3, p - 1, p))
print(pow(12345678901234567890, 65537, p))
inv = pow(987654321, -1, p)
print(inv, inv * 987654321 % p)
print(pow(-2, 101, 10 ** 30))
print(2 ** 521 - 1)
