# Walrus-driven loops consuming chunks from a list.
chunks = ['ab', 'cd', '', 'ef']
pos = 0
def read():
    global pos
    if pos < len(chunks):
        pos += 1
        return chunks[pos - 1]
    return ''
out = []
while chunk := read():
    out.append(chunk.upper())
print(out, pos)
print([y for x in [1, 2, 3] if (y := x * x) > 1])
