# KeyError's str uses repr of its key; other exceptions use str.
for key in ('a', 1, (1, 2), '', None):
    try:
        {}[key]
    except KeyError as e:
        print(str(e), '|', repr(e))
print(str(KeyError()), str(KeyError('a', 'b')), str(ValueError('a')), str(IndexError()))
