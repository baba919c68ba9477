# Returns the index and value of the first negative number, returning early when found.
def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
    return None
