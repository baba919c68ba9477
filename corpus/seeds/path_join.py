parts = [p.strip('/') for p in segments if p]
path = '/' + '/'.join(parts)
