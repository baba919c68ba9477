# Returns the running totals of a list of numbers.
def running_total(nums):
    totals = []
    acc = 0
    for n in nums:
        acc += n
        totals.append(acc)
    return totals
