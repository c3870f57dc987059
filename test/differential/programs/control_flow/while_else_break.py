# while/else and for/else run the else clause only when no break happens.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
n = 0
while n < 3:
    n += 1
else:
    print('while finished', n)
while True:
    n -= 1
    if n == 1:
        break
else:
    print('never')
print('n =', n)
