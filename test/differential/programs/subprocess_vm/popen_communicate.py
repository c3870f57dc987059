# Popen: communicate, stdin and stdout pipes used directly, iterating output lines.
import subprocess

process = subprocess.Popen(['sh', '-c', 'read name; echo hello $name; echo warn >&2'],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = process.communicate(b'world\n')
print(out, err, process.returncode)

process = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
process.stdin.write('line1\nline2\n')
process.stdin.close()
print(repr(process.stdout.read()), process.wait())
process.stdout.close()

with subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo item $i; done'], stdout=subprocess.PIPE, text=True) as process:
    for line in process.stdout:
        print('got', line.rstrip())
print(process.returncode)

process = subprocess.Popen(['sh', '-c', 'exit 7'])
print(process.wait(), process.poll(), process.returncode)

process = subprocess.Popen(['sleep', '10'])
print(process.poll())
process.terminate()
print(process.wait())

process = subprocess.Popen(['sleep', '10'])
process.kill()
print(process.wait())
process.kill()
print(process.returncode)

process = subprocess.Popen(['echo', 'direct'], stdout=subprocess.PIPE)
print(process.stdout.readline(), process.wait())
process.stdout.close()
print(process.returncode)
