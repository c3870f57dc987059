# enum: Enum, IntEnum, Flag, auto, iteration and lookup.
from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.RED.name, Color.RED.value, list(Color))
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Level.LOW < Level.HIGH, Level.HIGH + 1, Level(2).name, int(Level.LOW))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(Perm(7)))
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
