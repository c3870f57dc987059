# dataclasses: defaults, field(default_factory), ordering, frozen, asdict, replace.
from dataclasses import dataclass, field, asdict, replace, astuple, fields
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item('pen', 1.5)
b = Item('cup', 3.0, ['kitchen'])
print(a, b, a < b, sorted([a, b])[0].name, a == Item('pen', 1.5))
print(asdict(b), astuple(a), replace(a, price=2.0), [f.name for f in fields(Item)])
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(p) == hash(P(1, 0)), P(2, 3))
