# Children that cannot start, and children that take too long.
import subprocess

for args, options in [(['nonexistent-program-xyz'], {}), (['/no/such/dir/prog'], {}),
                      (['ls'], {'cwd': '/nonexistent-dir-xyz'}), (['/etc/passwd'], {}), (['/tmp'], {}),
                      (['./nope'], {'cwd': '/'})]:
    try:
        subprocess.run(args, **options)
    except OSError as error:
        print(type(error).__name__, error.errno, error.strerror, error.filename)
        print(repr(error))

try:
    subprocess.run(['sleep', '10'], timeout=0.3)
except subprocess.TimeoutExpired as error:
    print(type(error).__name__, error.cmd)

try:
    subprocess.run(['sh', '-c', 'echo before; sleep 10'], capture_output=True, timeout=0.5)
except subprocess.TimeoutExpired as error:
    print(error, error.output)

process = subprocess.Popen(['sh', '-c', 'sleep 10'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    process.communicate(timeout=0.2)
except subprocess.TimeoutExpired as error:
    print('communicate', error)
process.kill()
print(process.communicate(), process.returncode)

try:
    subprocess.check_output(['sleep', '10'], timeout=0.2)
except subprocess.TimeoutExpired as error:
    print('check_output', error)
