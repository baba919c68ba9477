# Reverses the order of the words in each sentence.
sentences = ['hello big world', 'one', 'keep it simple']
for s in sentences:
    words = s.split()
    words.reverse()
    print(' '.join(words))
