# An uncaught KeyboardInterrupt: CPython prints the traceback, then kills itself with SIGINT.
print('simulating interrupt')
def handler():
    raise KeyboardInterrupt
x = 0
handler()
