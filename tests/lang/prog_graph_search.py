# graph algorithms: BFS shortest path, DFS topological sort, cycle detection, components
edges = [('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e'), ('f', 'g')]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, [])
def bfs_path(g, start, goal):
    prev = {start: None}
    queue = [start]
    qi = 0
    while qi < len(queue):
        node = queue[qi]
        qi += 1
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nb in g[node]:
            if nb not in prev:
                prev[nb] = node
                queue.append(nb)
    return None
print(bfs_path(graph, 'a', 'e'), bfs_path(graph, 'a', 'g'), bfs_path(graph, 'e', 'e'))
class CycleError(Exception):
    pass
def toposort(g):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {n: WHITE for n in g}
    order = []
    def visit(n, stack):
        if color[n] == GREY:
            raise CycleError(' -> '.join(stack[stack.index(n):] + [n]))
        if color[n] == BLACK:
            return
        color[n] = GREY
        for m in sorted(g[n]):
            visit(m, stack + [n])
        color[n] = BLACK
        order.append(n)
    for n in sorted(g):
        visit(n, [])
    return order[::-1]
print(toposort(graph))
cyc = {'x': ['y'], 'y': ['z'], 'z': ['x'], 'w': ['x']}
try:
    toposort(cyc)
except CycleError as e:
    print('CycleError:', e)
def components(g):
    und = {n: set() for n in g}
    for u in g:
        for v in g[u]:
            und[u].add(v)
            und[v].add(u)
    seen, comps = set(), []
    for n in sorted(und):
        if n in seen:
            continue
        stack, comp = [n], []
        seen.add(n)
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in sorted(und[x]):
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        comps.append(sorted(comp))
    return comps
print(components(graph))
grid = ['S.#.....',
        '.##.###.',
        '....#...',
        '.##...#E']
def maze(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'S')
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for r, c in frontier:
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != '#' and (nr, nc) not in dist:
                    dist[(nr, nc)] = dist[(r, c)] + 1
                    if grid[nr][nc] == 'E':
                        return dist[(nr, nc)]
                    nxt.append((nr, nc))
        frontier = nxt
    return -1
print(maze(grid), maze(['S#E']))
