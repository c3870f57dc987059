# is versus ==, with None/True/False singletons and containers.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, None == None, True is True, (1 == 1) is True)
print(type(None).__name__, None == 0, None == False, not None)
class Weird:
    def __eq__(self, other):
        return True
w = Weird()
print(w == None, w is None, w == 1, w != 1)
