# str.join accepts any iterable of strings, including generators and dict keys.
print(', '.join(str(i * i) for i in range(6)))
print('-'.join({'b': 1, 'a': 2}), ''.join(reversed('stressed')), '+'.join(map(str, [1, 2, 3])))
print(' '.join(sorted('the quick brown fox'.split(), key=len)))
print('\n'.join(['a', 'b']).count('\n'))
