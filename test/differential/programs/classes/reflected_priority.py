# A subclass's reflected method is tried before the base class's forward method.
class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__'
print(Base() + Derived(), Derived() + Base(), Base() + Base(), 1 + Base())
class OnlyR:
    def __rsub__(self, o):
        return f'rsub with {o}'
    def __rpow__(self, o):
        return f'rpow with {o}'
print(5 - OnlyR(), 2 ** OnlyR(), [1] - OnlyR())
