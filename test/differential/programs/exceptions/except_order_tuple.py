# except clauses are tried in order; tuples catch any listed type; bare except.
def test(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-ish ' + type(e).__name__
    except LookupError:
        return 'LookupError'
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except:
        return 'bare'
for exc in (KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), SystemExit(3)):
    print(test(exc))
