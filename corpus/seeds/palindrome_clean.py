clean = [c.lower() for c in s if c.isalnum()]
is_pal = clean == clean[::-1]
