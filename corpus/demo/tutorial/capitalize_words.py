# Capitalises each word of a sentence, leaving short connecting words in lower case.
def capitalize_words(sentence):
    small = ('a', 'an', 'the', 'of', 'and', 'in')
    out = []
    for i, word in enumerate(sentence.lower().split()):
        if i > 0 and word in small:
            out.append(word)
        else:
            out.append(word[0].upper() + word[1:])
    return ' '.join(out)
