# An exception raised while handling another; stderr ends with the new one.
try:
    [].pop()
except IndexError:
    print('handling')
    {}.pop('missing')
