# Lookahead, lookbehind, backreferences and conditionals, including inside repeats
# where the engine must restore what a failed attempt captured.
import re


def show(m):
    return None if m is None else (m.span(), m.groups())


print(re.findall(r'\w+(?=,)', 'one, two, three'))
print(re.findall(r'\b(?!un)\w+', 'undo redo unite tie'))
print(re.findall(r'(?<=\$)\d+', 'cost $30, tax $4, 7'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30, tax $4, 7'))
print(re.findall(r'(?<=ab)c|(?<=x)y', 'abc xy ac'))
print(show(re.search(r'(?<=(a))b', 'ab')))
print(show(re.search(r'(?=(\w+))\w', 'hey')))
print(show(re.match(r'(?:(?=(a))a)*', 'aaa')))
print(show(re.match(r'(?!(a)b)\w+', 'ac')))
print(show(re.search(r'(?<=a)', 'ba', 2)))
print(show(re.compile(r'(?<=b)c').search('abc', 2)))

print(show(re.match(r'(\w+) \1', 'hello hello world')))
print(show(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"a\'b" rest')))
print(re.findall(r'(\w)\1', 'aabbcdeef'))
print(show(re.match(r'(a)?\1', 'b')))
print(show(re.match(r'(?i)(ab)\1', 'abAB')))
print(show(re.match(r'(a+)+\1', 'aaaa')))
print(show(re.match(r'(?:(a)|b)\1?', 'b')))

print(show(re.match(r'(<)?\w+(?(1)>)', '<tag>')), show(re.match(r'(<)?\w+(?(1)>)', 'tag')))
print(show(re.match(r'(<)?\w+(?(1)>|$)', '<tag')))
print(show(re.fullmatch(r'(?P<open>\()?\d+(?(open)\))', '(42)')), show(re.fullmatch(r'(?P<open>\()?\d+(?(open)\))', '(42')))
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'))
