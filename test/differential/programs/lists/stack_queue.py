# Lists used as a stack and a simple queue.
stack = []
for c in '([{}])':
    if c in '([{':
        stack.append(c)
    else:
        print(c, stack.pop())
print(stack)
queue = [1, 2, 3]
while queue:
    x = queue.pop(0)
    if x < 3:
        queue.append(x * 10)
    print(x, queue)
