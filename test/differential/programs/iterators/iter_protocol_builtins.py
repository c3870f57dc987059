# iter() on containers produces distinct iterator types that exhaust independently.
lst = [1, 2, 3]
a, b = iter(lst), iter(lst)
print(next(a), next(a), next(b))
print(type(iter(lst)).__name__, type(iter('s')).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
it = iter(lst)
lst.append(4)
print(list(it))
d = {'a': 1}
print(type(iter(d.items())).__name__, type(iter(d.values())).__name__)
