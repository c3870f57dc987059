# A function's own cell variable read before it is bound is an unbound local
# (UnboundLocalError); a free variable whose cell is empty is a NameError.
def reads_own_cell_early():
    print(value)

    def inner():
        return value

    value = 1


def reads_own_cell_after_del():
    value = 1
    del value
    print(value)

    def inner():
        return value


def reads_free_variable_early():
    def inner():
        return value

    inner()
    value = 1


for function in (reads_own_cell_early, reads_own_cell_after_del, reads_free_variable_early):
    try:
        function()
    except NameError as exc:
        print(type(exc).__name__, exc, getattr(exc, 'name', None))
