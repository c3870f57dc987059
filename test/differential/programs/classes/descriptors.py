# Data vs non-data descriptors and their precedence relative to instance dicts.
class NonData:
    def __get__(self, obj, owner):
        return 'nondata'
class Data:
    def __get__(self, obj, owner):
        return 'data'
    def __set__(self, obj, value):
        print('Data.__set__', value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d, C.nd, C.d)
c.__dict__['nd'] = 'instance'
c.__dict__['d'] = 'instance'
print(c.nd, c.d)
c.d = 5
c.nd = 6
print(c.nd, c.__dict__)
