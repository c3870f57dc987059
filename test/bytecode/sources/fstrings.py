# f-strings: conversions, format specs (nested ones too), the = form, concatenation.
def render(name, value, width, precision):
    a = f'{name}'
    b = f'{name!s} {name!r} {name!a}'
    c = f'{value:>10} {value:{width}.{precision}f} {value!r:^{width}}'
    d = f'{value=} {value = !s} {width=:>5}'
    e = 'plain ' f'{name}' ' tail'
    f = f'{f"{name}"}' f'{{literal braces}}'
    return a + b + c + d + e + f
