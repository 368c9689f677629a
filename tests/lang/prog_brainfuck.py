# a brainfuck interpreter with bracket matching and error handling
def run(prog, inp=b'', limit=200000):
    stack, match = [], {}
    for i, c in enumerate(prog):
        if c == '[':
            stack.append(i)
        elif c == ']':
            if not stack:
                raise SyntaxError('unmatched ] at %d' % i)
            j = stack.pop()
            match[i], match[j] = j, i
    if stack:
        raise SyntaxError('unmatched [ at %d' % stack[-1])
    tape = bytearray(64)
    ptr = pc = steps = ip = 0
    out = bytearray()
    while pc < len(prog):
        steps += 1
        if steps > limit:
            raise RuntimeError('step limit')
        c = prog[pc]
        if c == '+': tape[ptr] = (tape[ptr] + 1) & 255
        elif c == '-': tape[ptr] = (tape[ptr] - 1) & 255
        elif c == '>':
            ptr += 1
            if ptr >= len(tape):
                tape.extend(bytes(len(tape)))
        elif c == '<':
            ptr -= 1
            if ptr < 0:
                raise IndexError('tape underflow at pc %d' % pc)
        elif c == '.': out.append(tape[ptr])
        elif c == ',':
            tape[ptr] = inp[ip] if ip < len(inp) else 0
            ip += 1
        elif c == '[' and tape[ptr] == 0: pc = match[pc]
        elif c == ']' and tape[ptr] != 0: pc = match[pc]
        pc += 1
    return bytes(out), steps
hello = ('++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.')
out, steps = run(hello)
print(out, steps)
rev = '>,[>,]<[.<]'
print(run(rev, b'stressed'))
add = ',>,[<+>-]<.'
print(run(add, bytes([30, 12]))[0][0])
for bad in ['[[]', '+]', '<', '+[]']:
    try:
        print(run(bad, limit=1000))
    except (SyntaxError, IndexError, RuntimeError) as e:
        print(type(e).__name__, e)
