# os.waitpid on children, and what the status macros make of the statuses.
import os
import signal
import subprocess
import time

process = subprocess.Popen(['sh', '-c', 'exit 9'])
pid, status = os.waitpid(process.pid, 0)
print(pid == process.pid, status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
try:
    os.waitpid(process.pid, 0)
except ChildProcessError as error:
    print(repr(error))

process = subprocess.Popen(['sleep', '10'])
print(os.waitpid(process.pid, os.WNOHANG))
os.kill(process.pid, signal.SIGTERM)
pid, status = os.waitpid(process.pid, 0)
print(status, os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

process = subprocess.Popen(['sh', '-c', 'exit 1'])
while True:
    pid, status = os.waitpid(process.pid, os.WNOHANG)
    if pid:
        break
    time.sleep(0.01)
print(os.waitstatus_to_exitcode(status))

process = subprocess.Popen(['sleep', '10'], start_new_session=True)
os.killpg(process.pid, signal.SIGKILL)
print(process.wait())

try:
    os.waitpid(1, 0)
except ChildProcessError as error:
    print(error)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as error:
    print(error)
