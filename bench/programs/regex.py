# Regular expressions: findall, finditer, split and sub over a 1 MB text with the
# patterns text processing uses most (words, numbers, e-mail addresses, dates,
# alternations, anchors), and many small matches against short lines.
import re

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'foo@example.com', '12345', 'x=42;', 'Hello',
         'WORLD', '2024-01-15', 'the', 'quick', 'brown', 'caf\u00e9', 'na\u00efve']


def build_text(size):
    parts = []
    length = 0
    i = 0
    while length < size:
        word = WORDS[(i * 7) % len(WORDS)]
        parts.append(word)
        parts.append('\n' if i % 11 == 0 else ' ')
        length += len(word) + 1
        i += 1
    return ''.join(parts)


text = build_text(1_000_000)
patterns = [
    (r'\w+', 0), (r'\d+', 0), (r'[a-z]+@[a-z]+\.com', 0), (r'(\d{4})-(\d{2})-(\d{2})', 0),
    (r'hello|world', re.I), (r'^\w+', re.M), (r'\bthe\b', 0), (r'\s+', 0), (r'x=(\d+);', 0),
    (r'[aeiou]{2}', 0),
]
for pattern, flags in patterns:
    print(pattern, len(re.findall(pattern, text, flags)))

print(sum(1 for _ in re.finditer(r'\w+', text)))
print(len(re.split(r'\s+', text)))
print(len(re.sub(r'(\w+)@(\w+)', r'\2 at \1', text)))
print(len(re.sub(r'\d+', lambda m: str(len(m.group())), text)))

line_pattern = re.compile(r'(?P<key>\w+)\s*=\s*(?P<value>\d+)')
lines = ['key%d = %d' % (i, i * 7) for i in range(2000)]
total = 0
for _ in range(50):
    for line in lines:
        m = line_pattern.match(line)
        if m:
            total += int(m.group('value'))
print(total)
