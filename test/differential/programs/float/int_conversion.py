# Float to int conversions: truncation, rounding, and errors for inf/nan.
for x in (2.5, -2.5, 3.5, 0.49999, 1e15 + 0.5, -1e-9):
    print(x, int(x), round(x), int(x // 1), -int(-x // 1))
for bad in (float('inf'), float('-inf'), float('nan')):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
