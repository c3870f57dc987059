# Big integer multiplication: 100! and its digit sum.
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), sum(int(c) for c in str(f)))
print(f % 1000003, f // 10 ** 150)
