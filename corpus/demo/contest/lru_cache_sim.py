# Simulates a least-recently-used cache of a given capacity and counts hits and misses.
def lru_cache_sim(capacity, accesses):
    cache = {}
    hits = misses = 0
    for key in accesses:
        if key in cache:
            hits += 1
            del cache[key]
        else:
            misses += 1
            if len(cache) == capacity:
                oldest = next(iter(cache))
                del cache[oldest]
        cache[key] = True
    return hits, misses, list(cache)
