# exec in a function cannot create locals visible to the function's code.
def f():
    exec('q = 5')
    try:
        return q
    except NameError as e:
        return 'NameError'
print(f())
def g():
    d = {}
    exec('q = 5', globals(), d)
    return d['q']
print(g())
exec('glob_created = 1')
print(glob_created)
print(eval('__name__'), eval('len')('abc'))
