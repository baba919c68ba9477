if score >= 90:
    band = 'A'
elif score >= 75:
    band = 'B'
else:
    band = 'C'
