"""A small English language model for dictated offers, built from the company's own catalogue.

PocketSphinx's general English model spreads its guesses over 130,000 words; a dictated offer
uses a few hundred: product names, numbers, units and the phrases of a quote. This writes an
ARPA bigram model over exactly that vocabulary (catalogue names and synonyms inside dictation
phrases, number words) so that product names are recognised. Plain Python, no training data."""

from __future__ import annotations

import math
import re
from collections import Counter

VERSION = 3  # part of the cached model's file name: a change here builds the model again

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


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
       "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(text: str) -> list[str]:
    """Lowercase words; a number standing alone kept as digits, numbers inside a token ("3x2.5",
    "1/4") left out: sizes and ratings are read off a sheet, not said as a product's name."""
    found: list[str] = []
    for token in text.lower().replace("-", " ").split():
        found += [token] if token.isdigit() else re.findall(r"[a-zæøåäöüé']+", token)
    return found


def say_number(number: int) -> str:
    """An English cardinal below 10,000: 260 → "two hundred and sixty"."""
    if number < 20:
        return ONES[number]
    if number < 100:
        return TENS[number // 10] + (f" {ONES[number % 10]}" if number % 10 else "")
    if number < 1000:
        tens = f" and {say_number(number % 100)}" if number % 100 else ""
        return f"{ONES[number // 100]} hundred{tens}"
    rest = number % 1000
    tail = "" if not rest else (f" and {say_number(rest)}" if rest < 100 else f" {say_number(rest)}")
    return f"{say_number(number // 1000)} thousand{tail}"


def number_readings(digits: str) -> list[str]:
    """How a model number in a product name is said: in full, and for three or four digits also in
    pairs ("Polar 260": "two hundred and sixty", "two sixty"; "3280": "thirty two eighty")."""
    number = int(digits)
    if number >= 10_000:
        return []
    readings = [say_number(number)]
    if 100 <= number and number % 100:
        head, tail = divmod(number, 100)
        readings.append(f"{say_number(head)} {say_number(tail) if tail >= 10 else 'oh ' + ONES[tail]}")
    return readings


def _phrases(names: list[str]) -> list[str]:
    """The names as word sequences; a model number in a name in each of the ways it is said."""
    phrases: set[str] = set()
    for name in names:
        readings: list[list[str]] = [[]]
        for word in _words(name):
            if word.isdigit():
                spoken = number_readings(word)
                if spoken:
                    readings = [r + say.split() for r in readings for say in spoken]
            elif len(word) > 1 or word == "a":
                readings = [r + [word] for r in readings]
        phrases.update(" ".join(r) for r in readings if r)
    return sorted(phrases)


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


def vocabulary(names: list[str]) -> set[str]:
    """Every word the model of these names would hold, before words without a pronunciation go."""
    return {word for sentence in corpus(names) for word in sentence} - {"<s>", "</s>"}


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
