# a tiny stack-based virtual machine with an assembler, jumps, calls and errors
class VMError(Exception):
    pass
def assemble(src):
    code, labels, fixups = [], {}, []
    for line in src.strip().splitlines():
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op, args = parts[0].upper(), parts[1:]
        if args:
            a = args[0]
            try:
                code.append((op, int(a)))
            except ValueError:
                fixups.append((len(code), a))
                code.append((op, a))
        else:
            code.append((op, None))
    for idx, name in fixups:
        if name not in labels:
            raise VMError('unknown label ' + name)
        code[idx] = (code[idx][0], labels[name])
    return code
def run(code, trace=False, limit=10000):
    stack, rstack, pc, out, steps = [], [], 0, [], 0
    def pop():
        if not stack:
            raise VMError('stack underflow at %d' % pc)
        return stack.pop()
    binops = {'ADD': lambda a, b: a + b, 'SUB': lambda a, b: a - b, 'MUL': lambda a, b: a * b,
              'DIV': lambda a, b: a // b, 'MOD': lambda a, b: a % b, 'LT': lambda a, b: int(a < b),
              'EQ': lambda a, b: int(a == b)}
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise VMError('step limit exceeded')
        op, arg = code[pc]
        pc += 1
        if op == 'PUSH': stack.append(arg)
        elif op in binops:
            b, a = pop(), pop()
            try:
                stack.append(binops[op](a, b))
            except ZeroDivisionError:
                raise VMError('division by zero at %d' % (pc - 1)) from None
        elif op == 'DUP': v = pop(); stack += [v, v]
        elif op == 'SWAP': b, a = pop(), pop(); stack += [b, a]
        elif op == 'OVER': b, a = pop(), pop(); stack += [a, b, a]
        elif op == 'DROP': pop()
        elif op == 'JMP': pc = arg
        elif op == 'JZ':
            if pop() == 0: pc = arg
        elif op == 'CALL': rstack.append(pc); pc = arg
        elif op == 'RET': pc = rstack.pop()
        elif op == 'PRINT': out.append(pop())
        elif op == 'HALT': break
        else: raise VMError('bad opcode ' + op)
    return out, stack, steps
fact_src = '''
    push 1
    push 10        ; n
loop:
    dup
    jz done
    dup
    call mulacc
    push 1
    sub
    jmp loop
done:
    drop
    print
    halt
mulacc:            ; (acc n n -- acc*n n)
    swap           ; acc n n -> acc n n (reorder below)
    drop
    swap
    over
    mul
    swap
    ret
'''
print(run(assemble(fact_src)))
fib_src = '''
    push 0
    push 1
    push 15
again:
    dup
    jz end
    push 1
    sub
    swap
    drop
    jmp skip
skip:
    jmp again
end:
    halt
'''
print(run(assemble('push 6\npush 7\nmul\nprint\npush 7\npush 2\nmod\nprint')))
for bad in ['push 1\npush 0\ndiv', 'add', 'jmp nowhere', 'loop:\njmp loop', 'push 1\nfrob']:
    try:
        print(run(assemble(bad)))
    except VMError as e:
        print('VMError:', e, '| cause', e.__cause__, '| suppress', e.__suppress_context__)
