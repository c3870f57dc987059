# Double-underscore names are mangled with the class name.
class A:
    def __init__(self):
        self.__secret = 'A'
        self._prot = 'p'
    def get(self):
        return self.__secret
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = 'B'
b = B()
print(b.get(), sorted(vars(b)), b._A__secret, b._B__secret)
try:
    b.__secret
except AttributeError as e:
    print(type(e).__name__, e)
