"""A small English language model for dictated offers, built from the company's own catalogue.

PocketSphinx's general English model spreads its guesses over 130,000 words; a dictated offer
uses a few hundred: product names, numbers, units and the phrases of a quote. This writes an
ARPA bigram model over exactly that vocabulary (catalogue names and synonyms inside dictation
phrases, number words) so that product names are recognised. Plain Python, no training data."""

from __future__ import annotations

import math
import re
from collections import Counter

VERSION = 1  # part of the cached model's file name: a change here builds the model again

NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
           "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
           "a an and half").split()
# How offers are dictated, with {n} a number, {p} a product phrase.
TEMPLATES = (
    "quote for the customer", "offer for the customer", "offer to the customer", "quote to the customer",
    "the contact person is", "{n} {p}", "{n} {p}s", "a {p}", "one {p}", "{n} metres of {p}", "{n} meters of {p}",
    "{n} square metres of {p}", "{n} hours of {p}", "{n} pieces of {p}", "and {n} {p}s", "plus {n} {p}s",
    "{n} percent discount on the {p}s", "{n} percent discount on the {p}", "the {p} at {n} thousand kroner",
    "at {n} kroner each", "the offer is valid for {n} days", "valid until the end of the month", "travel once",
    "removal of the old unit", "{n} and a half hours of {p}", "{n} hundred and {n}", "{n} thousand {n} hundred",
    "uh {n} {p}s", "no wait {n} {p}s", "thank you", "best regards",
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower().replace("-", " "))


def _phrases(names: list[str]) -> list[str]:
    phrases = []
    for name in names:
        words = [w for w in _words(name) if len(w) > 1 or w == "a"]
        if words:
            phrases.append(" ".join(words))
    return sorted(set(phrases))


def corpus(names: list[str]) -> list[list[str]]:
    """Sentences (word lists with <s> and </s>) that say the catalogue's names the way offers do."""
    sentences: list[list[str]] = []
    numbers = [n for n in NUMBERS if n not in {"a", "an", "and", "half"}]
    for index, phrase in enumerate(_phrases(names)):
        for template in TEMPLATES:
            # phrases without a product once (weighting them like a quarter of the products lowered
            # WER on our own espeak bench but lost products: 0.517 → 0.477, items F1 0.425 → 0.383)
            if "{p}" not in template and index > 0:
                continue
            # rotate the numbers through the sentences so that each follows each word of a template
            for offset in range(3 if "{n}" in template else 1):
                number = numbers[(index * 3 + offset) % len(numbers)]
                text = template.replace("{p}", phrase).replace("{n}", number)
                sentences.append(["<s>", *text.split(), "</s>"])
    for number in NUMBERS:
        sentences.append(["<s>", number, "</s>"])
    return sentences


def arpa(names: list[str], known: set[str] | None = None, discount: float = 0.5) -> str:
    """An ARPA bigram model (absolute discounting, back-off to unigrams) over the catalogue's phrases.
    Words outside `known` (the pronunciation dictionary) are left out: the decoder could not say them."""
    sentences = corpus(names)
    if known is not None:
        sentences = [[w for w in s if w in known or w in {"<s>", "</s>"}] for s in sentences]
    unigrams: Counter[str] = Counter(w for s in sentences for w in s)
    bigrams: Counter[tuple[str, str]] = Counter((a, b) for s in sentences for a, b in zip(s, s[1:], strict=False))
    total = sum(count for word, count in unigrams.items() if word != "<s>")
    vocabulary = sorted(unigrams)
    unigram_p = {w: (unigrams[w] + 1) / (total + len(vocabulary)) for w in vocabulary}
    followers: dict[str, list[str]] = {}
    for a, b in bigrams:
        followers.setdefault(a, []).append(b)
    lines = ["\\data\\", f"ngram 1={len(vocabulary)}", f"ngram 2={len(bigrams)}", "", "\\1-grams:"]
    backoff: dict[str, float] = {}
    for word in vocabulary:
        seen = followers.get(word, [])
        left = unigrams[word] if word != "</s>" else 0
        if seen and left:
            kept = sum((bigrams[(word, b)] - discount) / left for b in seen)
            spare = 1.0 - sum(unigram_p[b] for b in seen)
            backoff[word] = (1.0 - kept) / spare if spare > 0 else 1e-6
    for word in vocabulary:
        probability = -99.0 if word == "<s>" else math.log10(unigram_p[word])
        weight = f"\t{math.log10(backoff[word]):.4f}" if word in backoff else ""
        lines.append(f"{probability:.4f}\t{word}{weight}")
    lines += ["", "\\2-grams:"]
    for (a, b), count in sorted(bigrams.items()):
        lines.append(f"{math.log10((count - discount) / unigrams[a]):.4f}\t{a} {b}")
    lines += ["", "\\end\\", ""]
    return "\n".join(lines)
