# Indexing, slicing and measuring long strs in loops: each step must cost O(1), so these
# finish quickly only if str indexing does not rescan the string every time.

text = ''.join(chr(97 + i % 26) for i in range(200000))
total = 0
for i in range(len(text)):
    total += ord(text[i])
print(len(text), total)

i = 0
vowels = 0
while i < len(text):
    if text[i] in 'aeiou':
        vowels += 1
    i += 1
print(vowels)

astral = ('x😀' * 50000) + 'end'
count = 0
for i in range(0, len(astral), 3):
    if astral[i] == '😀':
        count += 1
print(len(astral), count, astral[-3:], astral[99999], astral[100000])

pieces = ''
for i in range(100000):
    pieces += 'ab'[i % 2]
print(len(pieces), pieces[:6], pieces[-4:], pieces.count('ab'))

windows = 0
for i in range(0, len(text) - 3, 7):
    if text[i:i + 3] == 'abc':
        windows += 1
print(windows)
