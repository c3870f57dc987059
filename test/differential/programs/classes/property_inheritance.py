# Overriding a property in a subclass and extending it with super().
class Base:
    @property
    def value(self):
        return 10
    @property
    def label(self):
        return 'base'
class Child(Base):
    @property
    def value(self):
        return super().value * 2
    @Base.label.getter
    def label(self):
        return 'child'
print(Base().value, Child().value, Child().label)
c = Child()
try:
    c.value = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(Child.value, property), Child.value.fset)
