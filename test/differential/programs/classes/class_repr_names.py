# Names and qualnames of nested classes and their reprs (no addresses).
class Outer:
    class Inner:
        class Deep:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().method().__qualname__)
print(repr(Outer), repr(Outer.Inner), Outer.__module__, repr(int), repr(type))
print(str(Outer.Inner.Deep), Outer.Inner.__name__)
