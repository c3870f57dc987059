# Complex mixed with int and float, power, and hashing of real-valued complexes.
print(2 * (1 + 1j), 1.5 + 2j, (1 + 1j) * 2.0, 3 - 1j * 2)
print((2 + 0j) ** 3, 2 ** (1j * 0), (1j) ** 0.5)
print(hash(2 + 0j) == hash(2), hash(2.5 + 0j) == hash(2.5), {1: 'a', 1 + 0j: 'b'})
print(abs(3 + 4j), abs(-5j), (1 + 2j).real + (1 + 2j).imag)
print(sum([1j, 2, 3.5]), complex(1, 2) == complex('1+2j'))
