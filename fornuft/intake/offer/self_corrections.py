"""Spoken self-corrections and fillers: "tre stykk, nei forresten, fire stykk" is read as "fire
stykk", "ten hours, no, make that twelve" as "twelve hours". The words said and taken back are
removed before a sentence is read, so every later rule sees only what the speaker meant."""

from __future__ import annotations

from fornuft.intake import spoken

FILLERS = {"eh", "ehm", "uh", "um", "er", "hmm", "øh", "ehh", "mm", ","}
CORRECTION_MARKERS = [
    ("nei", "forresten"), ("nei", "vent"), ("eller", "nei"), ("rettere", "sagt"), ("unnskyld",), ("beklager",),
    ("jeg", "mener"), ("no", "wait"), ("make", "that"), ("sorry",), ("i", "mean"), ("correction",), ("scratch", "that"),
    ("nei",), ("no",),
]
ONLY_WORDS = {"bare", "kun", "only", "just", "heller"}


def _marker_at(words: list[str], i: int) -> int:
    """Length of a self-correction marker starting at token i ("nei forresten", "no wait"), else 0."""
    for marker in CORRECTION_MARKERS:
        if tuple(words[i:i + len(marker)]) == marker:
            if len(marker) == 1 and marker[0] in {"nei", "no"}:
                # a bare "no"/"nei" corrects only between commas: "fire stykk, nei, fem stykk"
                if not (i > 0 and words[i - 1] == "," and i + 1 < len(words) and words[i + 1] == ","):
                    continue
            return len(marker)
    return 0


def apply_corrections(words: list[str], language: str | None) -> list[str]:
    """Applies spoken self-corrections: "tre stykk, nei forresten, fire stykk" → "fire stykk";
    "ten hours, no, make that twelve" → "twelve hours"; "Volt 11, sorry, Volt 22" →
    "Volt 22"; "på alt, nei, bare på ladeboksen" → "på ladeboksen"."""
    i = 0
    while i < len(words):
        length = _marker_at(words, i)
        if not length:
            i += 1
            continue
        start = i
        while start > 0 and words[start - 1] in FILLERS | {"no", "nei"}:
            start -= 1
        end = i + length
        while True:  # "no, make that eight": one correction said with two markers
            while end < len(words) and words[end] in FILLERS | {"no", "nei"}:
                end += 1
            more = _marker_at(words, end) if end < len(words) else 0
            if not more:
                break
            end += more
        before, after = words[:start], words[end:]
        while after and after[0] in ONLY_WORDS:
            after = after[1:]
        if not before or not after:
            words = before + after
            i = len(before)
            continue
        after_numbers = spoken.numbers_in(after, language)
        before_numbers = spoken.numbers_in(before, language)
        said_count = _count_said_after(after, after_numbers)
        if said_count is not None and not before_numbers:
            # "kabel 5G2,5, nei vent, det blir førti meter": no count was said to correct, so the
            # correction gives the product its count and the product stays
            words = before + after[said_count:]
            i = len(before)
            continue
        if after_numbers and after_numbers[0].start == 0 and before_numbers:
            new = after_numbers[0]
            # the count corrected is said the same way as the correction: a spoken "twelve" corrects the
            # spoken "three", not a model number that was turned into digits ("Glimt 8")
            old = ([n for n in before_numbers if n.spoken == new.spoken] or before_numbers)[-1]
            rest_before = before[old.end:]
            rest_after = after[new.end:]
            if rest_after and rest_before and rest_after[0] == rest_before[0]:
                rest_before = []
            words = before[:old.start] + after[:new.end] + rest_before + rest_after
            i = old.start + new.end
            continue
        cut = None
        for offset in range(len(before) - 1, max(-1, len(before) - 9), -1):
            if before[offset] == after[0]:
                cut = offset
                break
        if cut is None:
            cut = start
            while cut > 0 and before[cut - 1] not in {",", ".", ";"}:
                cut -= 1
            if cut == 0 and len(before) > 8:
                cut = start  # keep a long beginning when no comma says where the mistake began
        words = before[:cut] + after
        i = cut
    return [w for w in words if w not in FILLERS or w == ","]


# a count said after a correction marker, led in by "det blir" / "it'll be" / "that's"
_COUNT_LEAD_INS = ({"det", "blir"}, {"det", "er"}, {"it", "'", "ll", "be"}, {"that", "'", "s"}, {"it", "is"})


def _count_said_after(after: list[str], numbers: list[spoken.Number]) -> int | None:
    """Where the count begins when a correction goes straight to one ("førti meter", "det blir førti meter")."""
    if not numbers:
        return None
    lead = after[:numbers[0].start]
    return numbers[0].start if not lead or set(lead) in _COUNT_LEAD_INS else None
