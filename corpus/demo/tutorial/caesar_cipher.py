# Encrypts and decrypts a message with a Caesar shift, leaving other characters unchanged.
import string


def shift_text(text, shift):
    out = []
    for ch in text:
        if ch in string.ascii_lowercase:
            out.append(chr((ord(ch) - ord('a') + shift) % 26 + ord('a')))
        elif ch in string.ascii_uppercase:
            out.append(chr((ord(ch) - ord('A') + shift) % 26 + ord('A')))
        else:
            out.append(ch)
    return ''.join(out)


secret = shift_text('Meet at Noon!', 3)
print(secret)
print(shift_text(secret, -3))
