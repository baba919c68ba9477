# Merges user settings over default settings without changing either dictionary.
def merge_settings(defaults, overrides):
    merged = dict(defaults)
    merged.update(overrides)
    added = len(merged) - len(defaults)
    merged['custom'] = added > 0
    return merged
