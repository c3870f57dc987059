# A class with __init__, methods, class attributes and instance attributes.
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return f'{self.name} says woof'
a, b = Dog('rex'), Dog('fido')
print(a.speak(), b.speak(), Dog.count, a.species, a.count)
a.species = 'override'
print(a.species, b.species, Dog.species)
print(sorted(vars(a)), Dog.__name__, type(a).__name__, isinstance(a, Dog))
