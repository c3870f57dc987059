# A metaclass customizing class creation and adding attributes.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['created_by'] = mcls.__name__
        ns['field_names'] = sorted(k for k in ns if not k.startswith('_'))
        cls = super().__new__(mcls, name, bases, ns)
        print('creating', name, kw)
        return cls
    def __call__(cls, *a):
        print('calling', cls.__name__, a)
        return super().__call__(*a)
class Model(metaclass=Meta, flag=True):
    a = 1
    def b(self):
        pass
    def __init__(self, v=0):
        self.v = v
m = Model(3)
print(Model.created_by, Model.field_names, m.v, type(Model).__name__, isinstance(Model, type))
class Sub(Model):
    c = 2
print(Sub.field_names, type(Sub).__name__)
