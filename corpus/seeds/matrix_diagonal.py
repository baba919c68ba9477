diag = sum(m[i][i] for i in range(len(m)))
