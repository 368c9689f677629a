"""Ray tracer: render a small scene (spheres and a checkered plane, one
point light, shadows and reflections) into an in-memory framebuffer and
checksum the pixels.  Exercises vector classes with operator overloading,
method dispatch through a small class hierarchy and float math.

Usage: python3 raytrace.py [SIZE]
"""
import sys
import math

EPSILON = 1e-5
MAX_DEPTH = 3


class Vec3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec3(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec3(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec3(self.y * o.z - self.z * o.y,
                    self.z * o.x - self.x * o.z,
                    self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        return Vec3(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def modulate(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)

    def to_bytes(self):
        def clamp(v):
            v = int(v * 255.0 + 0.5)
            if v < 0:
                return 0
            if v > 255:
                return 255
            return v
        return clamp(self.r), clamp(self.g), clamp(self.b)


BLACK = Color(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, c1, c2, size, diffuse, specular, reflect):
        Material.__init__(self, c1, diffuse, specular, reflect)
        self.other = c2
        self.size = size

    def color_at(self, point):
        ix = int(math.floor(point.x / self.size))
        iz = int(math.floor(point.z / self.size))
        if (ix + iz) % 2 == 0:
            return self.color
        return self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        Shape.__init__(self, material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > EPSILON:
            return t
        t = -b + s
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.shapes = []
        self.light = Vec3(-3.0, 6.0, -4.0)
        self.ambient = 0.12

    def add(self, shape):
        self.shapes.append(shape)

    def nearest(self, ray):
        best_t = None
        best = None
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = s
        return best, best_t

    def in_shadow(self, point, to_light, dist):
        ray = Ray(point, to_light)
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            # sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.6, 0.7, 0.9) * k + Color(1.0, 1.0, 1.0) * (0.3 * (1.0 - k))
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = shape.material
        base = mat.color_at(point)
        color = base * self.ambient
        lvec = self.light - point
        ldist = lvec.length()
        ldir = lvec * (1.0 / ldist)
        if not self.in_shadow(point + normal * EPSILON, ldir, ldist):
            lambert = normal.dot(ldir)
            if lambert > 0.0:
                color = color + base * (lambert * mat.diffuse)
            refl = ldir.reflect(normal)
            spec = refl.dot(ray.direction)
            if spec > 0.0:
                s2 = spec * spec
                s4 = s2 * s2
                s16 = s4 * s4
                s16 = s16 * s16
                spec = s16 * s4 * mat.specular
                color = color + Color(spec, spec, spec)
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            rdir = ray.direction.reflect(normal).normalized()
            rc = self.trace(Ray(point + normal * EPSILON, rdir), depth + 1)
            color = color * (1.0 - mat.reflect) + rc * mat.reflect
        return color


class Camera:
    def __init__(self, eye, target, up, fov_deg, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half = math.tan(math.radians(fov_deg) / 2.0)

    def ray_for(self, px, py):
        aspect = self.width / self.height
        sx = (2.0 * (px + 0.5) / self.width - 1.0) * self.half * aspect
        sy = (1.0 - 2.0 * (py + 0.5) / self.height) * self.half
        d = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, d.normalized())


def build_scene():
    sc = Scene()
    sc.add(Plane(Vec3(0.0, 0.0, 0.0), Vec3(0.0, 1.0, 0.0),
                 Checker(Color(0.9, 0.9, 0.9), Color(0.15, 0.15, 0.2),
                         1.0, 0.8, 0.2, 0.25)))
    sc.add(Sphere(Vec3(0.0, 1.0, 3.0), 1.0,
                  Material(Color(0.9, 0.2, 0.2), 0.7, 0.6, 0.35)))
    sc.add(Sphere(Vec3(-2.2, 0.7, 4.0), 0.7,
                  Material(Color(0.2, 0.8, 0.3), 0.8, 0.3, 0.1)))
    sc.add(Sphere(Vec3(1.8, 0.5, 2.2), 0.5,
                  Material(Color(0.2, 0.3, 0.9), 0.6, 0.9, 0.5)))
    sc.add(Sphere(Vec3(0.6, 2.4, 5.5), 0.9,
                  Material(Color(0.95, 0.85, 0.3), 0.9, 0.1, 0.0)))
    return sc


def render(size):
    scene = build_scene()
    cam = Camera(Vec3(0.0, 1.8, -3.0), Vec3(0.0, 1.0, 3.0),
                 Vec3(0.0, 1.0, 0.0), 60.0, size, size)
    checksum = 0
    total = [0, 0, 0]
    for y in range(size):
        for x in range(size):
            c = scene.trace(cam.ray_for(x, y), 0)
            r, g, b = c.to_bytes()
            total[0] += r
            total[1] += g
            total[2] += b
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) & 0xFFFFFFFF
    return checksum, total


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    checksum, total = render(size)
    print("raytrace size=%d rgb_sum=%d,%d,%d checksum=%d" %
          (size, total[0], total[1], total[2], checksum))


main()
