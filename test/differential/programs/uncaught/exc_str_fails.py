# An exception whose __str__ raises, from a class defined in a module other than
# builtins (its module name prefixes the type), raised inside nested calls.
class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


Unprintable.__module__ = "vendor.errors"


def outer():
    def middle():
        values = {"key": [1, 2]}
        return values["key"][0] + inner()

    def inner():
        raise Unprintable("hidden")

    return middle()


outer()
