# Control flow through try/except/else/finally in success and failure cases.
def run(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError:
        print('except')
        return 'handled'
    else:
        print('else', r)
        return r
    finally:
        print('finally')
print(run(2))
print(run(0))
