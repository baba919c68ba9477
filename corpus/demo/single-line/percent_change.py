# Computes the percentage change from an old value to a new one.
def percent_change(old, new):
    delta = new - old
    ratio = delta / old
    percent = round(ratio * 100, 2)
    direction = 'up' if delta > 0 else 'down' if delta < 0 else 'flat'
    return percent, direction
