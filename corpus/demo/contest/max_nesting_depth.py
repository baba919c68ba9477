# Returns the deepest parenthesis nesting in an expression, or -1 when it is unbalanced.
def max_nesting_depth(expr):
    depth = best = 0
    for ch in expr:
        if ch == '(':
            depth += 1
            best = max(best, depth)
        elif ch == ')':
            depth -= 1
            if depth < 0:
                return -1
    return best if depth == 0 else -1
