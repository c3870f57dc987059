# Two closures sharing one cell see each other's updates.
def pair():
    v = 0
    def get():
        return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
get2, set2 = pair()
set2(7)
print(get(), get2())
