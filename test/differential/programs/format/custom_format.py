# __format__ on user classes is used by format(), f-strings and str.format.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.cents // 100}'
        return f'${self.cents / 100:{spec or ".2f"}}'
m = Money(123456)
print(format(m), format(m, 'short'), f'{m}', f'{m:short}', f'{m:,.1f}', '{:short}'.format(m))
class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(format(Plain(), '') == str(Plain()) or 'n/a')
