# generator, coroutine and async generator methods declared once: arity errors, slot wrappers, descriptors
def g(): yield 1
async def ag(): yield 1
for e in ['g().send()','g().send(1,2)','g().throw()','g().throw(1,2,3,4)','g().close(1)','g().__next__(1)','type(g()).send(1, 2)','type(g()).__next__(1)','ag().asend()','ag().aclose(1)','ag().__anext__(1)','ag().__anext__().send()','ag().__anext__().throw()', 'type(ag()).asend(1,2)', 'g().send(x=1)', 'g().throw(x=1)']:
  try: eval(e)
  except TypeError as x: print(e, '->', repr(str(x)))
x = g()
print(next(x), x.send(None) if False else x.__next__ if False else 'ok')
try: x.throw(ValueError, ValueError(3))
except ValueError as e: print('thrown', e)
