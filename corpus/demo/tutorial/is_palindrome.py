# Checks whether a phrase reads the same backwards, ignoring case and non-letters.
def is_palindrome(phrase):
    letters = [ch.lower() for ch in phrase if ch.isalnum()]
    left, right = 0, len(letters) - 1
    while left < right:
        if letters[left] != letters[right]:
            return False
        left += 1
        right -= 1
    return True
