# Class bodies have their own scope that methods do not see.
x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def m(self):
        return x
    lst = [x for _ in range(1)]
print(C.y, C().m(), C.lst)
def f():
    v = 'enclosing'
    class D:
        w = v
        def get(self):
            return v
    class E:
        try:
            w = v
        except NameError as e:
            w = 'NameError: ' + str(e)
        v = 'class-local'
    return D.w, D().get(), E.w, E.v
print(f())
