# Finds the value occurring more than half the time with Boyer-Moore voting, then verifies it.
def majority_element(nums):
    candidate, votes = None, 0
    for x in nums:
        if votes == 0:
            candidate = x
        votes += 1 if x == candidate else -1
    if nums.count(candidate) * 2 > len(nums):
        return candidate
    return None
