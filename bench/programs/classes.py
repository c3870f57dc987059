# Classes: a small inventory/queue simulation with inheritance, super(), properties,
# __eq__/__hash__, __lt__, __repr__, class methods, isinstance, and sorting objects
# with key=.


class Item:
    count = 0

    def __init__(self, name, price, qty):
        self.name = name
        self._price = price
        self.qty = qty
        Item.count += 1

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError("negative price")
        self._price = value

    @property
    def value(self):
        return self._price * self.qty

    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name and self._price == other._price

    def __hash__(self):
        return hash((self.name, self._price))

    def __lt__(self, other):
        return (self._price, self.name) < (other._price, other.name)

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self._price}, {self.qty})"

    def discount(self):
        return 0

    @classmethod
    def make(cls, i):
        return cls(f"item{i % 500}", (i * 37) % 1000 + 1, i % 9 + 1)


class Perishable(Item):
    def __init__(self, name, price, qty, days):
        super().__init__(name, price, qty)
        self.days = days

    def discount(self):
        return super().discount() + (self._price // 4 if self.days < 3 else 0)

    def age(self):
        self.days -= 1
        return self.days <= 0


class Luxury(Item):
    tax = 20

    @property
    def value(self):
        return super().value * (100 + self.tax) // 100

    def discount(self):
        return -1


class Store:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    def tick(self):
        kept = []
        spoiled = 0
        for it in self.items:
            if isinstance(it, Perishable) and it.age():
                spoiled += 1
            else:
                kept.append(it)
        self.items = kept
        return spoiled

    def total(self):
        return sum(it.value - it.discount() for it in self.items)


def main():
    store = Store()
    for i in range(120_000):
        kind = i % 3
        if kind == 0:
            store.add(Item.make(i))
        elif kind == 1:
            store.add(Perishable(f"food{i % 300}", i % 200 + 1, i % 5 + 1, i % 11))
        else:
            store.add(Luxury.make(i))
    totals = []
    spoiled = 0
    for _ in range(8):
        spoiled += store.tick()
        totals.append(store.total())
    for it in store.items[::5]:
        it.price = it.price + 1
    unique = len(set(store.items))
    by_value = sorted(store.items, key=lambda it: (it.value, it.name))
    natural = sorted(store.items[:40_000])
    eqs = sum(1 for a, b in zip(natural, natural[1:]) if a == b)
    print("classes", Item.count, spoiled, totals[-1], unique, repr(by_value[0]), repr(by_value[-1]), repr(natural[0]), eqs)


main()
