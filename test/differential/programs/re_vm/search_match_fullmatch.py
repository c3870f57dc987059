# search, match and fullmatch: where a match starts and ends, the spans of its groups,
# pos/endpos windows, and anchors (^ $ \A \Z \b \B) with and without MULTILINE.
import re


def show(m):
    if m is None:
        return 'no match'
    spans = [m.span(i) for i in range(m.re.groups + 1)]
    return f'{m.group()!r} spans={spans} lastindex={m.lastindex} lastgroup={m.lastgroup}'


inventory = 'apples=12; pears=7; figs=103\nplums=0'
item = re.compile(r'(?P<name>[a-z]+)=(?P<count>\d+)')
print(show(item.search(inventory)))
print(show(item.match(inventory)))
print(show(item.match(inventory, 11)))
print(show(item.fullmatch('pears=7')))
print(show(item.fullmatch('pears=7;')))
print(show(item.search(inventory, 20)))
print(show(item.search(inventory, 0, 9)))
print(show(item.search(inventory, -5, 10**6)))

# fullmatch backtracks until the whole window is used.
print(show(re.fullmatch(r'(a|ab)(c|bcd)(d*)', 'abcd')))
print(show(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd')))
print(show(re.compile(r'a+').fullmatch('caaab', 1, 4)))

# Anchors: ^ and $ against pos, endpos and newlines.
text = 'first line\nsecond line\nthird'
for pattern in [r'^\w+', r'\w+$', r'(?m)^\w+', r'(?m)\w+$', r'\A\w+', r'\w+\Z', r'line$']:
    print(pattern, re.findall(pattern, text))
print(show(re.compile(r'^second').search(text, 11)))
print(show(re.compile(r'(?m)^second').search(text, 11)))
print(show(re.compile(r'first$').search(text, 0, 5)))
print(show(re.search(r'$', 'tail\n')), show(re.search(r'\Z', 'tail\n')))
print(re.findall(r'\b\w', 'to be, or not'), re.findall(r'\B\w', 'to be'))
print(show(re.search(r'\b', '')), show(re.search(r'\B', '')), show(re.search(r'\B', 'x')))

# DOTALL and the dot.
print(re.findall(r'a.c', 'abc a\nc'), re.findall(r'(?s)a.c', 'abc a\nc'))

# Alternation takes the first branch that lets the rest match, not the longest.
print(show(re.match(r'(cat|category)(ory)?', 'category')))
print(show(re.match(r'(?:x|xy|xyz)z', 'xyzz')))

# Groups that did not take part, and a group repeated: the last iteration counts.
print(show(re.match(r'(a)|(b)', 'b')))
print(show(re.match(r'(\d)+', '1234')))
print(show(re.match(r'(?:(a)|(b))+', 'abab')))
print(show(re.match(r'((a)|(b))*?c', 'abbac')))
print(show(re.match(r'(a*)+b', 'aaab')))
print(show(re.match(r'(a*)*$', 'aa')))
print(show(re.match(r'(a|)+$', 'aa')))
print(show(re.search(r'(x)?y', 'zy')))
