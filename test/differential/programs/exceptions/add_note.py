# add_note appends to __notes__; notes must be strings.
try:
    try:
        raise ValueError('base')
    except ValueError as e:
        e.add_note('first note')
        e.add_note('second note')
        raise
except ValueError as e:
    print(e, e.__notes__)
e = KeyError('x')
print(hasattr(e, '__notes__'))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
