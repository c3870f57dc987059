# Simple statements on one line with semicolons and one-line compound statements.
x = 1; y = 2; print(x + y)
if x: print('one-line if')
for i in range(3): print(i, end=' ')
print()
while x < 4: x += 1
print(x)
def f(): return 'one-line def'
class C: attr = 'one-line class'
print(f(), C.attr); print('done')
