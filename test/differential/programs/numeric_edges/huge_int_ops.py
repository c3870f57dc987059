# Operations on huge ints: pow, multiplication, str length, and comparison to float inf.
x = 3 ** 1000
print(len(str(x)), x % 1000, x.bit_length(), x > 1e308, x < float('inf'), -x < float('-inf'))
y = x * x - 1
print((y + 1) == x ** 2, y.bit_length(), y % 7, (y // x) == x - 1)
print(int('9' * 100) + 1 == 10 ** 100, (10 ** 100) // 3 % 10, -(10 ** 100) // 3 % 10)
