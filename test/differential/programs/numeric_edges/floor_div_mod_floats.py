# Floor division and modulo with negative floats and their sign conventions.
for a in (7.5, -7.5, 0.0, -0.0, 1e-300):
    for b in (2.0, -2.0, 0.3):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0)
