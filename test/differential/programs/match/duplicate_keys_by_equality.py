# A mapping pattern may not name the same key twice, where "the same" is Python's
# equality: 0, False, 0.0 and 0j are one key; b'a' and 'a' are two.
PATTERNS = [
    '{0: _, False: _}',
    '{0: _, 0.0: _}',
    '{0: _, 0j: _}',
    '{1: _, True: _}',
    '{-0: _, 0: _}',
    '{1.0: _, 1+0j: _}',
    '{0.5: _, 0.5+0j: _}',
    '{"a": _, b"a": _}',
    '{None: _, None: _}',
    '{2: _, 2.5: _}',
]
for pattern in PATTERNS:
    try:
        compile(f'match x:\n    case {pattern}:\n        pass\n', '<match>', 'exec')
        print(pattern, 'compiles')
    except SyntaxError as exc:
        print(pattern, '->', exc.msg)
