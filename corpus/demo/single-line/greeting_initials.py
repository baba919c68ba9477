# Turns a lower-case full name into a title-cased greeting and the person's initials.
name = 'ada lovelace'
title = name.title()
parts = title.split()
initials = parts[0][0] + parts[1][0]
letters = len(name.replace(' ', ''))
greeting = 'Hello, ' + parts[0] + '!'
print(greeting, initials, letters)
