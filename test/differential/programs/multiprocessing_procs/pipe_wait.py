# multiprocessing.connection.wait over the parent's ends of several children's duplex
# Pipe()s: each child answers when asked, and its end reads end-of-file once it exits.
import multiprocessing
from multiprocessing.connection import wait


def square_when_asked(conn, index):
    number = conn.recv()
    conn.send((index, number * number))
    conn.close()


if __name__ == '__main__':
    ends = []
    children = []
    for index in range(4):
        mine, theirs = multiprocessing.Pipe()
        child = multiprocessing.Process(target=square_when_asked, args=(theirs, index))
        child.start()
        theirs.close()
        ends.append(mine)
        children.append(child)
    print(wait(ends, timeout=0.05))
    for index, end in enumerate(ends):
        end.send(index + 10)
    answers = []
    pending = list(ends)
    while pending:
        for end in wait(pending):
            try:
                answers.append(end.recv())
            except EOFError:
                pending.remove(end)
    print(sorted(answers))
    for child in children:
        child.join()
    print([child.exitcode for child in children])
