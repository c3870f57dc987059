# Arithmetic with infinities and their integer conversions and comparisons.
inf = float('inf')
print(inf + inf, inf - 1e308, -inf * 2, inf / 1e308, 1 / inf, -1 / inf, inf // 1)
print(10 ** 400 < inf, -10 ** 400 > -inf, inf == 10 ** 400)
print(divmod(5.0, inf), 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(inf * 0.0, max(inf, 10 ** 1000) == inf)
try:
    print(inf % 2)
except ValueError as e:
    print(type(e).__name__, e)
