# __call__ makes instances callable; callable() reports it.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return self.n + x + sum(rest)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder), callable(5), list(map(add5, [0, 10])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    'str'()
except TypeError as e:
    print(type(e).__name__, e)
