# Dotted names are value patterns; bare names capture.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
def check(v):
    match v:
        case Color.RED:
            return 'red'
        case Color.GREEN:
            return 'green'
        case Consts.LIMIT:
            return 'at limit'
        case other:
            return f'captured {other!r}'
for v in (Color.RED, Color.GREEN, 10, 11, 'RED'):
    print(check(v))
