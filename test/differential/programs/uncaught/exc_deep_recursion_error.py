# A recursion limit raised past the default: deep recursion works, and running out
# still ends in RecursionError with the repeated frames collapsed.
import sys

sys.setrecursionlimit(12000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(11000))


class Node:
    def __init__(self, child):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child else 0)


chain = None
for _ in range(10000):
    chain = Node(chain)
print(chain.size())
depth(20000)
