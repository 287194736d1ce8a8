# Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
"""Finding a coder's sentence among Dyad's own split of the same article (the coders split apart)."""
import re


def norm(text):
    return re.sub(r'\W+', '', text.lower())


def find(texts, text):
    """The index of a sentence among an article's sentences: the same words, else one holding the other; or -1."""
    n = norm(text)
    keys = [norm(t) for t in texts]
    for i, k in enumerate(keys):
        if k == n:
            return i
    for i, k in enumerate(keys):
        if n and (n in k or k in n) and min(len(n), len(k)) > 15:
            return i
    return -1
