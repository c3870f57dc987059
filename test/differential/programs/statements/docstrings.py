# Docstrings of modules, functions and classes are stored in __doc__.
"""Module docstring here."""
def f():
    """Function doc."""
    return 1
class C:
    """Class doc."""
    def m(self):
        'method doc in single quotes'
def nodoc():
    x = 'not a docstring'
print(__doc__, f.__doc__, C.__doc__, C.m.__doc__, nodoc.__doc__)
print(repr(int.__doc__[:20]))
