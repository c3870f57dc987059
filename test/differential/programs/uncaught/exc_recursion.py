# Infinite mutual recursion: the repeated traceback lines are collapsed.
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1) * 2


ping(0)
