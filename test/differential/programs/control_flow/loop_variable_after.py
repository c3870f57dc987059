# Loop variables remain bound after the loop, and range with negative steps.
for i in range(5):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
print(list(range(10, 0, -3)), list(range(0, -5, -1)), list(range(3, 3)))
total = 0
for k in range(1, 101):
    total += k
print(total, k)
