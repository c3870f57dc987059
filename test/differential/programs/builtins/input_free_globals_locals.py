# globals() and locals() contents in module and function scopes.
x = 5
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print('x' in globals(), globals()['x'], '__name__' in globals(), __name__)
g = globals()
g['injected'] = 'via globals'
print(injected)
class C:
    y = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(C.names)
