# Uses chained comparisons to check ranges.
value = 42
in_range = 0 < value < 100
teen = 13 <= value <= 19
ordered = 1 < 5 < 9 > 2
equal_three = value == 42 == 6 * 7
outside = not (10 <= value <= 40)
print(in_range, teen, ordered, equal_three, outside)
