key = ''.join(sorted(word.replace(' ', '').lower()))
