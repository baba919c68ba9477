# Shape classes with inheritance, each computing its own area and perimeter.
import math


class Shape:
    def describe(self):
        return f'{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}'


class Rectangle(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


for shape in [Rectangle(3, 4), Square(2), Circle(1.5)]:
    print(shape.describe())
