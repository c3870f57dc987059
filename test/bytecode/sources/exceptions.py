# Exception handling: except clauses, else, finally, except*, raise, re-raise, assert.
def plain(f):
    try:
        f()
    except ValueError as error:
        print(error)
    except (TypeError, KeyError):
        raise
    except Exception as error:
        raise RuntimeError('wrapped') from error
    else:
        return 1
    finally:
        print('done')

def star(f):
    try:
        f()
    except* ValueError as group:
        print(group.exceptions)
    except* (TypeError, OSError):
        pass

def finally_flow(items):
    for item in items:
        try:
            if item:
                break
            continue
        finally:
            print(item)
    while True:
        try:
            return items
        finally:
            del items

def bare():
    try:
        pass
    except:
        pass
    assert bare, 'message'
    assert not bare
    raise

def nested_handlers(a):
    try:
        try:
            a()
        except KeyError:
            a(1)
    except (IndexError) as e:
        try:
            a(e)
        finally:
            a(2)
