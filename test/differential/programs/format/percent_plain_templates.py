# `str % operand` for plain templates (literal text with bare %s, %r, %d, %i), which
# pyvm splits once and lays out directly, and for the operands that do not fit that
# path (wrong counts, non-int %d operands, mappings, str subclasses on the right).
import sys


def attempt(template, operand):
    try:
        print(repr(template % operand))
    except Exception as error:
        print(type(error).__name__, error)


for template in ['w%d', '%s', '%r', '%i', 'a%sb%dc', '%%', '%%s', '100%% %s', '', 'plain', '%s%s', 'é%s\U0001f600%d']:
    for operand in [5, -3, 'x', (1, 2), (), ('a', 7), (None,), [1], {'k': 1}, 2 ** 70, True, 1.5, ('é', -0)]:
        attempt(template, operand)

# Counts that do not match, and templates that are not plain.
for template in ['%s %s', '%d', '%', 'x%', '%5d', '%-3s|', '%(k)s', '%.1s', '%c', '%z', '%s %q']:
    attempt(template, ('ab', 12))
    attempt(template, {'k': 'v'})

# %d of things that are not small ints: bools, floats, big ints, int subclasses, __index__ and __int__.
class Index:
    def __index__(self):
        return 42


class Int:
    def __int__(self):
        return 7


class MyInt(int):
    def __str__(self):
        return 'mine'


for operand in [False, 3.99, -2.5, 10 ** 30, MyInt(5), Index(), Int(), 'text', None, float('nan')]:
    attempt('%d', operand)
    attempt('<%i>', (operand,))
sys.set_int_max_str_digits(1000)
attempt('%d', 10 ** 1200)
attempt('%s', 10 ** 1200)


# Conversions run in order, so __str__'s side effects come before a later operand's error.
class Loud:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        print('str of', self.name)
        return self.name

    def __repr__(self):
        print('repr of', self.name)
        return f'<{self.name}>'


attempt('%s and %d', (Loud('first'), 'not a number'))
attempt('%s %r %s', (Loud('a'), Loud('b'), Loud('c')))
attempt('%s', Loud('alone'))
attempt('%s %s', (Loud('one'),))


# The right operand's own __rmod__: a str subclass's goes first; other objects' never (str formats).
class Right(str):
    def __rmod__(self, other):
        return f'Right.__rmod__({other!r})'


class Other:
    def __rmod__(self, other):
        return 'Other.__rmod__'

    def __str__(self):
        return 'Other'


attempt('%s', Right('r'))
attempt('%s!', Other())
attempt('no conversions', Other())


class Template(str):
    def __mod__(self, other):
        return 'Template.__mod__'


attempt(Template('%s'), 1)
print(str.__mod__('%s-%d', ('a', 1)), str.__rmod__('x', '%s'))
text = 'total %d'
text %= 12
print(text)

# More templates than pyvm keeps split, made at run time.
made = ['%d' + '.' * (n % 40) + str(n) + '%s' for n in range(3000)]
print(sum(len(template % (n, 'z')) for n, template in enumerate(made)))
print([template % (n, n) for n, template in enumerate(made[:3])], made[2999] % (0, ''))
