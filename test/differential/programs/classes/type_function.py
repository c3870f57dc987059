# type() with three arguments creates classes dynamically.
def hello(self):
    return 'hi ' + self.name
Person = type('Person', (object,), {'name': 'anon', 'hello': hello, 'n': 0})
p = Person()
print(p.hello(), Person.__name__, type(p).__name__, Person.__bases__)
Student = type('Student', (Person,), {'name': 'stu'})
print(Student().hello(), [c.__name__ for c in Student.__mro__])
print(type(5) is int, type(type) is type, type(Person) is type)
