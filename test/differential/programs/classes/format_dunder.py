# __format__ with format specs, and __str__ being used by the empty spec default.
class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)
    def __format__(self, spec):
        if spec == 'hex':
            return '#' + ''.join(f'{c:02x}' for c in self.rgb)
        if spec == '':
            return str(self)
        raise ValueError(f'bad spec {spec!r}')
    def __str__(self):
        return f'Color{self.rgb}'
c = Color(255, 128, 0)
print(f'{c}', f'{c:hex}', format(c, 'hex'), '{:hex}'.format(c))
try:
    f'{c:rgb}'
except ValueError as e:
    print(type(e).__name__, e)
