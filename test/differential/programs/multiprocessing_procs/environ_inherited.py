# A child sees its parent's environment as it is when the child starts: changes made after
# multiprocessing was imported included (pyvm may have started the child's interpreter
# ahead of time), and a change in the child stays in the child.
import os
os.environ['PYVM_TEST_REMOVED'] = 'set before the import'
os.environ['PYVM_TEST_CHANGED'] = 'old value'
import multiprocessing
import time

os.environ['PYVM_TEST_SET_AFTER_IMPORT'] = 'set in the parent'
os.environ.pop('PYVM_TEST_REMOVED', None)
os.environ['PYVM_TEST_CHANGED'] = 'new value'
time.sleep(0.5)


def report(queue):
    queue.put((os.environ.get('PYVM_TEST_SET_AFTER_IMPORT'), 'PYVM_TEST_REMOVED' in os.environ,
               os.environ.get('PYVM_TEST_CHANGED'), os.getenv('PYVM_TEST_CHANGED')))
    os.environ['PYVM_TEST_FROM_CHILD'] = 'child only'


if __name__ == '__main__':
    queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=report, args=(queue,))
    child.start()
    print(queue.get())
    child.join()
    print(child.exitcode, 'PYVM_TEST_FROM_CHILD' in os.environ)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(os.getenv, ['PYVM_TEST_SET_AFTER_IMPORT', 'PYVM_TEST_REMOVED']))
