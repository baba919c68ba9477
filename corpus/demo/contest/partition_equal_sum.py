# Decides whether a list splits into two parts with equal sums (subset-sum over reachable totals).
def partition_equal_sum(nums):
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    reachable = {0}
    for x in nums:
        reachable |= {r + x for r in reachable if r + x <= half}
        if half in reachable:
            return True
    return False
