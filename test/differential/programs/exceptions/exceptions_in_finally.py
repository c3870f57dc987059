# An exception in finally replaces the original; the original becomes __context__.
try:
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
except Exception as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__, e.__context__)
def g():
    try:
        return 'from try'
    finally:
        print('finally before return completes')
print(g())
