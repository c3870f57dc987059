# The hints python3 prints under NameError and AttributeError, shown through
# sys.excepthook for many near-misses: case changes, swapped letters, long names,
# classes with very many attributes, and subclasses, which get no hint.
import sys


def report(action):
    try:
        action()
    except BaseException as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)


class Record:
    def __init__(self):
        self.identifier = 1
        self.Name = "n"
        self.très_long_attribut = 2
        self.a_rather_long_attribute_name_that_goes_on_and_on_forever = 3


class Crowded:
    pass


for i in range(800):
    setattr(Crowded, f"attr_{i}", i)


class MyAttributeError(AttributeError):
    pass


class Raising:
    present = 1

    def __getattr__(self, name):
        raise MyAttributeError(name)


record = Record()
report(lambda: record.identifer)
report(lambda: record.name)
report(lambda: record.tres_long_attribut)
report(lambda: record.a_rather_long_attribute_name_that_goes_on_and_on_forevr)
report(lambda: record.zzzzzz)
report(lambda: Crowded().attr_1O)
report(lambda: Raising().presnt)
report(lambda: "text".uper())
report(lambda: [].apend(1))


def scope():
    counter = 0
    return countr


report(scope)
report(lambda: lenn([]))
report(lambda: Recrod)
report(lambda: TypeEror)
