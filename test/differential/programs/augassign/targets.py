# Augmented assignment on attributes, subscripts and slices evaluates the target once.
log = []
class O:
    def __init__(self):
        self.v = 1
def get(o):
    log.append('get')
    return o
o = O()
get(o).v += 10
print(o.v, log)
d = {'k': [1]}
def key():
    log.append('key')
    return 'k'
d[key()] += [2]
print(d, log)
lst = [1, 2, 3, 4]
lst[1:3] += ['x']
print(lst)
