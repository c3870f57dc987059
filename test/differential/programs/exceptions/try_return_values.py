# Values returned from try, except and finally in various combinations.
def f(mode):
    out = []
    try:
        out.append('try')
        if mode == 'raise':
            raise ValueError
        if mode == 'return':
            return out
    except ValueError:
        out.append('except')
        return out + ['from except']
    else:
        out.append('else')
    finally:
        out.append('finally')
    out.append('after')
    return out
for m in ('normal', 'raise', 'return'):
    print(m, f(m))
