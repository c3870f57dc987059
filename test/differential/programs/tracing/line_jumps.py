# Setting frame.f_lineno from a trace function (a debugger's jump) and the jumps refused.
import sys


def jump(function, from_offset, to_line, event='line'):
    """Runs function(output), jumping once from its line from_offset to to_line (an offset, or what to assign)."""
    first = function.__code__.co_firstlineno
    done = False

    def trace(frame, what, arg):
        nonlocal done
        if not done and what == event and frame.f_code is function.__code__ and frame.f_lineno == first + from_offset:
            done = True
            try:
                frame.f_lineno = first + to_line if isinstance(to_line, int) else to_line
            except ValueError as error:
                output.append('ValueError: ' + str(error))
        return trace

    output = []
    sys.settrace(trace)
    try:
        function(output)
    except Exception as error:
        output.append(type(error).__name__)
    finally:
        sys.settrace(None)
    print(function.__name__, from_offset, to_line, output)


def straight(output):
    output.append(1)
    output.append(2)
    output.append(3)


def looping(output):
    for i in range(3):
        output.append(i)
    output.append('after')


def with_try(output):
    try:
        output.append(2)
        raise ValueError
    except ValueError:
        output.append(5)
    output.append(6)


jump(straight, 1, 3)
jump(straight, 3, 1)
jump(straight, 1, 100)
jump(straight, 1, -5)
jump(straight, 1, 'two')
jump(straight, 0, 2, event='call')
jump(looping, 3, 2)
jump(looping, 1, 2)
jump(looping, 2, 3)
jump(with_try, 2, 6)
jump(with_try, 1, 5)
jump(with_try, 5, 2)
jump(straight, 3, 1, event='return')
jump(with_try, 3, 6, event='exception')


def not_tracing():
    try:
        sys._getframe().f_lineno = 1
    except ValueError as error:
        print('ValueError:', error)


not_tracing()
