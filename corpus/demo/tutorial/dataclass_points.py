# Uses a dataclass for 2-D points and finds the point nearest the origin.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int

    def dist2(self):
        return self.x * self.x + self.y * self.y


points = [Point(3, 4), Point(-1, 2), Point(0, -5), Point(2, 2)]
nearest = points[0]
for p in points[1:]:
    if p.dist2() < nearest.dist2():
        nearest = p
print(nearest)
print(Point(1, 2) == Point(1, 2))
