# Compresses a string with run-length encoding, e.g. aaab -> a3b1.
def run_length_encode(text):
    if not text:
        return ''
    parts = []
    current, run = text[0], 1
    for ch in text[1:]:
        if ch == current:
            run += 1
        else:
            parts.append(f'{current}{run}')
            current, run = ch, 1
    parts.append(f'{current}{run}')
    return ''.join(parts)
