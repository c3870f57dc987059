# Exception instances compare by identity; args are a tuple; exceptions are hashable.
a = ValueError('x')
b = ValueError('x')
print(a == b, a == a, a.args == b.args, hash(a) == hash(a))
a.args = ('changed', 1)
print(a, repr(a))
a.custom = 'attr'
print(a.custom, sorted(k for k in vars(a)))
