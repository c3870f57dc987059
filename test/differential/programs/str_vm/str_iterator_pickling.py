# str iterators pickle as iter(text) and the index of the next character, __setstate__
# clamps the index, an exhausted iterator pickles as iter(''); built-in functions and
# methods pickle by name; the iterator types cannot be instantiated.
import copy
import pickle

for text in ('abc', '\U0001f680\U0001f680x', '\u1111\u2222\u3333', ''):
    iterator = iter(text)
    print(type(iterator).__name__, iterator.__reduce__()[1:])
    next(iterator, None)
    print(iterator.__reduce__()[1:])
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        print(protocol, list(pickle.loads(pickle.dumps(iterator, protocol))))
    print(list(copy.copy(iterator)), list(copy.deepcopy(iterator)))
    for index in (-4, 1, 2, 100):
        fresh = iter(text)
        fresh.__setstate__(index)
        print(index, list(fresh))
    list(iterator)
    print(iterator.__reduce__()[1:])
    iterator.__setstate__(0)
    print(list(iterator))

try:
    iter('abc').__setstate__('0')
except TypeError as error:
    print(error)

print(len.__reduce__(), [].append.__reduce__()[1][1], str.join.__reduce__()[1], int.__add__.__reduce__()[1])
print((5).__add__.__reduce__()[1], dict.fromkeys.__reduce__()[1])
for function in (len, iter, str.join, int.__add__, dict.fromkeys, (5).__add__):
    print(pickle.loads(pickle.dumps(function)) == function)
for example in ('abc', '\xe9', [], (), reversed([])):
    try:
        type(iter(example) if not hasattr(example, '__next__') else example)()
    except TypeError as error:
        print(error)
