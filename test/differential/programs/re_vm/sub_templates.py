# sub and subn: template replacements (\1, \g<name>, \g<0>, escapes), function
# replacements, counts, empty matches, and what is rejected.
import re

date = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)')
log = 'from 2021-03-04 until 2022-11-30.'
print(date.sub(r'\3/\2/\1', log))
print(date.sub(r'\g<d>.\g<m>.\g<y>', log))
print(date.sub(r'[\g<0>]', log))
print(date.sub(r'\g<1>\n\t\\', log))
print(date.subn('DATE', log), date.subn('DATE', log, count=1))
print(re.sub(r'(a)(b)?', r'<\2>', 'ab a'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'(?:)', '|', 'abc'))
print(re.sub(r'\s+', ' ', '  many   spaces\there  '))
print(re.sub('a', r'\\n', 'banana'), re.sub('a', '\\\\', 'a'))
print(re.sub(r'(\w+)', lambda m: m.group(1)[::-1], 'hello big world'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300', 2))
print(re.sub(r'\w', lambda m: None, 'a-b-c'))
calls = []
def record(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub(r'[aeiou]', record, 'education'), calls)
print(re.subn(r'o', '0', 'foo boo', 0))
print(re.sub('(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(date.sub(r'\g<y>', 'no dates here'))
print(re.sub(r'(\d)(?P<x>\d)', r'\g<x>\1', '1234'))

m = date.search(log)
print(m.expand(r'\g<d>/\2/\g<1> (\0 is octal zero: \0)'))
print(repr(m.expand(r'\101\n\t\\')))

for bad in [r'\3', r'\g<nope>', r'\g<1', r'\g<-1>', r'\q', '\\']:
    try:
        print(re.sub(r'(a)(b)', bad, 'ab'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in [3, None, b'x']:
    try:
        print(re.sub('a', repl, 'abc'))
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', lambda m: 7, 'a')
except TypeError as e:
    print('TypeError', e)
