# Functions returning generators vs lists; a generator function call does not run the body.
def gen():
    print('started')
    yield 1
    print('resumed')
    yield 2
    print('ending')
g = gen()
print('created')
for v in g:
    print('got', v)
print(list(gen()))
