# Lambda default values and free variables resolve at different times.
n = 1
f = lambda: n
g = lambda n=n: n
n = 2
print(f(), g())
def make():
    fs = []
    for k in range(3):
        fs.append(lambda: k)
    k = 'final'
    return fs
print([h() for h in make()])
