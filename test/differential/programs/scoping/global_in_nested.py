# global declarations in nested functions and module-level rebinding visible in functions.
count = 0
def outer():
    def inner():
        global count
        count += 1
    for _ in range(3):
        inner()
    return count
print(outer(), count)
def reader():
    return later
later = 'defined after'
print(reader())
def shadow(count=100):
    return count
print(shadow(), count)
