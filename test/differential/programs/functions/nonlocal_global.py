# nonlocal and global statements rebinding outer variables.
g = 'global'
def f():
    global g
    g = 'changed'
    x = 'enclosing'
    def inner():
        nonlocal x
        x = 'inner-set'
    inner()
    return x
print(f(), g)
def counter():
    n = 0
    def bump(k):
        nonlocal n
        n += k
        return n
    return bump
b = counter()
print(b(1), b(5), b(-2))
def make_global():
    global created
    created = 42
make_global()
print(created)
