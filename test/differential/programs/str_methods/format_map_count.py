# str.format_map with a dict subclass providing defaults, and str.count.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age} years and {mood}'.format_map(Default(name='Ann', age=7)))
print('{0}{1}{0}'.format('ab', 'cd'), 'x'.count('x'), 'banana'.count('an'))
