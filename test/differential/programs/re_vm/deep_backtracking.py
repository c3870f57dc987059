# Long subjects and deep backtracking: the engine keeps its backtracking state on an
# explicit stack, so repeating a group over 100k characters neither overflows nor
# differs from sre's choices.
import re

long_ab = 'ab' * 50000 + 'c'
m = re.match(r'(a|b)*c', long_ab)
print(m.span(), m.group(1))
m = re.match(r'(?:(a)|b)*?c', long_ab)
print(m.span(), m.group(1))
print(re.fullmatch(r'(ab)+c', long_ab).span(1), re.fullmatch(r'(?:a|b)+', long_ab))
print(re.match(r'((a)|(b))*+c', long_ab).groups())
print(re.match(r'(?>(ab)*)c', long_ab).span(1))
print(re.search(r'(\w)\1*c', 'x' + 'b' * 70000 + 'c').span(1))
print(len(re.findall(r'(?:ab)+?', long_ab)), len(re.split(r'(?<=b)(?=a)', long_ab)))
print(re.match(r'(?:a|ab)*b*c', 'ab' * 3000 + 'c').span())
lines = '\n'.join(f'row {i}: value={i * 7 % 100}' for i in range(3000))
print(sum(int(v) for v in re.findall(r'(?m)^row \d+: value=(\d+)$', lines)))
print(re.sub(r'(\d+)', lambda m: str(len(m.group(1))), lines)[-30:])
nested = '(' * 2000 + ')' * 2000
print(re.fullmatch(r'(?:\()*(?:\))*', nested).span())
print(re.match(r'(a?){20}a{20}', 'a' * 20).span())
