# Recursion to depth 900 works under the default limit of 1000.
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
def sum_list(xs, i=0):
    return 0 if i == len(xs) else xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(800))))
import sys
print(sys.getrecursionlimit())
