# Less common methods: isascii, istitle, encode default, __len__, __contains__, __getitem__.
s = 'Title Case String'
print(s.istitle(), s.lower().istitle(), s.isascii(), len(s), s.__len__(), s.__contains__('Case'), s.__getitem__(slice(0, 5)))
print('ABC'.__add__('def'), 'ab'.__mul__(3), 'ab'.__rmul__(2), 'a'.__lt__('b'), 'a'.__eq__(1))
print(str.upper('x'), str.__name__, str.join(',', 'ab'))
