# str[i] in loops that alternate between texts, end in an IndexError caught as control
# flow (a tokenizer's loop), or index texts with astral characters.
short = 'ab\\"cd'
long = 'x' * 70 + 'yz'
astral = 'a\U0001f600b\U0001f601c'
long_astral = '\U0001f600' * 40 + 'end'

def chars(text):
    out = []
    i = 0
    while True:
        try:
            out.append(text[i])
        except IndexError as error:
            out.append(repr(error))
            break
        i += 1
    return out

for text in (short, long, astral, long_astral, ''):
    print(len(text), chars(text)[-3:], len(chars(text)))

# Two texts read in turn, each its own answer.
for i in range(6):
    print(short[i], astral[i % len(astral)], long[-1 - i], long_astral[-1 - i])

# Negative indexes at the edge, out of range either way, and ints past any index.
for text in (short, astral):
    for index in (-len(text), -len(text) - 1, len(text) - 1, len(text), 2 ** 62, -2 ** 62, 2 ** 70, -2 ** 70):
        try:
            print(index, repr(text[index]))
        except IndexError as error:
            print(index, type(error).__name__, error)

# Equal texts made apart, and a text built up a character at a time.
built = ''
for c in 'ab\U0001f600':
    built += c
    print(repr(built[-1]), len(built), repr(''.join('a' + 'b')[1]))

# A str subclass indexes as a str.
class S(str):
    pass
print(S('hello')[1], S(astral)[3])
try:
    S('hi')[5]
except IndexError as error:
    print('subclass', error)
