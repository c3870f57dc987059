# A match with no matching case does nothing; subjects evaluated once.
calls = 0
def subject():
    global calls
    calls += 1
    return 42
match subject():
    case 1:
        print('one')
    case str():
        print('str')
print('no case matched, calls =', calls)
match subject():
    case 40 | 41:
        print('low')
    case 42:
        print('found 42')
print(calls)
