# Flags and syntax the parser hands the engine: IGNORECASE, MULTILINE, DOTALL,
# VERBOSE, ASCII and their inline and scoped forms; repeats with bounds; classes.
import re

print(re.findall(r'''
    (?P<int> [+-]? \d+ )      # an integer
    (?: \. (?P<frac> \d+ ) )? # an optional fraction
''', 'x=-12.5, y=+3, z=7.25', re.X))
print(re.findall(r'(?i)ab(?-i:c)d', 'ABcD ABCD abcd'))
print(re.findall(r'a(?i:b)c', 'aBc ABC abc'))
print(re.findall(r'(?s:.)(?m:$)', 'ab\ncd'))
print(re.findall(r'[\w.-]+@[\w-]+(?:\.\w+)+', 'mail bob.s@ex-ample.co.uk or eve@x.io!'))
print(re.findall(r'\d{2,3}?', '12345'), re.findall(r'\d{2,}', '1 12 12345'), re.findall(r'x{0}', 'xx'))
print(re.findall(r'[]a]', 'a]b'), re.findall(r'[^]a]', 'a]b'), re.findall(r'[a\-z]', 'a-bz'), re.findall(r'[\]\\]', '\\]x'))
print(re.findall(r'[\d\s,]+', '1, 2,3 x'), re.findall(r'[^\d\s]+', '1 ab 2cd'))
print(re.findall(r'[α-ω]+|[a-f]+', 'abc αβγ xyz'), re.findall(r'[\u4e00-\u9fff]', 'x中文y'))
print(re.findall(r'(?i)[^a-f ]+', 'Bead Cafe 42!'), re.findall(r'(?i)[A-F]+\d', 'abc1 DEF2'))
print(re.findall(r'\x41\u0042\N{LATIN SMALL LETTER C}\101', 'ABcA'))
print(re.findall(r'(?m)^\s*#.*$', 'code\n  # one\n# two\nx'))
for pattern in ['(', 'a**', '[a-', 'a{3,2}', '(?P<1>x)', '(?<=a+)b', r'\k', '(?z)', '(?P=n)', r'(a)\2', 'x(?#c']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), '->', e, e.pos)
err = None
try:
    re.compile('ab\n(cd')
except re.error as e:
    err = e
print(err.msg, err.pos, err.lineno, err.colno, err.pattern)
