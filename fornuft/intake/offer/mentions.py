"""Which product mentions in a sentence are lines of the quote. A product can be named without
being ordered: equipment the customer already has or that is being replaced, one they turned down
("men det trenger de ikke"), an option, or what another product works on ("a mixer tap for the
kitchen unit"). Also: a size said with a name picks the sibling product of that size, a model
code read as two words is one again, and the lines a later sentence names for a price or discount."""

from __future__ import annotations

import re

from fornuft.intake import spoken
from fornuft.intake.catalogue import STOPWORDS, Matcher, fold
from fornuft.intake.line_targets import PHRASE_STOPWORDS, names_product
from fornuft.intake.offer.counts import _SPEC_LINKS, HEDGE_WORDS, SIZE_UNITS, is_size_of
from fornuft.intake.offer.prices import EVERYTHING_WORDS
from fornuft.intake.offer.quote import Offer, OfferLine
from fornuft.intake.offer.self_corrections import FILLERS
from fornuft.intake.offer.sentences import PERCENT_WORDS

# "don't" is split into "don", "'", "t"
NEGATION_WORDS = {"ikke", "not", "don't", "dont", "doesn't", "don", "doesn", "didn", "won", "isn", "aren", "wasn",
                  "shouldn", "uten", "without",
                  "never", "aldri", "no", "ingen", "intet"}
DROP_WORDS = {"dropp", "drop", "fjern", "remove", "skip", "stryk", "slett", "delete", "kutt", "cancel"}
EXISTING_WORDS = {"har", "have", "has", "existing", "eksisterende", "allerede", "already", "gamle", "old"}
# "den gamle svitsjen", "their old firewall": the unit being replaced, never a line of its own
OLD_WORDS = {"gamle", "gammel", "gammal", "old", "existing", "eksisterende", "current", "nåværende"}
HAVE_WORDS = EXISTING_WORDS - OLD_WORDS  # "de har allerede en prosjektor": the clause says what they own
# "we could also offer a NAS", "vi kunne også tilby …", "kan eventuelt": an option, not ordered
OPTION = re.compile(r"(?i)\b(?:(?:could|might|can) also|kunne (?:også|ogsa|eventuelt)|kan (?:også|eventuelt) "
                    r"tilby|(?:as an|som en?) (?:option|opsjon)|i et eget tilbud|in a separate quote)\b")
# "utskifting av den gamle bereder", "a mixer tap for the kitchen unit": what follows is what the product
# works on or fits, not a line of its own
COMPLEMENT_LEADS = {"of", "av", "for", "til", "to", "fra", "from"}
COMPLEMENT_WORDS = COMPLEMENT_LEADS | {"the", "den", "det", "de", "dei", "old", "gamle", "gammel", "eksisterende",
                                      "existing", "deres", "their", "its", "sin", "sitt", "sine", "our", "vår", "våre"}
# a match this loose ("boathouse" for "battens") right after a product qualifies it rather than adding one
LOOSE_LIKENESS = 0.7
# "…, but they'll keep the old one", "men de beholder den gamle": the thing asked about is not ordered
KEEP_WORDS = {"keep", "keeps", "keeping", "beholde", "beholder", "stays", "stay", "venter", "wait", "waits"}
BACK_REFERENCES = {"det", "den", "dem", "de", "it", "them", "those", "that", "one", "ones"}


def _declined_clauses(words: list[str], clauses: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Clauses whose products the next clause turns down by pointing back: "de spurte om aksesspunkter,
    men det trenger de ikke", "they asked about a NAS, but they don't want it"."""
    declined: set[tuple[int, int]] = set()
    for before, after in zip(clauses, clauses[1:], strict=False):
        said = set(words[after[0]:after[1]])
        if said & {"men", "but"} and (said & NEGATION_WORDS and said & BACK_REFERENCES or said & KEEP_WORDS):
            declined.add(before)
    return declined


def _sized(matches, words: list[str], found: list[spoken.Number], matcher: Matcher) -> list:
    """"a fifteen metre HDMI cable": a size said just before a name that fits a sibling product (same
    words, that size) and not the product matched picks the sibling."""
    for match in matches:
        # the same words said again later in the sentence with the size ("a long HDMI cable, so one
        # fifteen metre HDMI cable") count too: a product is matched once per sentence
        named = words[match.start:match.end]
        sizes = [n for n in found if n.end + 1 == match.start or words[n.end + 1:n.end + 1 + len(named)] == named]
        # or said right after the name, as a spec: "Volta-laderne, tjueto kilowatt", "the panels at four-ten watts"
        sizes += [n for n in found if match.end <= n.start <= match.end + 3 and n.end < len(words)
                  and words[n.end] in SIZE_UNITS and all(w in _SPEC_LINKS for w in words[match.end:n.start])]
        size = sizes[0] if sizes else None
        if size is None or is_size_of(words, size, match.product):
            continue
        said = " ".join(words[match.start:match.end])
        sibling = next((product for product, score in matcher.search(said) if score >= 0.5
                        and product is not match.product and is_size_of(words, size, product)), None)
        if sibling is not None:
            match.product = sibling
    return matches


def _codes_joined(words: list[str], codes: set[str]) -> list[str]:
    """"Ekko C4" is read as "c", "4": a model code of the catalogue is one word again, not a count of 4."""
    joined: list[str] = []
    for word in words:
        if joined and fold(joined[-1] + word) in codes and (word.isdigit() != joined[-1].isdigit()):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _without_complements(matches: list, words: list[str], found: list[spoken.Number]) -> list:
    kept: list = []
    for match in matches:
        between = words[kept[-1].end:match.start] if kept else []
        # the complement may begin inside the mention before: "a mixer tap for the Ro | kitchen unit"
        leads = set(between) | (set(words[kept[-1].start:kept[-1].end]) if kept else set())
        starts_complement = bool(between) and between[0] in COMPLEMENT_LEADS and len(between) <= 4
        if kept and (set(between) <= COMPLEMENT_WORDS and leads & COMPLEMENT_LEADS or starts_complement
                     or match.score < LOOSE_LIKENESS) and not any(kept[-1].end <= n.start < match.start for n in found):
            continue  # "snow guards on the boathouse": a loose likeness after a product, no count between
        kept.append(match)
    return kept


def _phrase_runs(words: list[str]) -> list[list[str]]:
    """Runs of naming words between stopwords, numbers and signs: "åtte prosent rabatt på ladeboksene"
    → [["ladeboksene"]]."""
    runs: list[list[str]] = [[]]
    for word in words:
        if not re.fullmatch(r"[a-zæøå'’\-]+", word) or word in PHRASE_STOPWORDS or word in STOPWORDS \
                or word in FILLERS or word in HEDGE_WORDS or word in EVERYTHING_WORDS or word in PERCENT_WORDS:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(word)
    return [run for run in runs if run]


def _named_lines(offer: Offer, words: list[str], matches, matcher: Matcher) -> list[OfferLine]:
    """The lines already in the quote that a sentence names, by catalogue name or by head noun."""
    mentioned = {m.product.product_id for m in matches}
    runs = _phrase_runs(words)
    targets: list[OfferLine] = []
    for line in offer.lines:
        product = matcher.get(line.product_id) if line.product_id else None
        if product is not None and (line.product_id in mentioned or any(names_product(r, product) for r in runs)):
            targets.append(line)
    return targets
