# Complex numbers: construction, arithmetic, reprs, real/imag parts.
a = 3 + 4j
b = complex(1, -2)
print(a, b, repr(a), a + b, a - b, a * b, a / b)
print(a.real, a.imag, a.conjugate(), abs(a), -a, +b)
print(1j * 1j, 1j ** 2, (1 + 2j) ** 2, 2j, -2j, 0j, complex())
print(complex('1+2j'), complex('-3.5j'), complex(' 7 '), complex(2.5))
print(a == 3 + 4j, a != b, 1 + 0j == 1, type(a).__name__)
