# Building strings incrementally with +=, join and format, comparing results.
parts = []
s = ''
for i in range(5):
    s += str(i) * i
    parts.append(str(i) * i)
print(s, ''.join(parts) == s, len(s))
table = '\n'.join(f'{i:>2} | {i * i:>3}' for i in range(1, 6))
print(table)
print('%s-%s' % ('a', 'b') + '{}'.format('c') + f'{"d"}')
