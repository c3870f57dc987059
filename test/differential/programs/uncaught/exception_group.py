# An uncaught ExceptionGroup; the last stderr line shows the group's summary.
print('raising group')
errors = [ValueError('bad value'), TypeError('bad type')]
if errors:
    raise ExceptionGroup('validation failed', errors)
print('unreachable')
