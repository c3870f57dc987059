# An uncaught ValueError from int() of bad input read from a list.
inputs = ['10', '20', 'thirty']
total = 0
for s in inputs:
    total += int(s)
    print('total', total)
