# % formatting with mapping keys, * widths, and literal percent signs.
rec = {'name': 'Zed', 'score': 91.456, 'rank': 3}
print('%(name)-6s|%(score)8.2f|%(rank)03d' % rec)
print('%*s|%-*s|' % (6, 'r', 6, 'l'), '%.*s' % (3, 'truncate'), '100%% sure')
print('%c%c%c' % (80, 121, 'x'), '%5.1f%%' % 99.44, '%e' % 0, '%g' % 100000, '%g' % 1000000)
print('%r' % ('tuple',), '%s' % [1, 2], '%(a)s %(a)r' % {'a': 'dup'})
