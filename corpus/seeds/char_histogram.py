hist = {}
for ch in text:
    hist[ch] = hist.get(ch, 0) + 1
