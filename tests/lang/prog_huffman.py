# Huffman coding with deterministic tie-breaking
def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, ch, ch) for ch, n in freq.items()]
    counter = 0
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        a = nodes.pop(0)
        b = nodes.pop(0)
        counter += 1
        nodes.append((a[0] + b[0], min(a[1], b[1]), (a[2], b[2])))
    return nodes[0][2], freq
def codes(tree, prefix='', table=None):
    if table is None:
        table = {}
    if isinstance(tree, str):
        table[tree] = prefix or '0'
    else:
        codes(tree[0], prefix + '0', table)
        codes(tree[1], prefix + '1', table)
    return table
def encode(text, table):
    return ''.join(table[c] for c in text)
def decode(bits, tree):
    out, node = [], tree
    if isinstance(tree, str):
        return tree * len(bits)
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    if node is not tree:
        raise ValueError('trailing bits')
    return ''.join(out)
for text in ['abracadabra', 'mississippi river', 'aaaa', 'the quick brown fox']:
    tree, freq = build(text)
    table = codes(tree)
    bits = encode(text, table)
    print(repr(text), len(bits), 'bits vs', 8 * len(text))
    for ch in sorted(table):
        print('  %r %d %s' % (ch, freq[ch], table[ch]))
    print('  roundtrip', decode(bits, tree) == text)
tree, _ = build('abracadabra')
try:
    decode('0101', tree) if False else decode(encode('ab', codes(tree)) + '1', tree)
except ValueError as e:
    print('ValueError', e)
except (IndexError, TypeError) as e:
    print(type(e).__name__)
