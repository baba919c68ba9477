# Turns a numeric score into a letter grade with plus and minus.
def grade_for(score):
    if score >= 90:
        letter = 'A'
    elif score >= 80:
        letter = 'B'
    elif score >= 70:
        letter = 'C'
    else:
        return 'F'
    unit = score % 10
    if unit >= 7 or score == 100:
        letter += '+'
    elif unit < 3:
        letter += '-'
    return letter
