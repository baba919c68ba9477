lengths = {w: len(w) for w in sentence.split()}
