# An uncaught ZeroDivisionError ends the program with exit code 1 after partial output.
print('before')
def divide(a, b):
    return a / b
print(divide(4, 2))
print(divide(1, 0))
print('never')
