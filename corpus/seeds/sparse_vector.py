dot = sum(v * other.get(i, 0) for i, v in vec.items())
