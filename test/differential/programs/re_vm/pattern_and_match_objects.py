# re.Pattern and re.Match as objects: attributes, reprs (with flags and truncation),
# equality and hashing, copying, generics, and the errors of wrong arguments.
import copy
import re

p = re.compile(r'(?P<key>\w+)\s*=\s*(?P<value>[^;]*)(;)?', re.I | re.X)
print(repr(p))
print(p.pattern, p.flags, p.groups, dict(p.groupindex), type(p.groupindex).__name__)
print(re.compile('plain').groupindex, type(re.compile('plain').groupindex).__name__)
print(repr(re.compile('x' * 250))[-12:], len(repr(re.compile('x' * 250))))
print(re.compile('a', re.M | re.S | re.A), re.compile(b'a', re.L | re.I), re.compile('(?x) a'), re.compile('a', 512))
print(re.compile('a', re.DEBUG & 0))

m = p.search('name = Ada; age=36')
print(repr(m))
print(m.group(), m.group(0), m.group('key', 2, 3), m['value'], m[3], m.groups(), m.groups(default='-'))
print(m.groupdict(), m.groupdict('?'), m.span(), m.span('value'), m.start(3), m.end(3), m.regs)
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
m2 = p.search('x=1')
print(m2.lastindex, m2.lastgroup, m2.span(3), m2.group(3))
print(repr(re.search(r'.+', 'y' * 80)))
print(repr(re.compile(r'b+').search('abbbc', 1, 3)), re.compile('b+').search('abbbc', 1, 3).endpos)

print(p == re.compile(p.pattern, p.flags), p == re.compile(p.pattern), p != p, p == 'x')
print(hash(p) == hash(re.compile(p.pattern, p.flags)), len({p, re.compile(p.pattern, p.flags)}), hash(re.compile(b'(a)', re.I)))
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Pattern[str], re.Match[bytes], re.Pattern.__name__, re.Match.__module__, type(p.scanner('')).__name__)
print(type(p.finditer('')).__name__, bool(m), re.purge())

attempts = [
    lambda: m.group(4), lambda: m.group('missing'), lambda: m.start(-1), lambda: m.span([0]),
    lambda: m.group(key=1), lambda: m.start(1, 2), lambda: m.groups(1, 2), lambda: m.expand(),
    lambda: p.match(), lambda: p.match('a', 1, 2, 3), lambda: p.match('a', nothere=1),
    lambda: p.search('a', pos='0'), lambda: p.split('a', 1, 2), lambda: p.sub('x'),
    lambda: p.findall(string=b'a'), lambda: p.fullmatch(12), lambda: p.match('a', 2 ** 70),
    lambda: re.Pattern(), lambda: re.Match(), lambda: setattr(p, 'flags', 0), lambda: setattr(m, 'pos', 0),
    lambda: p.__copy__(1), lambda: p.__deepcopy__(), lambda: m.__deepcopy__(1, 2), lambda: m.__getitem__(),
    lambda: m.span(group=1), lambda: m.end(1, 2), lambda: p.__eq__(), lambda: p.scanner('a').search(1),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
print(p.match(string='key=v').group(), p.search('  k=v', pos=2).span(), p.findall('a=1;b=2', endpos=3))
print(p.split(string='a=1;b', maxsplit=1), p.subn(repl='*', string='a=1;b=2', count=1))
