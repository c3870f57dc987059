# Sets merge equal numbers of different types and keep the first inserted.
s = {1, 1.0, True}
print(s, len(s))
s2 = {0.0, 0, False, -0.0}
print(s2, len(s2))
print({2, 2.5} | {2.0}, sorted({1, 2.5, -3, 0.5}))
