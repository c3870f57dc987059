# The ~~~^^^ markers python3 draws under the failing part of a line, shown through
# sys.excepthook for operators and subscripts next to brackets and blanks, non-ASCII
# text, calls and attributes (plain ^^^), and a failure that spans the whole line.
import sys


def report(action):
    try:
        action()
    except Exception as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__.tb_next)


items = [1]
table = {"é": None}
report(lambda: items[ 5 ])
report(lambda: items [5])
report(lambda: (items)[5])
report(lambda: items[(5)])
report(lambda: items[1:2] + None)
report(lambda: {}[1, 2])
report(lambda: ((1)) + None)
report(lambda: (1)+None)
report(lambda: 1 +(None))
report(lambda: (1) ** "x")
report(lambda: 7 // 0)
report(lambda: table["é"] + 1)  # a comment after the code
report(lambda: len(5))
report(lambda: table.missing)


def whole_line():
    return 1 / 0


def spread():
    return (1 +
            None)


report(whole_line)
report(spread)
report(lambda: [x for x in [0]][0] / 0)
