# findall, finditer and split: empty matches, what groups contribute, and maxsplit.
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c'))
print(re.findall(r'(\w)\d', 'a1 b2 c'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\b|x', 'ab x'))
print(re.findall(r'(?:)', 'abc'))
print(re.findall(r'a??', 'aaa'))
print(re.findall(r'^', 'a\nb\n', re.M), re.findall(r'$', 'a\nb\n', re.M))
print([m.span() for m in re.finditer(r'x*', 'axxbx')])
print([(m.start(), m.group(1)) for m in re.finditer(r'(\w)\1', 'aabbcdde')])
pattern = re.compile(r'\w+')
print(pattern.findall('one two three', 4), pattern.findall('one two three', 4, 9))
print([m.group() for m in pattern.finditer('one two three', 1, 10)])

print(re.split(r',\s*', 'a, b,c,  d'))
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'x*', 'axbxxc'))
print(re.split(r'\b', 'one two'))
print(re.split(r'(?=b)', 'abab'))
print(re.split(r'', 'abc'))
print(re.split(r'\d', 'a1b2c3d', maxsplit=2))
print(re.split(r'\d', 'a1b2c3d', 0), re.split(r'\d', 'a1b2c3d', -1))
print(re.split(r'[x-z]', ''), re.split(r'', ''))
print(re.compile(r'(-)?\|').split('a|b-|c'))

# Scanner: a lexicon of phrases and actions.
scanner = re.Scanner([
    (r'[0-9]+(?:\.[0-9]+)?', lambda s, token: ('NUM', float(token) if '.' in token else int(token))),
    (r'[a-z_]\w*', lambda s, token: ('NAME', token)),
    (r'[-+*/()=]', lambda s, token: ('OP', token)),
    (r'\s+', None),
])
print(scanner.scan('rate = base * (1.5 + x2) / 4'))
print(scanner.scan('ok ? rest'))

# The scanner object behind finditer.
# A step that finds nothing ends the scan: later steps find nothing either.
stepper = re.compile(r'\d').scanner('a1b23')
print(stepper.search().group(), stepper.search().span(), stepper.match().group(), stepper.match(), stepper.search())
stepper = re.compile(r'\d').scanner('a1b23')
print(stepper.search().group(), stepper.match(), stepper.search())
print(stepper.pattern)
