# throw() argument forms and edge cases: type plus value, a value that is not an instance,
# a traceback, non-exceptions, throwing into a just-started or finished generator,
# GeneratorExit thrown by hand (not close()), and close() of an unstarted generator.
import sys


def catcher():
    while True:
        try:
            yield 'waiting'
        except Exception as e:
            yield f'caught {type(e).__name__}{e.args}'


g = catcher()
next(g)
print(g.throw(ValueError))
next(g)
print(g.throw(ValueError, 'message'))
next(g)
print(g.throw(ValueError, ('a', 1)))
next(g)
print(g.throw(KeyError, KeyError('same instance')))
next(g)
print(g.throw(LookupError, KeyError('subclass instance')))
next(g)
for bad in [(1,), ('str',), (ValueError('x'), 'extra'), (object,)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    g.throw(ValueError, None, 'not a traceback')
except TypeError as e:
    print('TypeError:', e)
try:
    raise OSError('with tb')
except OSError as e:
    saved_tb = e.__traceback__
print(g.throw(OSError, OSError('tb given'), saved_tb))


def tracked():
    print('  body started')
    try:
        yield 1
    finally:
        print('  finally ran')


fresh = tracked()
try:
    fresh.throw(RuntimeError('into a just-started generator'))
except RuntimeError as e:
    print('propagated:', e, '| state now', fresh.gi_frame)
fresh = tracked()
fresh.close()
print('closed unstarted: no body, no finally;', next(fresh, 'exhausted'))


def ignores_exit():
    seen = 0
    while True:
        try:
            yield 'alive'
        except GeneratorExit:
            seen += 1
            print('  saw GeneratorExit', seen)
            if seen == 3:
                return


h = ignores_exit()
next(h)
print('hand-thrown GeneratorExit is just an exception:', h.throw(GeneratorExit))
try:
    h.close()
except RuntimeError as e:
    print('close:', e)
print('third close lets it return:', h.close(), h.gi_frame)


def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return 'ignored value'


r = returns_on_exit()
next(r)
print('close() result:', r.close())


def raises_other():
    try:
        yield
    finally:
        raise KeyError('from finally')


o = raises_other()
next(o)
try:
    o.close()
except KeyError as e:
    print('close propagates', repr(e), type(e.__context__).__name__)
done = catcher()
done.close()
try:
    done.throw(ZeroDivisionError('after close'))
except ZeroDivisionError as e:
    print('finished generator re-raises', e)
