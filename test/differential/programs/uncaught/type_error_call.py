# An uncaught TypeError from calling a function with the wrong number of arguments.
def greet(name, greeting):
    return f'{greeting}, {name}'
print(greet('ann', 'hi'))
msg = greet('bob')
print(msg)
