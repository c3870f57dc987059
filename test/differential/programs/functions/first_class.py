# Functions as values: stored in containers, passed, returned, compared.
def double(x):
    return x * 2
def apply(f, *args):
    return f(*args)
ops = {'double': double, 'neg': lambda x: -x, 'str': str}
print({k: apply(f, 21) for k, f in ops.items()})
print(double == double, double is ops['double'], apply(max, 3, 9, 2))
print(list(map(double, [1, 2])), sorted([3, -1, 2], key=ops['neg']))
