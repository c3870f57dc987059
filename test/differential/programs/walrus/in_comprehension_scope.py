# := in a comprehension binds in the containing function scope.
def f():
    [last := x for x in range(5)]
    return last
print(f())
def g(lines):
    return [(m, s) for s in lines if (m := s.find('=')) > 0]
print(g(['a=1', '=2', 'bcd=3', 'x']))
import re
text = 'key: value'
if (mo := re.match(r'(\w+): (\w+)', text)):
    print(mo.groups())
