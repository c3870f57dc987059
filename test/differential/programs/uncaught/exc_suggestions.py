# "Did you mean" for an uncaught AttributeError.
class Inventory:
    def __init__(self):
        self.apples = 3
        self.oranges = 5

    def total(self):
        return self.apples + self.orange


print(Inventory().total())
