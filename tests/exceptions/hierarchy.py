# builtin exception hierarchy
pairs = [
    (BaseException, object), (Exception, BaseException), (SystemExit, BaseException), (KeyboardInterrupt, BaseException),
    (GeneratorExit, BaseException), (StopIteration, Exception), (StopAsyncIteration, Exception),
    (ArithmeticError, Exception), (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (FloatingPointError, ArithmeticError), (AssertionError, Exception), (AttributeError, Exception),
    (EOFError, Exception), (ImportError, Exception), (ModuleNotFoundError, ImportError),
    (LookupError, Exception), (IndexError, LookupError), (KeyError, LookupError), (MemoryError, Exception),
    (NameError, Exception), (UnboundLocalError, NameError), (OSError, Exception), (RuntimeError, Exception),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError), (SyntaxError, Exception),
    (IndentationError, SyntaxError), (TypeError, Exception), (ValueError, Exception),
    (UnicodeError, ValueError), (UnicodeDecodeError, UnicodeError), (UnicodeEncodeError, UnicodeError),
    (Warning, Exception), (UserWarning, Warning), (DeprecationWarning, Warning),
    (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError), (ConnectionError, OSError),
    (BrokenPipeError, ConnectionError), (ProcessLookupError, OSError), (IsADirectoryError, OSError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base), sub.__bases__[0] is base)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(KeyError, IndexError), issubclass(ValueError, TypeError), issubclass(OSError, IOError), IOError is OSError)
print(EnvironmentError is OSError, issubclass(StopIteration, StopAsyncIteration))
