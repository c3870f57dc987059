# zfill respects leading signs and works on non-numeric strings.
for s in ['42', '-42', '+42', '--3', 'abc', '', '-', '12345678']:
    print(repr(s), repr(s.zfill(6)))
print('3.14'.zfill(8), '-0.5'.zfill(2), 'é'.zfill(3))
print(str(-7).zfill(4), str(7).zfill(0), '+'.zfill(3))
print(f'{-7:04}', '%04d' % -7)
