# __bool__ takes precedence over __len__; bad return types raise TypeError.
class B:
    def __bool__(self):
        print('bool called'); return False
    def __len__(self):
        print('len called'); return 5
class L:
    def __len__(self):
        return 0
class Bad:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
print(bool(B()), bool(L()), not L(), bool(object.__new__(type('E', (), {}))))
for obj in (Bad(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
if L() or B():
    print('some true')
else:
    print('all false')
