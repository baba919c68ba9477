# Returns the last three items of a sequence, newest first.
def last_three(items):
    tail = items[-3:]
    newest_first = tail[::-1]
    count = len(newest_first)
    return newest_first, count
