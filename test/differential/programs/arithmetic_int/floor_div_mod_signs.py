# Floor division and modulo with every sign combination follow Python's floor semantics.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3, 7):
        q, r = a // b, a % b
        print(a, b, q, r, q * b + r == a, divmod(a, b))
