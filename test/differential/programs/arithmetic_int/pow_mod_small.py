# Three-argument pow with word-sized operands (pyvm computes those without bigints):
# signs of base and modulus, zero and huge exponents, moduli around the size where a
# product of two residues stops being exact in a double.
moduli = [1, -1, 2, -2, 7, -7, 97, 1000003, 94906265, -94906265, 94906266, 2 ** 31 - 1, 2 ** 53 - 1]
bases = [0, 1, -1, 2, -3, 12345, -98765, 94906264, 2 ** 52 + 1, -(2 ** 53) + 5]
exponents = [0, 1, 2, 3, 17, 65537, 2 ** 40 + 3, 2 ** 53 - 1]
for m in moduli:
    print(m, [pow(b, e, m) for b in bases for e in exponents])
print(sum(pow(v, 3, 97) for v in range(-500, 500)))
print(pow(True, 5, 3), pow(7, True, 5), pow(3, 4, True))
