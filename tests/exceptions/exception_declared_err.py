# BaseException and super declared once: arity errors, descriptors, __new__ checks
for e in ['super(1,2,3)','super(x=1)','super(1)', 'BaseException.with_traceback()', 'ValueError(1).with_traceback()', 'ValueError(x=1)', 'BaseException.__new__(1)', 'BaseException.__new__(int)', 'ValueError.__str__(1)', 'ValueError(1).__str__(1)', 'repr(OSError(2, "x"))', 'type(OSError(2, "x"))','BaseException.__init__(1)', 'ValueError(1).__repr__(2)', 'ValueError(1, 2).args', 'str(KeyError("k"))']:
  try: print(e, '=', eval(e))
  except TypeError as x: print(e, '->', repr(str(x)))
