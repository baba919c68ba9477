inverse = {v: k for k, v in mapping.items()}
