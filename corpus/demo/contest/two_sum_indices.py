# Finds indices of two numbers that add up to the target, using a dictionary of seen values.
def two_sum_indices(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        need = target - x
        if need in seen:
            return seen[need], i
        seen[x] = i
    return None
