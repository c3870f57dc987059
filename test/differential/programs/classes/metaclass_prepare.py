# Metaclass __prepare__ supplies the class namespace; __init__ of metaclass runs after __new__.
class Recording(dict):
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            print('define', k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name, type(ns).__name__)
        super().__init__(name, bases, ns)
class C(metaclass=Meta):
    x = 1
    def f(self):
        pass
    y = x + 1
print(C.y)
