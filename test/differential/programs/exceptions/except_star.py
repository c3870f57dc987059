# except* handles matching parts of an ExceptionGroup; unmatched parts re-raise.
def run(excs):
    try:
        raise ExceptionGroup('g', excs)
    except* ValueError as e:
        print('ValueError part', repr(e))
    except* (TypeError, KeyError) as e:
        print('Type/Key part', [repr(x) for x in e.exceptions])
run([ValueError(1), TypeError(2), ValueError(3)])
run([KeyError('k')])
try:
    run([OSError('unhandled'), ValueError('v')])
except ExceptionGroup as e:
    print('escaped', repr(e))
try:
    try:
        raise TypeError('naked')
    except* TypeError as e:
        print('wrapped naked', repr(e))
except Exception as e:
    print('no', e)
