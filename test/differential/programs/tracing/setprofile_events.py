# sys.setprofile: call and return of Python frames, c_call, c_return and c_exception
# around calls of built-in functions and methods.
import sys

events = []


def profiler(frame, event, arg):
    if event.startswith('c_'):
        shown = arg.__name__
        owner = getattr(arg, '__self__', None)
        if owner is not None and not isinstance(owner, type(sys)):
            shown = type(owner).__name__ + '.' + shown
    elif event == 'return':
        shown = repr(arg)
    else:
        shown = None
    events.append((frame.f_code.co_name, event, shown))


def helper(items):
    items.append(len(items))
    return max(items)


def main():
    items = [3, 1]
    helper(items)
    text = 'abc'.upper()
    joined = str.join('-', ['a', 'b'])
    print('printing', len(text), joined)
    try:
        int('not a number')
    except ValueError:
        pass
    sorted(items, key=abs)
    return sum(items)


sys.setprofile(profiler)
main()
sys.setprofile(None)
print(sys.getprofile())

for event in events:
    print(*event)



def spread_calls(arguments):
    print(*arguments, sep='-')
    return str.upper(*arguments[:1])


del events[:]
sys.setprofile(profiler)
spread_calls(('spread', 'call'))
sys.setprofile(None)
for event in events:
    print(*event)
