# with statements: single, several items, nested, targets that unpack, returns inside.
def read(path, other):
    with open(path) as f:
        data = f.read()
    with open(path) as a, open(other) as (b, c):
        pass
    with open(path):
        with open(other) as g:
            return g.read() + data
