"""Spoken and written numbers in Norwegian (bokmål) and English, as plain data.

`tokens(text)` splits a dictation into lowercase word tokens and `numbers_in(tokens)` finds the
number phrases in them: "to stykk" → 2, "tre og en halv time" → 3.5, "twenty-five metres" → 25,
"femogtjue" → 25, "halvannen" → 1.5, "1 500" → 1500, "3,5" → 3.5. Each found number says where it
starts and ends, so an extractor can tell a quantity from a price or a discount by the words
around it."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    # nb
    "null": 0, "en": 1, "ett": 1, "én": 1, "ei": 1, "eit": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
    "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
    "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
    # en
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "tjue": 20, "tyve": 20, "tretti": 30, "tredve": 30, "førti": 40, "femti": 50, "seksti": 60,
    "sytti": 70, "åtti": 80, "nitti": 90,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundre": 100, "hundred": 100, "tusen": 1000, "thousand": 1000, "million": 1_000_000,
          "millioner": 1_000_000, "millions": 1_000_000}
SPECIAL = {"halvannen": 1.5, "halvanna": 1.5, "halvannet": 1.5, "dozen": 12, "dusin": 12}
HALF_WORDS = {"half", "halv", "halvt", "halve"}
AND_WORDS = {"and", "og"}
ARTICLES = {"a", "an", "en", "ei", "et", "ett"}
SCALES_AND_DOZENS = {"hundred", "hundre", "thousand", "tusen", "dozen", "dusin"}
HOUR_WORDS = {"hour", "hours", "time", "timer", "day", "days", "dag", "dager", "døgn", "week", "weeks", "uke", "uker"}
# Words that are also numbers in one language but mostly something else in a dictation.
AMBIGUOUS = {"to", "en", "ei", "ni", "one", "a", "an", "et"}
ENGLISH = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "millions",
    "dozen", "half", "and", "a", "an",
}

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[a-zæøåéèüöä]+(?:-[a-zæøåéèüöä]+)*|%|\S", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    value: float
    start: int  # index of the first token
    end: int  # index after the last token
    spoken: bool


def tokens(text: str) -> list[str]:
    """Lowercase tokens: words (hyphenated words split), numbers ("3,5", "1 500" joined), signs."""
    text = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}\b)", "", text)  # "1 500" → "1500"
    found: list[str] = []
    for raw in _TOKEN.findall(text.lower()):
        if "-" in raw and not raw[0].isdigit():
            found.extend(part for part in raw.split("-") if part)
        else:
            found.append(raw)
    return found


def _compound(word: str) -> float | None:
    """A Norwegian or English number written as one word: "femogtjue", "tjuefem", "hundreogfemti"."""
    if word in UNITS:
        return UNITS[word]
    if word in TENS:
        return TENS[word]
    if word in SCALES:
        return SCALES[word]
    if word in SPECIAL:
        return SPECIAL[word]
    match = re.fullmatch(r"(\w+?)og(\w+)", word)  # femogtjue = 5 + 20
    if match and match.group(1) in UNITS and match.group(2) in TENS and UNITS[match.group(1)] < 10:
        return UNITS[match.group(1)] + TENS[match.group(2)]
    for tens_word, tens_value in TENS.items():  # tjuefem
        if word.startswith(tens_word) and word[len(tens_word):] in UNITS and UNITS[word[len(tens_word):]] < 10:
            return tens_value + UNITS[word[len(tens_word):]]
    for unit_word, unit_value in UNITS.items():  # tohundre, femhundre
        for scale_word, scale_value in SCALES.items():
            if word == unit_word + scale_word:
                return unit_value * scale_value
    # "sekshundreogfemti", "tusenfemhundre", "tjuetusen": a scale inside one written word
    match = re.fullmatch(r"(\w*?)(hundre|tusen)(?:og)?(\w*)", word)
    if match and (match.group(1) or match.group(3)):
        head = _compound(match.group(1)) if match.group(1) else 1
        tail = _compound(match.group(3)) if match.group(3) else 0
        scale = SCALES[match.group(2)]
        if head is not None and tail is not None and 0 < head < scale and tail < scale:
            return head * scale + tail
    return None


def _digits(token: str) -> float | None:
    if re.fullmatch(r"\d+", token):
        return float(token)
    if re.fullmatch(r"\d+[.,]\d+", token):
        whole, fraction = re.split(r"[.,]", token)
        if "." in token and len(fraction) == 3:  # "1.500" is fifteen hundred in Norwegian
            return float(whole + fraction)
        return float(f"{whole}.{fraction}")
    return None


def _word_value(token: str) -> float | None:
    value = _digits(token)
    return value if value is not None else _compound(token)


def _spoken_run(words: list[str], i: int) -> tuple[float, int] | None:
    """A run of number words starting at i: "two hundred and fifty", "tre tusen fem hundre"."""
    total = 0.0
    current = 0.0
    j = i
    seen = False
    while j < len(words):
        word = words[j]
        value = _compound(word)
        if value is None or word in SPECIAL and seen:
            # "hundre og femti": "og"/"and" inside a number, only when a number word follows
            if seen and word in AND_WORDS and j + 1 < len(words) and _compound(words[j + 1]) is not None \
                    and current % 100 == 0 and current > 0 and words[j + 1] not in ARTICLES:
                j += 1
                continue
            break
        if word in SPECIAL:
            return value, j + 1
        if word in SCALES:
            current = (current or 1) * value
            if value >= 1000:
                total += current
                current = 0
        elif word in TENS:
            if current % 100 != 0 and seen:
                break
            current += value
        else:  # a unit 0..19
            if seen and current % 10 != 0:
                break
            if seen and current % 100 != 0 and value >= 10:
                break
            current += value
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


def numbers_in(words: list[str], language: str | None = None) -> list[Number]:
    """The numbers in a token list, with "and a half" / "og en halv" and "halv" folded in.
    With a language ("nb", "en") the other language's number words are not numbers
    ("to" is 2 in Norwegian, a preposition in English)."""
    if language in {"en", "nb"}:
        words = [_other_language_blanked(word, language) for word in words]
    found: list[Number] = []
    i = 0
    while i < len(words):
        word = words[i]
        value: float | None
        digits = _digits(word)
        # "half a dozen", "et halvt dusin": six
        dozen = next((k for k in (2, 3) if i + k < len(words) and words[i + k] in {"dozen", "dusin"}), None)
        if dozen and (word in HALF_WORDS and words[i + 1] in ARTICLES and dozen == 2 or
                      word in ARTICLES and words[i + 1] in HALF_WORDS):
            found.append(Number(6.0, i, i + dozen + 1, True))
            i += dozen + 1
            continue
        if word in ARTICLES and i + 1 < len(words) and words[i + 1] in HALF_WORDS:
            found.append(Number(0.5, i, i + 2, True))
            i += 2
            continue
        # "a hundred and twenty", "a dozen", "et dusin": the article is the number's "one", part of it
        leading_article = word in ARTICLES and i + 1 < len(words) and words[i + 1] in SCALES_AND_DOZENS
        if leading_article:
            i += 1
            word = words[i]
        if digits is not None:
            value, j, spoken = digits, i + 1, False
        else:
            run = _spoken_run(words, i)
            if run is None:
                if word in HALF_WORDS and (i + 1 >= len(words) or words[i + 1] not in {"of", "av"}):
                    value, j, spoken = 0.5, i + 1, True
                else:
                    i += 1
                    continue
            else:
                value, j = run
                spoken = True
        # "tre og en halv", "three and a half", "2,5" is already one token
        if j + 2 < len(words) + 0 and words[j] in AND_WORDS and words[j + 1] in ARTICLES and j + 2 < len(words) \
                and words[j + 2] in HALF_WORDS:
            value += 0.5
            j += 3
        elif j + 1 < len(words) and words[j] in AND_WORDS and words[j + 1] in HALF_WORDS:
            value += 0.5
            j += 2
        elif j < len(words) and words[j] in {"halv", "half"} and spoken is False:
            pass
        if j < len(words) and words[j] in SCALES and value % 1:
            # "to og et halvt tusen", "two and a half thousand": the half scales with the number
            value *= SCALES[words[j]]
            j += 1
        found.append(Number(float(value), i - leading_article, j, spoken))
        i = j
    return _with_pairs(words, found)


def halves_after_the_unit(words: list[str], language: str | None = None) -> list[str]:
    """"an hour and a half" → "1.5 hour", "to timer og en halv" → "2.5 timer": the half said after the
    unit belongs to the count before it."""
    out = list(words)
    i = 0
    while i < len(out):
        if out[i] in HOUR_WORDS and out[i + 1:i + 3] and out[i + 1] in AND_WORDS and i + 3 < len(out) \
                and out[i + 2] in ARTICLES and out[i + 3] in HALF_WORDS:
            before = [n for n in numbers_in(out[:i], language) if n.end == i]
            if before:
                out[before[0].start:i + 4] = [_decimal_text(before[0].value + 0.5), out[i]]
            elif i and out[i - 1] in {"a", "an", "one", "en", "ei", "én", "ett"}:
                out[i - 1:i + 4] = ["1.5", out[i]]
        i += 1
    return out


def _decimal_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _with_pairs(words: list[str], found: list[Number]) -> list[Number]:
    """"et par kontorskjermer", "a couple of headsets": two, when no number is said there already."""
    starts = {n.start for n in found}
    pairs = [Number(2.0, i, i + 2 + (i + 2 < len(words) and words[i + 2] == "of"), True)
             for i in range(len(words) - 1) if (words[i], words[i + 1]) in PAIR_WORDS and i + 1 not in starts]
    return sorted([n for n in found if not any(p.start <= n.start < p.end for p in pairs)] + pairs,
                  key=lambda n: n.start)


PAIR_WORDS = {("et", "par"), ("a", "couple")}


def _other_language_blanked(word: str, language: str) -> str:
    if _digits(word) is not None or word in {"%"}:
        return word
    is_number_word = _compound(word) is not None or word in HALF_WORDS or word in AND_WORDS or word in ARTICLES
    if not is_number_word:
        return word
    english = word in ENGLISH or (_compound(word) is not None and word.isascii() and word in UNITS
                                  and word in ENGLISH)
    if language == "en":
        return word if english else "\x00"
    return "\x00" if english and word not in {"a"} and word not in UNITS and word not in TENS else word


def parse_number(text: str) -> float | None:
    """The single number a short text says ("tre og en halv" → 3.5), or None."""
    words = tokens(text)
    found = numbers_in(words)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(words):
        return found[0].value
    return None


def model_numbers_as_digits(words: list[str], model_numbers: dict[str, set[str]], key=lambda w: w) -> list[str]:
    """Model numbers spoken as words, written as the digits the catalogue uses.

    People read a model number in groups: "Polar two-sixty" is Polar 260, "trettito-åtti" is 3280, while
    "twenty-five" is 25. After a word that a catalogue name puts before a number (`model_numbers` maps
    `key(word)` to the numbers that follow it there), the spoken groups are tried both as one amount
    and joined group by group; the longest reading that names a catalogue model replaces the words.
    Anything else is left alone, so quantities keep their meaning."""
    out: list[str] = []
    i = 0
    while i < len(words):
        out.append(words[i])
        known = model_numbers.get(key(words[i])) if not words[i][:1].isdigit() else None
        i += 1
        if not known:
            continue
        best: tuple[str, int] | None = None
        joined, spaced, j = "", "", i
        for _group in range(4):
            run = _spoken_run(words, j)
            if run is None or run[0] != int(run[0]):
                break
            whole = _spoken_run_value(words, i, run[1])
            spaced = f"{spaced} {int(run[0])}".strip()
            joined, j = joined + str(int(run[0])), run[1]
            for reading in (joined, whole, spaced):
                if reading in known and (best is None or j >= best[1]):
                    best = (reading, j)
        if best is not None:
            out.extend(best[0].split())  # "32 80" for a model written "32-80"
            i = best[1]
    return out


def _spoken_run_value(words: list[str], start: int, end: int) -> str | None:
    run = _spoken_run(words[:end], start)
    if run is None or run[1] != end or run[0] != int(run[0]):
        return None
    return str(int(run[0]))


# --- spec codes said aloud ----------------------------------------------------------------------
# A cable or a part is named by a code of two numbers and a letter ("5G2,5", "1x6"). Said aloud, the
# code turns into numbers ("fem G to komma fem", "one by six") that would otherwise be read as counts.
_SPEC_CODE = re.compile(r"(?<![\w,.])(\d+(?:[.,]\d+)?)\s?([a-z])\s?(\d+(?:[.,]\d+)?)(?![\w])", re.IGNORECASE)
_DECIMAL_POINTS = {"komma", "point", "punkt"}
_SAID_AS_LETTER = {"x": {"x", "ganger", "gange", "by", "times"}}


def spec_codes(names) -> dict[tuple[float, str, float], str]:
    """(number, letter, number) → the code as a catalogue name writes it, from the names given."""
    codes: dict[tuple[float, str, float], str] = {}
    for name in names:
        for first, letter, second in _SPEC_CODE.findall(name):
            key = (float(first.replace(",", ".")), letter.lower(), float(second.replace(",", ".")))
            codes[key] = f"{first}{letter}{second}".lower()
    return codes


def _decimal_at(words: list[str], i: int) -> tuple[float, int] | None:
    """A number that may have a spoken decimal: "to komma fem" (2.5), "one point five" (1.5)."""
    run = _spoken_run(words, i) if i < len(words) and _digits(words[i]) is None else (
        (_digits(words[i]), i + 1) if i < len(words) else None)
    if run is None:
        return None
    value, end = run
    if end + 1 < len(words) and words[end] in _DECIMAL_POINTS:
        digit = _compound(words[end + 1])
        if digit is not None and digit == int(digit) and 0 <= digit < 10:
            return value + digit / 10, end + 2
    return value, end


def specs_as_codes(words: list[str], codes: dict[tuple[float, str, float], str]) -> list[str]:
    """"fem g to komma fem" → "5g2,5" where a catalogue name has the code 5G2,5; anything else is left."""
    if not codes:
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        first = _decimal_at(words, i)
        if first is not None and first[1] < len(words):
            said_letter = words[first[1]]
            second = _decimal_at(words, first[1] + 1)
            code = next((code for (a, letter, b), code in codes.items() if second is not None and a == first[0]
                         and b == second[0] and said_letter in _SAID_AS_LETTER.get(letter, {letter})), None)
            if code is not None:
                out.append(code)
                i = second[1]
                continue
        out.append(words[i])
        i += 1
    return out
