# pass and Ellipsis as placeholder statements; Ellipsis identity and repr.
def todo():
    ...
def nothing():
    pass
print(todo(), nothing(), ..., Ellipsis is ..., repr(...), type(...).__name__)
class Empty:
    pass
print(Empty.__name__, bool(...))
if True:
    pass
print('end')
