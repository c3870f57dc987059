# A reusable context manager counting nesting depth.
class Depth:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        print('  ' * self.level + f'enter {self.level}')
        return self.level
    def __exit__(self, *exc):
        print('  ' * self.level + f'exit {self.level}')
        self.level -= 1
d = Depth()
with d as a:
    with d as b:
        with d as c:
            print(a, b, c)
print(d.level)
