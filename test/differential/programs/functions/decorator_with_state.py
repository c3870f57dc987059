# Decorators that keep state (call counts) and class-based decorators.
def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@counted
def hello(n):
    return 'hi' * n
hello(1); hello(2)
print(hello.calls, hello(3))
class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
