# Combines comparisons with and, or and not.
age = 17
has_ticket = True
with_adult = False
old_enough = age >= 18
can_enter = has_ticket and (old_enough or with_adult)
needs_help = not can_enter and has_ticket
print(old_enough, can_enter, needs_help)
