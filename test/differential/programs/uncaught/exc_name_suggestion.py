# "Did you mean" for an uncaught NameError: a local close to the misspelt name.
def average(values):
    total_sum = 0
    for value in values:
        total_sum += value
    return totl_sum / len(values)


print(average([1, 2, 3]))
