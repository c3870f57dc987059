# __exit__ receives exception type, value and traceback; a truthy non-bool return suppresses.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et, repr(ev), tb is not None)
        return 'yes'
with Inspect():
    raise IndexError('idx')
print('suppressed by truthy string')
with Inspect():
    pass
