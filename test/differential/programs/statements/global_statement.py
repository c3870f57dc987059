# global statement at module level is allowed; global in function before use.
global g0
g0 = 'module'
def setter(v):
    global g1, g2
    g1 = v
    g2 = v * 2
setter(3)
print(g0, g1, g2)
def reader():
    return g1 + 1
print(reader())
def deleter():
    global g2
    del g2
deleter()
print('g2' in globals())
