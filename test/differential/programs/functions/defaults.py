# Default arguments are evaluated once at definition time.
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
counter = 10
def show(v=counter):
    return v
counter = 20
print(show(), show.__defaults__)
def safe(x, lst=None):
    lst = [] if lst is None else lst
    lst.append(x)
    return lst
print(safe(1), safe(2))
