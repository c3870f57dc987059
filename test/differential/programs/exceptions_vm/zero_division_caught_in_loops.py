# ZeroDivisionError raised by //, % and / (and their in-place forms) on ints, caught in
# loops (as control flow), with the tracebacks, contexts and line numbers of the raises;
# and the zero divisions that are not of two ints (bools, floats, big ints, subclasses).
import sys
import traceback


def shares(total, counts):
    out = []
    for count in counts:
        try:
            out.append((total // count, total % count, total / count))
        except ZeroDivisionError as error:
            out.append(str(error))
    return out


print(shares(17, [5, 0, -3, 0, 2 ** 70]))

caught = {'//': 0, '%': 0, '/': 0}
for i in range(3000):
    d = i % 3
    for symbol in caught:
        try:
            if symbol == '//':
                i // d
            elif symbol == '%':
                i % d
            else:
                i / d
        except ZeroDivisionError:
            caught[symbol] += 1
print(caught)

for make in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: True // False, lambda: 1.5 // 0,
             lambda: 2 ** 80 % 0, lambda: 7 % False, lambda: divmod(1, 0), lambda: 0 / 0.0):
    try:
        make()
    except ZeroDivisionError as error:
        print(type(error).__name__, error, error.__traceback__.tb_next.tb_lineno - make.__code__.co_firstlineno)

x = 10
try:
    x //= 0
except ZeroDivisionError as error:
    print('in place', error, x)
try:
    x %= 0
except ZeroDivisionError as error:
    print('in place', error, x)
try:
    x /= 0
except ZeroDivisionError as error:
    print('in place', error, x)


class Ratio(int):
    def __rfloordiv__(self, other):
        return 'reflected'


print(5 // Ratio(0) if False else (5).__floordiv__(Ratio(3)), 7 // Ratio(2))


def inner(a, b):
    return a // b


def outer(a, b):
    try:
        return inner(a, b)
    finally:
        print('finally ran')


try:
    outer(1, 0)
except ZeroDivisionError:
    kind, value, tb = sys.exc_info()
    print([(frame.name, frame.line) for frame in traceback.extract_tb(tb)])

try:
    try:
        raise KeyError('first')
    except KeyError:
        1 % 0
except ZeroDivisionError as error:
    print(repr(error), repr(error.__context__))

total = 0
for i in range(200):
    try:
        total += 100 // (i % 7)
    except ZeroDivisionError:
        total -= 1
print(total)
