# Decorators applied to methods, including staticmethod/classmethod stacking order.
def shout(fn):
    def w(*a, **k):
        return str(fn(*a, **k)).upper()
    return w
class C:
    name = 'c'
    @shout
    def inst(self):
        return 'instance ' + self.name
    @classmethod
    @shout
    def cls(cls):
        return 'class ' + cls.name
    @staticmethod
    @shout
    def stat(x):
        return 'static ' + x
print(C().inst(), C.cls(), C.stat('s'), C().stat('t'))
