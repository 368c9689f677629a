# Dijkstra shortest paths with a hand-written heap; path reconstruction
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        p = (i - 1) // 2
        h[i], h[p] = h[p], h[i]
        i = p
def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        c = 2 * i + 1
        if c >= len(h):
            break
        if c + 1 < len(h) and h[c + 1] < h[c]:
            c += 1
        if h[i] <= h[c]:
            break
        h[i], h[c] = h[c], h[i]
        i = c
    return top
def dijkstra(graph, src):
    dist = {src: 0}
    prev = {}
    h = [(0, src)]
    done = set()
    while h:
        d, u = heappop(h)
        if u in done:
            continue
        done.add(u)
        for v, w in graph.get(u, ()):
            if w < 0:
                raise ValueError('negative edge %s->%s' % (u, v))
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heappush(h, (nd, v))
    return dist, prev
def path(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    p = [dst]
    while p[-1] != src:
        p.append(prev[p[-1]])
    return p[::-1]
G = {
    'A': [('B', 7), ('C', 9), ('F', 14)],
    'B': [('A', 7), ('C', 10), ('D', 15)],
    'C': [('A', 9), ('B', 10), ('D', 11), ('F', 2)],
    'D': [('B', 15), ('C', 11), ('E', 6)],
    'E': [('D', 6), ('F', 9)],
    'F': [('A', 14), ('C', 2), ('E', 9)],
    'Z': [],
}
dist, prev = dijkstra(G, 'A')
for n in sorted(G):
    print(n, dist.get(n, 'inf'), path(prev, 'A', n))
try:
    dijkstra({'a': [('b', -1)]}, 'a')
except ValueError as e:
    print('ValueError', e)
grid = [[1, 3, 1, 2], [1, 5, 1, 9], [4, 2, 1, 1]]
G2 = {}
for r in range(3):
    for c in range(4):
        G2[(r, c)] = [((r + dr, c + dc), grid[r + dr][c + dc]) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))
                      if 0 <= r + dr < 3 and 0 <= c + dc < 4]
d2, p2 = dijkstra(G2, (0, 0))
print(d2[(2, 3)] + grid[0][0], path(p2, (0, 0), (2, 3)))
