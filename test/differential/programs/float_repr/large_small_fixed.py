# Fixed-point formatting of very large and very small floats prints all digits.
print('%.0f' % 1e22, '%.0f' % 1e23, f'{2.0 ** 70:.0f}', f'{1e50:f}')
print(f'{5e-324:.3e}', f'{1e-20:.25f}', f'{0.1:.30f}')
print(f'{1 / 3:.17f}', f'{2 / 3:.20g}', f'{0.1:.55g}')
print(format(1.7976931348623157e308, '.0f')[:30], len(format(1.7976931348623157e308, '.0f')))
