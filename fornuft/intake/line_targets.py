"""Which earlier lines of a quote a later sentence speaks about, as plain data.

People dictate a discount or a price after the lines it belongs to, and name those lines by what
they are rather than by their full catalogue name: "åtte prosent rabatt på ladeboksene", "five
percent off the toilets", "rørleggertimene setter vi til 900 kroner". The word they use is the
head noun of the product's name, in plural or definite form ("ladeboksene" for "Ladeboks …"),
or its English open compound for a Norwegian closed one ("filter sets" for "Filtersett …").

A name's head is looked for before any preposition in it: "Styringsmodul for varmepumpe" is a
module, not a heat pump, so a discount "on the heat pumps" does not reach it."""

from __future__ import annotations

import re

from fornuft.intake.catalogue import Product, fold, is_compound_prefix, stem

# words that start a complement in a product name ("Filter for …", "Kit til …"): what follows is not the head
NAME_PREPOSITIONS = {"for", "til", "to", "of", "på", "on", "i", "in", "med", "with", "fra", "from", "uten", "without"}
# words of a target phrase that say nothing about which line is meant
PHRASE_STOPWORDS = {
    "the", "a", "an", "all", "both", "those", "these", "them", "their", "its", "on", "off", "for", "of", "to",
    "de", "den", "det", "dem", "disse", "alle", "begge", "på", "til", "av", "og", "and", "i", "in",
    "rabatt", "discount", "percent", "prosent", "price", "pris", "prisen", "rate", "satsen", "timeprisen",
    "set", "sett", "setter", "vi", "we", "gir", "give", "gi", "kroner", "kr", "nok", "per", "each", "stykk",
    "hver", "only", "bare", "kun", "just", "unit", "enhet", "hour", "time", "new", "ny", "nye",
}
ACTION_NOUNS = {"service", "removal", "installation", "replacement", "repair", "reparasjon", "bytte", "skift",
                "utskifting", "kontroll", "inspection", "commissioning"}
# Norwegian definite and plural endings beyond the shared stem ("skapet", "timene", "boksene")
_EXTRA_ENDINGS = ("ene", "ne", "et", "a")


def _keys(word: str) -> set[str]:
    """The shared stem, and the stem without a Norwegian definite ending: "skapet" → "skap";
    both are kept, since "toilet" ends the same way and is not a definite form."""
    word = fold(word)
    keys = {word, stem(word)}
    for ending in _EXTRA_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            keys.add(stem(word[: -len(ending)]))
            break
    return keys


def _same_word(said: str, name_word: str) -> bool:
    """"ladebok" names "ladebok"; "bereder" names "varmtvannsbereder" (the head of a compound
    is its last part); "ladebok" names "ladeboks" (stems that differ in their last letter)."""
    if len(said) < 3 or len(name_word) < 3:
        return False
    if said == name_word or (len(said) >= 5 and name_word.endswith(said)) or is_compound_prefix(said, name_word):
        return True
    common = 0
    for a, b in zip(said, name_word, strict=False):
        if a != b:
            break
        common += 1
    return common >= 5 and common >= max(len(said), len(name_word)) - 1  # "paint" is not "painter"


def _is_action_noun(word: str) -> bool:
    """"Utskifting", "montering", "removal", "service": a name that begins with the work done
    names the thing worked on only as its object ("Utskifting av bereder" is not a water heater).
    Not a word that only ends like one: "takmaling" is paint, "ceiling" a place."""
    word = fold(word).strip(",.")
    return len(word) >= 6 and word.endswith("ing") and not word.endswith("ling") or word in ACTION_NOUNS


def head_words(product: Product) -> set[str]:
    """Keys of the words of a product's names that can be its head (those before a preposition, or
    the first word alone where it is the work done)."""
    heads: set[str] = set()
    for name in product.names():
        tokens = name.split()
        if tokens and _is_action_noun(tokens[0]):
            tokens = tokens[:1]
        for token in tokens:
            if fold(token) in NAME_PREPOSITIONS:
                break
            for part in re.findall(r"[a-z0-9]+", fold(token)):
                if not part.isdigit():
                    heads.update(_keys(part))
    return heads


def phrase_keys(words: list[str]) -> list[set[str]]:
    return [_keys(w) for w in words if re.match(r"[a-zæøå]", w) and w not in PHRASE_STOPWORDS]


def names_product(words: list[str], product: Product) -> bool:
    """Whether a short phrase ("the heat pumps", "ladeboksen", "filter sets") names `product`."""
    said = phrase_keys(words)
    if not said:
        return False
    heads = head_words(product)
    if all(any(_same_word(key, head) for key in keys for head in heads) for keys in said):
        return True
    naming = [w for w in words if re.match(r"[a-zæøå]", w) and w not in PHRASE_STOPWORDS]
    joined = _keys("".join(naming))  # "filter sets" → "filtersets", the Norwegian closed compound
    return len(said) > 1 and any(_same_word(key, head) for key in joined for head in heads)
