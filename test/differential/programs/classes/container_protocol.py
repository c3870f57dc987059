# __getitem__, __setitem__, __delitem__, __iter__ and __contains__ on a container class.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __iter__(self):
        return iter(sorted(self.cells))
g = Grid()
g[0, 0] = 'X'; g[1, 2] = 'O'; g[2, 1] = 'X'
del g[2, 1]
print(g[0, 0], g[5, 5], list(g), (1, 2) in g, (2, 1) in g)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
