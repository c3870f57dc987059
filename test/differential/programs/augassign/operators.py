# Every augmented assignment operator on ints, floats and strings.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1111; print(x)
x |= 0b10000; print(x)
x ^= 0b101; print(x)
s = 'ab'
s *= 3; s += '!'; print(s)
