# Exceptions inside loops with try/except/continue preserve loop progress.
results = []
for s in ['1', 'x', '3', '', '5']:
    try:
        n = int(s)
    except ValueError as e:
        results.append(f'bad:{s!r}')
        continue
    finally:
        results.append('f')
    results.append(n)
print(results)
