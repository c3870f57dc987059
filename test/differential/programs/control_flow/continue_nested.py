# continue and break in nested loops only affect the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print('inner done', i)
