# An uncaught exception with notes: the note is the last stderr line.
try:
    {}['config']
except KeyError as e:
    e.add_note('while loading settings')
    print('adding note')
    raise
