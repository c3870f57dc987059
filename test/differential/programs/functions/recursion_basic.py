# Recursive functions: factorial, fibonacci with memo, and mutual recursion.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(fact(20), fib(90), is_even(10), is_odd(7), is_even(7))
