# gc.collect() reports a failed task no one can reach any more to the loop's exception
# handler, but not one still held (by a local, a list, an object, a closure, or a task
# waiting on it); those are retrieved later and never reported.
import asyncio
import gc


def handler(loop, context):
    print('handler:', context['message'], repr(context.get('exception')))


async def fail(n):
    raise ValueError(f'failure {n}')


async def wait_for(future):
    try:
        await future
    except ValueError as e:
        print('waiter retrieved', e)


class Box:
    pass


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    kept = asyncio.create_task(fail(1))
    listed = [asyncio.create_task(fail(2))]
    box = Box()
    box.task = asyncio.create_task(fail(3))

    def closure():
        task = asyncio.create_task(fail(4))
        return lambda: task

    from_closure = closure()
    future = loop.create_future()
    waiter = asyncio.create_task(wait_for(future))
    dropped = asyncio.create_task(fail(5))
    await asyncio.sleep(0)
    del dropped
    gc.collect()
    print('first collection done')
    future.set_exception(ValueError('for the waiter'))
    await waiter
    print([str(t.exception()) for t in (kept, listed[0], box.task, from_closure())])
    del kept, listed, box, from_closure
    gc.collect()
    print('second collection done')


asyncio.run(main())
