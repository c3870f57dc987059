# An uncaught exception raised from another; the last stderr line is the final one.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f'cannot parse {s!r}') from e
print(parse('12'))
print(parse('twelve'))
