# Async generators driven by hand: athrow() caught and yielding, athrow() on an unstarted
# generator, aclose() running finally blocks that await, an async generator that yields
# during aclose(), awaitables reused after completion, asend on an exhausted generator.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


def run(awaitable):
    # Drive to completion, collecting what it suspends on.
    suspensions = []
    try:
        while True:
            suspensions.append(awaitable.send(None))
    except StopIteration as e:
        return ('value', e.value, suspensions)
    except StopAsyncIteration:
        return ('StopAsyncIteration', suspensions)


async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            await pause('handling')
            n += 100
            yield f'recovered from {e}'
        finally:
            pass
        n += 1


g = resilient()
print(run(g.asend(None)))
print(run(g.athrow(ValueError('bad'))))
print(run(g.__anext__()))
print(run(g.athrow(ValueError, ValueError('again'))))
try:
    run(g.athrow(KeyError('unhandled')))
except KeyError as e:
    print('propagated', repr(e), g.ag_frame)
print(run(g.__anext__()))


async def tidy():
    try:
        yield 'one'
        yield 'two'
    finally:
        await pause('cleanup awaited')
        print('  tidy finally done')


t = tidy()
print(run(t.__anext__()))
print(run(t.aclose()))
print(run(t.aclose()), run(t.asend(None)))

unstarted = tidy()
try:
    run(unstarted.athrow(OSError('before start')))
except OSError as e:
    print('unstarted athrow:', e)
print(run(tidy().aclose()))


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
run(s.__anext__())
try:
    run(s.aclose())
except RuntimeError as e:
    print('RuntimeError:', e)


async def swallow_exit():
    while True:
        try:
            yield 'x'
        except GeneratorExit:
            yield 'ignoring'


sw = swallow_exit()
run(sw.__anext__())
try:
    run(sw.aclose())
except RuntimeError as e:
    print('RuntimeError:', e)

a = resilient()
step = a.__anext__()
print(run(step))
try:
    step.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
th = a.athrow(ValueError('v'))
print(run(th))
cl = a.aclose()
run(cl)
try:
    cl.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    a.asend(None).send('non-None')
except (TypeError, StopAsyncIteration) as e:
    print(type(e).__name__, e)
pending = resilient().asend('first')
try:
    pending.send(None)
except TypeError as e:
    print('TypeError:', e)
print(type(step).__name__, type(th).__name__)
