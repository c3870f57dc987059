# divmod agrees with // and % for many operands, including huge ones.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (10 ** 25, 7), (-10 ** 25, 7), (3, 10 ** 30), (-3, 10 ** 30)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(q, r, q == a // b, r == a % b, abs(r) < abs(b))
