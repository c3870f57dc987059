# Evaluation order of clauses in comprehensions with side effects.
log = []
def t(name, v):
    log.append(name)
    return v
r = [t('elt', x + y) for x in t('outer', [1, 2]) if t('if1', True) for y in t('inner', [10]) if t('if2', x != 2)]
print(r)
print(log)
