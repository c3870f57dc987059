# Shadowing builtins locally and globally, and restoring by deletion.
def f():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(f(), len([1, 2]))
list = 'no longer a type'
print(list)
del list
print(list('ab'))
import builtins
print(builtins.len is len, builtins.max(3, 4))
