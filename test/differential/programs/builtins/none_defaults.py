# None is a value, not a missing one: defaults apply only when nothing is found.
class Holder:
    present = None


print(getattr(Holder, 'present', 'default'), getattr(Holder(), 'present', 'default'), getattr(Holder, 'absent', 'default'))
print({'a': None}.get('a', 'default'), {}.get('a', 'default'), {'a': None}.get('a'))
print(next(iter([None]), 'default'), next(iter([]), 'default'), next((x for x in [None]), 'default'))
print(vars(Holder).get('present', 'default'), dict(a=None).pop('a', 'default'), dict(a=None).setdefault('a', 'default'))
