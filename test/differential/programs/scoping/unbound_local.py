# Assigning anywhere in a function makes the name local, so earlier reads fail.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(f())
def g():
    del_me = 1
    del del_me
    try:
        return del_me
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(g())
