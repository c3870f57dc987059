# Markers under a failing expression that spans several lines, and under subscripts
# and operators inside nested calls.
def lookup(table, key):
    return table[key]


def combine(rows):
    return sum(
        lookup(row, "weight") * lookup(row, "count")
        for row in rows
    )


rows = [{"weight": 2, "count": 3}, {"weight": 1}]
print(
    combine(
        rows,
    )
)
