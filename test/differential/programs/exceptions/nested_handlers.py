# An exception raised in a handler propagates to an outer handler with context.
def level3():
    raise KeyError('deep')
def level2():
    try:
        level3()
    except KeyError as e:
        raise LookupError('mid') from e
def level1():
    try:
        level2()
    except LookupError as e:
        return f'{type(e).__name__}:{e} caused by {type(e.__cause__).__name__}:{e.__cause__}'
print(level1())
