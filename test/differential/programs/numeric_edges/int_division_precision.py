# True division of large ints is correctly rounded, unlike float(a)/float(b).
a = 10 ** 40 + 1
b = 10 ** 20
print(a / b, float(a) / float(b), (2 ** 80 + 1) / 2 ** 27, 1 / 3 == 10 ** 30 // 3 / 10 ** 30)
print(123456789123456789 / 3, 123456789123456789 // 3, (10 ** 50 + 7) / 10 ** 50)
print(7 / 7, -9 / 3, 2 ** 1000 / 2 ** 999)
