# Deprecated number protocols warn (DeprecationWarning) and still convert: int() through
# __trunc__, __index__/__int__ returning a bool, __float__/__complex__ returning a subclass.
import operator
import warnings


def converted(label, convert):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            value = convert()
        except (TypeError, ValueError, ZeroDivisionError) as error:
            value = f'{type(error).__name__}: {error}'
    print(label, repr(value), type(value).__name__, [f'{w.category.__name__}: {w.message}' for w in caught])


class Truncates:
    def __trunc__(self):
        return 7


class IndexIsBool:
    def __index__(self):
        return True


class IntIsBool:
    def __int__(self):
        return False


class TruncToIndex:
    class Index:
        def __index__(self):
            return 12

    def __trunc__(self):
        return self.Index()


class TruncToNothing:
    def __trunc__(self):
        return 'seven'


class FloatSub(float):
    pass


class GivesFloatSub:
    def __float__(self):
        return FloatSub(2.5)


class ComplexSub(complex):
    pass


class GivesComplexSub:
    def __complex__(self):
        return ComplexSub(1, 2)


class IntSubWithIndex(int):
    def __index__(self):
        return 99


converted('int(trunc)', lambda: int(Truncates()))
converted('int(index->bool)', lambda: int(IndexIsBool()))
converted('index(index->bool)', lambda: operator.index(IndexIsBool()))
converted('int(int->bool)', lambda: int(IntIsBool()))
converted('int(trunc->index)', lambda: int(TruncToIndex()))
converted('int(trunc->str)', lambda: int(TruncToNothing()))
converted('float(float->sub)', lambda: float(GivesFloatSub()))
converted('FloatSub(float->sub)', lambda: FloatSub(GivesFloatSub()))
converted('complex(complex->sub)', lambda: complex(GivesComplexSub()))
# An int subclass is its own index: its __index__ is not asked.
converted('index(int subclass)', lambda: operator.index(IntSubWithIndex(5)))
converted('list[int subclass]', lambda: [10, 20, 30, 40, 50, 60][IntSubWithIndex(5)])
converted('range(int subclass)', lambda: len(range(IntSubWithIndex(3))))
converted('%d of int->bool', lambda: '%d' % IntIsBool())
converted('%x of index->bool', lambda: '%x' % IndexIsBool())
