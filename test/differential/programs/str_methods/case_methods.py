# Case conversions: upper, lower, casefold, title, capitalize, swapcase.
for s in ['hello World', 'ß straße', 'ǅungla', "they're bill's", 'HELLO', 'ΣΊΣΥΦΟΣ', 'i̇stanbul', '123abc DEF']:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print('ǈ'.upper(), 'ǈ'.lower(), 'ǈ'.istitle(), 'ﬁ'.upper(), 'ﬁ'.title(), len('ﬁ'.upper()))
print('İ'.lower(), len('İ'.lower()), 'ς'.upper(), 'Σ'.lower())
print('hello_world-foo bar'.title(), 'a1b2'.title(), "o'neil".capitalize())
