words = [w[:1].upper() + w[1:].lower() for w in line.split()]
