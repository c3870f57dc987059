# Exception groups past the printer's limits: more than 15 members and deeper than 10.
def nest(depth):
    if depth == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level {depth}", [nest(depth - 1)])


wide = ExceptionGroup("wide", [IndexError(i) for i in range(18)] + [nest(12)])
raise wide
