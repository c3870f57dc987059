# The builtin exception hierarchy relationships.
pairs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (StopIteration, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException), (ModuleNotFoundError, ImportError), (IndentationError, SyntaxError), (TabError, IndentationError), (BrokenPipeError, ConnectionError), (UnboundLocalError, NameError), (GeneratorExit, Exception), (ExceptionGroup, Exception), (TimeoutError, OSError)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
