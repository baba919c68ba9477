r, g, b = (int(code[i:i + 2], 16) for i in (1, 3, 5))
