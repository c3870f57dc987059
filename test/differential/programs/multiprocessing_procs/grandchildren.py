# A child that starts a process of its own: the grandchild gets its queue end through the child, and its parent is the child.
import multiprocessing as mp, os
def grandchild(q): q.put(("grandchild", os.getppid() != os.getpid()))
def child(q):
    p = mp.Process(target=grandchild, args=(q,)); p.start(); p.join()
    q.put(("child", p.exitcode, mp.current_process().name))
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,)); p.start()
    print(sorted([q.get(), q.get()])); p.join(); print(p.exitcode)
