# inf and nan arithmetic, comparisons and reprs.
inf = float('inf'); nan = float('nan')
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, float('-inf') == -inf, float('Infinity'), float('-iNF'), float('NaN'))
print([nan] == [nan], nan in [nan], nan is nan)
x = nan
print(x == x, [x] == [x])
print(max(1.0, inf), min(-inf, 0))
