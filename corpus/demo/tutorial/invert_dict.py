# Inverts a dictionary, grouping keys that share a value into lists.
def invert_dict(mapping):
    inverted = {}
    for key, value in mapping.items():
        if value not in inverted:
            inverted[value] = []
        inverted[value].append(key)
    return inverted
