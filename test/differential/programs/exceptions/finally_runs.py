# finally runs on return, break, continue and exceptions, in nested try blocks.
def f():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('caught', e)
        return 'returned'
    finally:
        print('outer finally')
print(f())
for i in range(2):
    try:
        if i == 0:
            continue
        break
    finally:
        print('loop finally', i)
