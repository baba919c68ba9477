# Finds the k-th smallest value by keeping a max-heap of size k.
import heapq


def kth_smallest(nums, k):
    heap = []
    for x in nums:
        heapq.heappush(heap, -x)
        if len(heap) > k:
            heapq.heappop(heap)
    return -heap[0]
