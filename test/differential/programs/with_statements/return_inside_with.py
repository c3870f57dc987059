# return, break and continue inside with blocks still run __exit__.
class T:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', self.n)
def f():
    with T('ret'):
        return 'value'
print(f())
for i in range(3):
    with T(i):
        if i == 0:
            continue
        if i == 1:
            break
print('end')
