# splitlines handles every line boundary and keepends.
s = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine\u2029ten\n'
print(s.splitlines())
print(s.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x\n\ny'.splitlines(), 'x\n\ny'.split('\n'))
