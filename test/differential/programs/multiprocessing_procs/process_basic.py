# multiprocessing.Process: target with args/kwargs, name, daemon, is_alive, join,
# exitcode, current_process() and parent_process() in the child.
import multiprocessing
import sys


def greet(greeting, name, punctuation='.'):
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()
    print(f'{greeting}, {name}{punctuation} from {me.name}', flush=True)
    print('parent name:', parent.name, flush=True)
    print('child daemon:', me.daemon, flush=True)


def quiet():
    pass


if __name__ == '__main__':
    print(multiprocessing.current_process().name, multiprocessing.parent_process())
    p = multiprocessing.Process(target=greet, args=('Hello', 'world'), kwargs={'punctuation': '!'})
    print(p.name, p.daemon, p.is_alive(), p.exitcode)
    p.start()
    p.join()
    print(p.is_alive(), p.exitcode)
    q = multiprocessing.Process(target=greet, args=('Hi', 'there'), name='worker-q', daemon=True)
    print(q.name, q.daemon)
    q.start()
    q.join(timeout=30)
    print(q.exitcode)
    r = multiprocessing.Process(target=quiet)
    r.start()
    r.join()
    print(r.name, r.exitcode)
    print(len(multiprocessing.active_children()))
    try:
        r.start()
    except AssertionError as e:
        print('AssertionError:', e)
    sys.stdout.flush()
