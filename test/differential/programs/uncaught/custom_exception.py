# An uncaught user-defined exception with a message.
class BudgetExceeded(Exception):
    pass
spent = 0
for cost in (10, 20, 30):
    spent += cost
    print('spent', spent)
    if spent > 25:
        raise BudgetExceeded(f'spent {spent} > 25')
