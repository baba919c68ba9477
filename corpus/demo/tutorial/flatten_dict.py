# Flattens nested dictionaries into dotted keys, recursively.
def flatten_dict(data, prefix=''):
    flat = {}
    for key, value in data.items():
        name = prefix + '.' + key if prefix else key
        if isinstance(value, dict):
            flat.update(flatten_dict(value, name))
        else:
            flat[name] = value
    return flat
