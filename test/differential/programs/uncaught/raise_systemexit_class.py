# raise SystemExit with an int code, raised from nested calls.
def inner():
    print('inner')
    raise SystemExit(42)
def outer():
    try:
        inner()
    finally:
        print('outer finally runs')
outer()
