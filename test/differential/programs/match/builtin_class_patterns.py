# Builtin classes like int/str/list in class patterns match by isinstance and bind self.
def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(n):
            return f'int {n}'
        case float(f) | (complex() as f):
            return f'number {f}'
        case str() as s if not s:
            return 'empty str'
        case str(s):
            return f'str {s}'
        case list([x, *_]):
            return f'nonempty list starting {x}'
        case dict():
            return 'dict'
    return 'other'
for v in (True, 3, 2.5, 1j, '', 'x', [9, 8], [], {'a': 1}, None):
    print(kind(v))
