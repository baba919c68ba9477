# Returns the k most frequent values, ties broken by the smaller value, using heapq.
import heapq
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    heap = [(-freq, value) for value, freq in counts.items()]
    heapq.heapify(heap)
    result = []
    for _ in range(min(k, len(heap))):
        result.append(heapq.heappop(heap)[1])
    return result
