out = ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in text)
