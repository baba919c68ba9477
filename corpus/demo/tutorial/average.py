# Returns the arithmetic mean of a list; an empty list raises ZeroDivisionError on purpose.
def average(nums):
    total = 0
    for n in nums:
        total += n
    return total / len(nums)
