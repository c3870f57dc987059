# for-loop targets can be attributes and subscripts.
class Box:
    pass
b = Box()
for b.value in range(3):
    pass
print(b.value)
d = {}
for d['k'] in 'xyz':
    print(d)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
