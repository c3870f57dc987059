# NameError messages for undefined globals, including suggestions CPython prints.
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_name + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
