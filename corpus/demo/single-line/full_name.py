# Builds a display name, "Last, First", from two name parts.
def full_name(first, last):
    first = first.strip().capitalize()
    last = last.strip().capitalize()
    display = last + ', ' + first
    return display
