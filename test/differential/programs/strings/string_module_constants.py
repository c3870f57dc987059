# Character classification methods across various characters.
chars = ['a', 'Z', '5', ' ', '\t', '_', 'é', '٣', '½', 'ß', '\u2028', '!']
for c in chars:
    print(repr(c), c.isalpha(), c.isdigit(), c.isnumeric(), c.isdecimal(), c.isspace(), c.isalnum(), c.isupper(), c.islower(), c.isidentifier(), c.isprintable())
print(''.isalpha(), 'abc1'.isalnum(), 'Hello World'.istitle(), 'ABC'.isupper(), 'abc'.isascii(), 'é'.isascii())
