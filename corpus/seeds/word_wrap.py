lines, line = [], ''
for word in text.split():
    if len(line) + len(word) + 1 > width and line:
        lines.append(line)
        line = word
    else:
        line = f'{line} {word}'.strip()
