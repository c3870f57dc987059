# while loops with compound conditions, else clauses and nested breaks.
a, b = 0, 10
steps = 0
while a < b and steps < 100:
    a += 2
    b -= 1
    steps += 1
else:
    print('loop ended normally', a, b, steps)
found = None
i = 0
while i < 5:
    j = 0
    while j < 5:
        if i * j == 6:
            found = (i, j)
            break
        j += 1
    if found:
        break
    i += 1
print(found)
