"""The neural executor's tokenizer: regex pieces, a vocabulary of frequent pieces, UTF-8 byte fallback.

src/neural/tokenizer.ts reimplements `encode` exactly (test/neural/tokenizer-agreement.test.ts checks
that both give the same ids). The pattern uses explicit ASCII classes, never \\s or \\w, because Python
and JavaScript disagree on which characters those match.
"""
import json
import re
from collections import Counter

# Alternatives are tried in order at each position; JavaScript's RegExp (with the `u` flag) behaves
# the same: `<line>` / `<12>` tags, words, single digits, single other characters (each with an
# optional leading space), a newline with its indentation, then other runs of blanks.
PATTERN = r" ?<[A-Za-z0-9_/]+>| ?[A-Za-z_][A-Za-z0-9_]*| ?[0-9]| ?[^ \t\n\r\f\vA-Za-z0-9_]|\n[ ]*|[ \t\r\f\v]+"
PIECE = re.compile(PATTERN)

SPECIALS = ["<pad>", "<sep>", "<eos>"]
PAD, SEP, EOS = 0, 1, 2
BYTE_OFFSET = len(SPECIALS)
FIRST_PIECE = BYTE_OFFSET + 256


def pieces(text):
    return PIECE.findall(text)


class Tokenizer:
    def __init__(self, vocab):
        self.vocab = list(vocab)
        self.ids = {piece: FIRST_PIECE + i for i, piece in enumerate(self.vocab)}

    @property
    def size(self):
        return FIRST_PIECE + len(self.vocab)

    def encode(self, text):
        out = []
        for piece in pieces(text):
            known = self.ids.get(piece)
            if known is not None:
                out.append(known)
            else:
                out.extend(BYTE_OFFSET + b for b in piece.encode("utf-8"))
        return out

    def to_json(self):
        return {
            "format": "semtrace-tokenizer",
            "version": 1,
            "pattern": PATTERN,
            "specials": SPECIALS,
            "byteOffset": BYTE_OFFSET,
            "pieces": self.vocab,
        }

    def save(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.to_json(), f, ensure_ascii=False)

    @staticmethod
    def load(path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if data.get("format") != "semtrace-tokenizer" or data.get("pattern") != PATTERN:
            raise ValueError(f"{path} is not a tokenizer this version of semtrace wrote")
        return Tokenizer(data["pieces"])


def train_tokenizer(texts, vocab_size, min_count=2):
    """The most frequent pieces (ties by piece text, so training is deterministic) fill the vocabulary."""
    counts = Counter()
    for text in texts:
        counts.update(pieces(text))
    room = max(0, vocab_size - FIRST_PIECE)
    ranked = sorted((item for item in counts.items() if item[1] >= min_count), key=lambda kv: (-kv[1], kv[0]))
    return Tokenizer([piece for piece, _ in ranked[:room]])
