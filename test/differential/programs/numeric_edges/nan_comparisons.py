# NaN compares unequal to everything, breaks sorting order, and is preserved by min/max position.
nan = float('nan')
print(nan == nan, nan < 0, nan > 0, nan != nan, nan == float('nan'))
print(min(nan, 1), min(1, nan), max(nan, 1), max(1, nan))
print(sorted([3, nan, 1]), sorted([nan, 3, 1]))
s = {nan}
print(nan in s, float('nan') in s, len({nan, nan}), len({float('nan'), float('nan')}))
import math
print(math.isnan(nan), nan is nan, [nan].count(nan), [float('nan')].count(nan))
