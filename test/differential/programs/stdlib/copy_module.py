# copy.copy and copy.deepcopy, including user hooks.
import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append('x'); a[2]['k'].append('y')
print(s, d)
class C:
    def __init__(self):
        self.items = [1]
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        n = C(); n.items = ['copied']
        return n
c = copy.deepcopy([C()])[0]
print(c.items)
r = [1]; r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r)
