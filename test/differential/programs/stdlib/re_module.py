# re: match, search, findall, sub with groups and named groups, split, flags.
import re
m = re.match(r'(\w+)@(\w+)\.com', 'alice@example.com')
print(m.group(0), m.group(1), m.groups(), m.span(2), m.start(), m.end())
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2'), re.search(r'x', 'abc'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.split(r'[,;]\s*', 'a, b;c,d'), re.split(r'(-)', 'x-y-z'))
p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)', re.I)
print([m.groupdict() for m in p.finditer('A=1 b=22')], p.pattern, bool(p.fullmatch('z=9')))
print(re.escape('a.b*c'), re.subn('a', 'A', 'banana'), re.match(r'(?i)HELLO', 'hello') is not None)
