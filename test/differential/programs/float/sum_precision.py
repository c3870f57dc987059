# Summation of floats: naive sum versus math.fsum, and sum of ints to float.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0)
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(sum([1, 2.5, 3]), sum([], 0.0), sum(range(10)) / 10)
acc = 0.0
for i in range(1, 21):
    acc += 1 / i
print(acc)
