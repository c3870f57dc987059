# os.getpid() in a child differs from the parent's and equals the child's Process.pid;
# os.getppid() in the child is the parent's pid. Only comparisons are printed.
import multiprocessing
import os


def send_ids(conn):
    conn.send((os.getpid(), os.getppid(), multiprocessing.parent_process().pid))
    conn.close()


def pid_of(_):
    return os.getpid()


if __name__ == '__main__':
    parent_pid = os.getpid()
    print(multiprocessing.current_process().pid == parent_pid)
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=send_ids, args=(b,))
    print(p.pid)
    p.start()
    child_pid, child_ppid, parent_as_seen = a.recv()
    p.join()
    print(child_pid != parent_pid, child_pid == p.pid, child_ppid == parent_pid, parent_as_seen == parent_pid)
    print(isinstance(p.pid, int), p.ident == p.pid)
    with multiprocessing.Pool(2) as pool:
        pids = pool.map(pid_of, range(4))
    print(parent_pid in pids, all(isinstance(pid, int) for pid in pids))
