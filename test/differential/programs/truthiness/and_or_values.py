# and/or return one of their operands, not bools.
print(1 and [], [] or {}, 'x' and 'y', None or 'z', 0 or 0.0, (0, 0) and 'tuple truthy')
vals = [0, 1, '', 'a']
for a in vals:
    for b in vals:
        print(repr(a), repr(b), repr(a and b), repr(a or b))
