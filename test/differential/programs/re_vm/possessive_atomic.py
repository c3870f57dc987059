# 3.11's possessive quantifiers and atomic groups: what they match once taken is never
# given back, so patterns that need backtracking into them fail.
import re


def show(m):
    return None if m is None else (m.span(), m.groups())


print(show(re.match(r'a*+a', 'aaa')), show(re.match(r'a*a', 'aaa')))
print(show(re.match(r'a++b', 'aaab')), show(re.match(r'a?+a', 'a')))
print(show(re.match(r'(?:ab)*+ab', 'ababab')), show(re.match(r'(?:ab)*+c', 'ababc')))
print(show(re.match(r'(ab|a)++b', 'abab')), show(re.match(r'(ab|a)+b', 'abab')))
print(show(re.match(r'a{2,3}+a', 'aaaa')), show(re.match(r'a{2,3}+a', 'aaa')))
print(show(re.match(r'(?>a*)a', 'aaa')), show(re.match(r'(?>a*)b', 'aaab')))
print(show(re.match(r'(?>(a|ab))c', 'abc')), show(re.match(r'(a|ab)c', 'abc')))
print(show(re.match(r'(?>x(y)?)+z', 'xyxz')))
print(show(re.search(r'"(?>[^"\\]+|\\.)*"', r'say "a\"b" now')))
print(re.findall(r'\d++(?!\.)', '12.5 300 7.'))
print(re.findall(r'(?>\w+)\b', 'ab cd'))
print(show(re.fullmatch(r'(?:a|b)*+', 'abba')), show(re.fullmatch(r'(?:(a)|b)*+c', 'abac')))
print(show(re.match(r'(?:x*)++y', 'xxy')), show(re.match(r'()*+', '')))
print(re.sub(r'\s*+,\s*+', ',', 'a ,  b,c  , d'))
