# Class variables updated through type(self) versus self create different attributes.
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Shadow:
    count = 0
    def __init__(self):
        self.count += 1
a, b = Counter(), Counter()
print(Counter.count, a.count)
s1, s2 = Shadow(), Shadow()
print(Shadow.count, s1.count, s2.count, 'count' in vars(s1))
class Sub(Counter):
    pass
Sub()
print(Counter.count, Sub.count)
