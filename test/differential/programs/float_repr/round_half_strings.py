# Formatting with fixed precision rounds correctly based on the exact binary value.
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1.115, 8.345]:
    print(v, '%.0f' % v, '%.1f' % v, '%.2f' % v, f'{v:.2f}', round(v, 2))
for digits in range(0, 6):
    print(digits, round(2.5, digits), round(0.123456789, digits), f'{0.123456789:.{digits}f}')
