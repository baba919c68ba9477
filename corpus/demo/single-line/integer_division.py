# Shows floor division, remainder and divmod on positive and negative numbers.
total_minutes = 500
hours = total_minutes // 60
minutes = total_minutes % 60
q, r = divmod(-17, 5)
half = 17 / 2
floor_half = 17 // 2
print(hours, minutes, q, r, half, floor_half)
