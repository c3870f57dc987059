# The 'as' name is deleted at the end of the except block.
e = 'before'
try:
    1 / 0
except ZeroDivisionError as e:
    print('inside', type(e).__name__)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    try:
        raise ValueError
    except ValueError as exc:
        pass
    return 'exc' in locals()
print(f())
