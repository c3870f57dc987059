# input() reads sys.stdin and writes the prompt to sys.stdout, flushing the streams
# (a stream without flush is fine); it needs both.
import io
import sys


class Sink:
    def __init__(self):
        self.text = []

    def write(self, text):
        self.text.append(text)


saved_in, saved_out = sys.stdin, sys.stdout
sink = Sink()
sys.stdin = io.StringIO('first line\n  second\nlast')
sys.stdout = sink
lines = [input(), input('prompt> '), input()]
outcomes = []
try:
    input()
except EOFError as error:
    outcomes.append(repr(error))
del sys.stdout
try:
    input('x')
except RuntimeError as error:
    outcomes.append(repr(error))
sys.stdout = sink
del sys.stdin
try:
    input('x')
except RuntimeError as error:
    outcomes.append(repr(error))
sys.stdin, sys.stdout = saved_in, saved_out
print(lines, sink.text, outcomes)
