# Appends a reversed copy of a string to itself and checks it reads the same both ways.
def mirror_string(text):
    backwards = text[::-1]
    mirrored = text + backwards
    same = mirrored == mirrored[::-1]
    return mirrored, same
