# Mapping patterns match subsets of keys and capture the rest with **.
def handle(evt):
    match evt:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} extra={rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case _:
            return 'not an event'
for e in ({'type': 'click', 'pos': (1, 2)}, {'type': 'key', 'key': 'a', 'mod': 'ctrl'}, {'type': 'key', 'key': 5}, {'type': 'scroll'}, {}, [1]):
    print(handle(e))
