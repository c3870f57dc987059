# A class's own attribute wins over a same-named method of its metaclass, in calls and loads.
class Meta(type):
    def hello(cls):
        return "meta hello"


class C(metaclass=Meta):
    @classmethod
    def hello(cls):
        return "class hello"


class Plain(metaclass=Meta):
    pass


for _ in range(3):
    print(C.hello(), C.hello.__func__.__qualname__, Plain.hello())
    print("abc".upper(), [1, 2].copy(), (5).bit_length())
