# Limits a value to the range [low, high].
def clamp(value, low, high):
    at_least = max(value, low)
    bounded = min(at_least, high)
    moved = bounded != value
    return bounded, moved
