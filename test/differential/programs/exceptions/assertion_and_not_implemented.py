# NotImplementedError for abstract-ish methods; NotImplemented constant is different.
class Base:
    def run(self):
        raise NotImplementedError('subclass must implement run')
try:
    Base().run()
except NotImplementedError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print(repr(NotImplemented), type(NotImplemented).__name__)
try:
    raise NotImplemented
except TypeError as e:
    print(type(e).__name__, e)
