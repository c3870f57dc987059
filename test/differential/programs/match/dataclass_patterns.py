# Dataclasses generate __match_args__ for positional class patterns.
from dataclasses import dataclass
@dataclass
class Add:
    left: object
    right: object
@dataclass
class Num:
    value: int
def ev(e):
    match e:
        case Num(v):
            return v
        case Add(Num(0), r) | Add(r, Num(0)):
            return ev(r)
        case Add(l, r):
            return ev(l) + ev(r)
print(ev(Add(Num(1), Add(Num(0), Num(5)))), Add.__match_args__)
print(ev(Add(Add(Num(2), Num(3)), Num(0))))
