# Structural pattern matching: every kind of pattern, guards, and nested patterns.
def describe(point, Point, Color):
    match point:
        case 0 | 1 | None:
            return 'small'
        case True:
            return 'true'
        case -1 | 1.5 | 2j | -3 + 4j | 'text' | b'bytes':
            return 'literal'
        case Color.RED:
            return 'red'
        case [x, y, *rest] if x > y:
            return rest
        case (1, 2):
            return 'pair'
        case [*_, last]:
            return last
        case {'x': x, 'y': 0, **others}:
            return others
        case {'k': [1, {'z': z}]}:
            return z
        case Point(x=0, y=yy) | Point(0, yy):
            return yy
        case Point(1, 2, z=3) as matched:
            return matched
        case str() | bytes():
            return 'string'
        case {}:
            return 'mapping'
        case []:
            return 'empty'
        case other:
            return other

def wildcard(command):
    match command.split():
        case [action]:
            pass
        case [action, obj]:
            pass
        case _:
            pass
