# Cells, free variables, globals, nonlocals and class bodies.
counter = 0

def bump():
    global counter
    counter += 1
    del counter

def outer(argument_cell, plain, *args_cell, **kwargs_cell):
    local_cell = plain

    def inner():
        nonlocal local_cell
        local_cell = argument_cell + len(args_cell) + len(kwargs_cell)
        return local_cell

    def deeper():
        def deepest():
            return argument_cell, local_cell
        return deepest
    return inner, deeper

class Base:
    def method(self):
        return __class__

class Child(Base):
    attribute: int = 3
    other: 'str'

    def method(self):
        return super().method()

    @staticmethod
    def static():
        return Child

def class_in_function(x):
    class Local:
        y = x
        def get(self):
            return x
    return Local

def class_reads_free(value):
    class Reader:
        value = value
        z = value
    return Reader

def deleting(a):
    def use():
        return a
    del a
    return use
