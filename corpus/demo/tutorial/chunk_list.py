# Splits a list into chunks of a given size; the last chunk may be shorter.
def chunk_list(items, size):
    chunks = []
    for start in range(0, len(items), size):
        chunks.append(items[start:start + size])
    return chunks
