# Writing and reading a file in a temporary directory with with-statements.
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.txt')
    with open(path, 'w') as f:
        f.write('line one\nline two\n')
        print(f.closed)
    print(f.closed)
    with open(path) as f:
        print(f.readlines())
    with open(path, 'a') as f:
        print(f.write('three'))
    with open(path, 'rb') as f:
        print(f.read())
