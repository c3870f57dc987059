# round() of integers with negative ndigits uses round-half-even.
for n in (15, 25, 35, 149, 150, 250, -250, -15, 12345, 99):
    print(n, round(n, -1), round(n, -2), round(n), round(n, 2), type(round(n, -1)).__name__)
print(round(5, -1), round(-5, -1), round(0, -3))
print(round(-15, -1), round(-25, -1), round(10 ** 20 + 5, -1))
print(round(True), type(round(True)).__name__)
