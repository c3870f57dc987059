# Star patterns with wildcard, and mapping rest capture ordering.
def m(v):
    match v:
        case [*_, 'end']:
            return 'ends with end'
        case ['start', *rest] if rest:
            return f'start + {len(rest)}'
        case {'a': 1, **rest}:
            return f'a=1 rest={sorted(rest.items())}'
        case _:
            return '?'
for v in (['x', 'end'], ['start', 1, 2], ['start'], {'a': 1, 'z': 2, 'b': 3}, {'a': 2}):
    print(m(v))
