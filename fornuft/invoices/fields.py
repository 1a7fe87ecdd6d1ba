"""Layout-aware field extraction from positioned words (text PDF or OCR): a label, then its
value in the rest of the segment, the next segment to the right or the segment below.
Learned supplier hints (labels, positions) are tried first. Returns plain data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from fornuft.core import identifiers
from fornuft.invoices.labels import CARRIED_RE, match_labels
from fornuft.invoices.numbers import AMOUNT_RE, DATE_RE, parse_amount, parse_date
from fornuft.invoices.schema import Box
from fornuft.platform.files.layout import Segment, TextLine, Word

KIND = {
    "invoice_number": "id",
    "order_reference": "id",
    "kid": "kid",
    "issue_date": "date",
    "due_date": "date",
    "total_excl_vat": "amount",
    "vat_total": "amount",
    "total_incl_vat": "amount",
    "supplier_org_number": "org",
    "bank_account": "account",
    "iban": "iban",
    "supplier_name": "name",
    "buyer_name": "name",
}
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b")
ACCOUNT_RE = re.compile(r"(?<![\d.])(\d{4}[ .]?\d{2}[ .]?\d{5})(?!\d)(?!\.\d)")
ORG_RE = re.compile(r"(?<!\d)(?:NO\s?)?(\d{3}\s?\d{3}\s?\d{3})(?:\s?MVA)?(?!\d)")
# registration numbers from abroad: Swedish organisationsnummer (556677-8899), Danish CVR
# (DK 12 34 56 78, 8 digits), VAT identifiers with a country prefix (DE 123 456 789)
FOREIGN_ORG_RE = re.compile(
    r"(?<![\dA-Z])(?:(\d{6}-\d{4})|(?:(DK)\s?)(\d{2}\s?\d{2}\s?\d{2}\s?\d{2})|([A-Z]{2})\s?(\d[\d ]{6,12}\d))(?![\d-])"
)
SELLER_ORG_RE = re.compile(r"(?<![\d.])(\d{3}\s?\d{3}\s?\d{3})\s?MVA\b")
VAT_NO_RE = re.compile(r"\bNO\s?(\d{3})\s?(\d{3})\s?(\d{3})\s?MVA\b", re.IGNORECASE)
RATE_ROW_RE = re.compile(r"^(?:(?:mva|vat|moms)\s*)?\d{1,2}(?:[.,]\d{1,2})?\s*%\s+\S*\d", re.IGNORECASE)
PERCENT_RE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s*%")
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_/\-.]*\d[A-Za-z0-9_/\-]*|[A-Za-z0-9_/\-]*\d")
CURRENCY_WORDS = {
    "NOK": "NOK",
    "KR": "NOK",
    "EUR": "EUR",
    "€": "EUR",
    "USD": "USD",
    "$": "USD",
    "SEK": "SEK",
    "DKK": "DKK",
    "GBP": "GBP",
    "£": "GBP",
    "PLN": "PLN",
    "INR": "INR",
    "RS": "INR",
    "CHF": "CHF",
    "₹": "INR",
    "ZŁ": "PLN",
    "CZK": "CZK",
    "KČ": "CZK",
    "HUF": "HUF",
    "ISK": "ISK",
    "CAD": "CAD",
    "AUD": "AUD",
    "JPY": "JPY",
    "CNY": "CNY",
}
# "Label: value" with a short label of words: a field of the header, not a company name
LABELLED_VALUE = re.compile(r"^[^\W\d_][\w .'/-]{0,24}:\s*\S")
TITLE_WORDS = re.compile(
    r"^(faktura|invoice|kreditnota|credit note|factuur|facture|rechnung|receipt|kvittering|"
    r"tax invoice|payment receipt|retail invoices?)\b",
    re.IGNORECASE,
)
COMPANY_SUFFIX = re.compile(
    # (?!\w), not \b, after the suffix: "S.A." and "B.V." end in a full stop
    r"\b(AS|ASA|ANS|DA|SA|AB|ApS|Oy|Ltd|Limited|Inc|LLC|GmbH|AG|B\.V\.|BV|SAS|Sarl|S\.A\.|S\.L\.|SL|SRL|S\.r\.l\.|KG|OHG|e\.K\.|SARL|EURL|Pvt)(?!\w)\.?$"
)


COMPANY_IN_TEXT = re.compile(r"\b(AS|ASA|ANS|DA|AB|ApS|Oy|Ltd|Limited|Inc|LLC|GmbH|AG|BV|SAS|Sarl)\b\.?(?=\s+\S)")


BUYER_WORDS = re.compile(
    r"\b(kunde(?:ns|n)?|customer(?!\s*service)|buyer|kjøper|kjoper|fakturamottaker|mottaker|bill(?:ed)?\s*to|invoice\s*to|"
    r"sold\s*to|faktura\s*til|leveres\s*til|deliver(?:y|ed)?\s*to|ship\s*to)\b",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    field: str
    value: Any
    score: float
    words: list[Word]
    label: str = ""

    @property
    def box(self) -> Box | None:
        if not self.words:
            return None
        return Box(
            self.words[0].page,
            min(w.x0 for w in self.words),
            min(w.y0 for w in self.words),
            max(w.x1 for w in self.words),
            max(w.y1 for w in self.words),
        )

    @property
    def ocr_conf(self) -> float:
        return min((w.conf for w in self.words), default=1.0)


def _amount_in(text: str) -> tuple[Decimal, str] | None:
    found = amounts_in(text)
    return found[-1] if found else None


def amounts_in(text: str) -> list[tuple[Decimal, str]]:
    """Every amount in `text` (not percentages, dates or long identifiers), left to right."""
    cleaned = DATE_RE.sub(" ", PERCENT_RE.sub(" ", text))
    found = []
    for match in AMOUNT_RE.finditer(cleaned):
        raw = match.group().strip()
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        glued = re.search(r"[^\W\d_]+$", cleaned[:start])
        if glued and glued.group().upper() not in CURRENCY_WORDS:
            continue  # digits glued to letters ("VTR04417", "INV2023") are a code, not an amount
        digits_only = re.sub(r"\D", "", raw)
        if not digits_only or len(digits_only) > 11 or (raw.isdigit() and len(raw) > 7):
            continue
        value = parse_amount(raw)
        if value is not None:
            found.append((value, raw))
    return found


def parse_value(kind: str, text: str, month_first: bool = False):
    """The value of `kind` at the start of `text` (amounts: the last one), or None."""
    text = text.strip().lstrip(":#.").strip()
    if kind != "amount":  # OCR puts stray dashes and bars between a label and its value
        text = text.lstrip("-–—|_~;,").strip()
    if not text:
        return None
    if kind == "amount":
        found = _amount_in(text)
        return found[0] if found else None
    if kind == "date":
        return parse_date(text[:40], month_first=month_first)
    if kind == "id":
        text = re.sub(r"^(?:nr|no|n°|number)\.?\s*[:#]?\s*", "", text, flags=re.IGNORECASE)
        match = ID_RE.match(text.split(" ")[0] if text else "")
        if not match:
            match = ID_RE.match(text)
        value = match.group().strip(".-") if match else ""
        return value if 1 <= len(value) <= 40 else None
    if kind == "kid":
        match = re.match(r"(?:\(?kid\)?\s*:?\s*)?(\d[\d ]{0,30}\d)", text, re.IGNORECASE)
        value = match.group(1).replace(" ", "") if match else ""
        return value if 2 <= len(value) <= 25 else None
    if kind == "org":
        match = ORG_RE.search(text[:30])
        if match and not re.match(r"\s*[A-MO-Z]{2}\s?\d", text):  # "DE 123 456 789" is no Norwegian number
            return identifiers.digits(match.group(1))
        return _foreign_org(text[:30])
    if kind == "account":
        match = ACCOUNT_RE.search(text[:30])
        return identifiers.digits(match.group(1)) if match else None
    if kind == "iban":
        match = IBAN_RE.search(text.upper()[:50])
        return match.group(1).replace(" ", "") if match else None
    if kind == "name":
        value = re.sub(r"\s+", " ", text).strip(" :,;|-–—_~")
        return value if 2 <= len(value) <= 80 and re.search(r"[A-Za-zÆØÅæøå]", value) else None
    return None


# a word before a VAT label that makes it a qualifier or an identifier: "Preis ohne MwSt.",
# "Amount excl. VAT", "prix hors TVA", "precio sin IVA", "N° TVA" (a VAT registration number)
VAT_QUALIFIERS = {
    "ohne",
    "exkl",
    "excl",
    "excluding",
    "eks",
    "ekskl",
    "uten",
    "without",
    "before",
    "hors",
    "sans",
    "sin",
    "n°",
    "nº",
    "no",
    "nr",
    "numéro",
    "número",
    "num",
}


def _qualifies(word: str) -> bool:
    return word.lower().rstrip(".:") in VAT_QUALIFIERS


def _foreign_org(text: str) -> str | None:
    """A registration number from abroad as printed, compact: "556677-8899", "DK38114290"."""
    match = FOREIGN_ORG_RE.match(text.strip().upper())
    if not match:
        return None
    swedish, dk, dk_digits, country, number = match.groups()
    if swedish:
        return swedish
    if dk:
        return "DK" + identifiers.digits(dk_digits)
    if country in ("NO", "MVA"):
        return None
    return country + identifiers.digits(number)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s.]", "", text).upper()


def narrow(words: list[Word], kind: str, value) -> list[Word]:
    """The shortest run of `words` that holds `value`, so the highlight box covers the value only."""
    if len(words) <= 1 or kind == "name":
        return words
    if kind == "amount":

        def holds(text: str) -> bool:
            return any(amount == value for amount, _raw in amounts_in(text))
    elif kind == "date":

        def holds(text: str) -> bool:
            return parse_date(text) == value or parse_date(text, month_first=True) == value
    else:
        target = _squeeze(str(value))

        def holds(text: str) -> bool:
            return target in _squeeze(text)

    for size in range(1, min(len(words), 6) + 1):
        for start in range(0, len(words) - size + 1):
            run = words[start : start + size]
            if holds(" ".join(w.text for w in run)):
                return run
    return words


def _words_after(segment: Segment, offset: int) -> list[Word]:
    position, chosen = 0, []
    for word in segment.words:
        if position + len(word.text) > offset:
            chosen.append(word)
        position += len(word.text) + 1
    return chosen


class FieldFinder:
    def __init__(self, lines: list[TextLine], hints: dict | None = None) -> None:
        self.lines = lines
        self.hints = hints or {}
        self.month_first = self._dates_month_first()
        self.candidates: dict[str, list[Candidate]] = {name: [] for name in KIND}
        self.exclude_names: set[str] = set()

    def _dates_month_first(self) -> bool:
        for line in self.lines:
            for match in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", line.text):
                if int(match.group(2)) > 12:
                    return True
        return False

    def _value_from(self, field: str, text: str, words: list[Word], score: float, label: str):
        value = parse_value(KIND[field], text, self.month_first)
        if value is not None and value != "":
            self.candidates[field].append(Candidate(field, value, score, narrow(words, KIND[field], value), label))
            return True
        return False

    def _search_from_label(
        self,
        field: str,
        line_index: int,
        segment_index: int,
        label_end: int,
        weight: float,
        label_text: str,
        start_offset: int = 0,
    ) -> None:
        line = self.lines[line_index]
        segment = line.segments[segment_index]
        rest_words = _words_after(segment, start_offset + label_end)
        label_words = [w for w in segment.words if w not in rest_words][-max(1, len(label_text.split())) :]
        mid_segment = start_offset > 0
        if KIND[field] == "amount" and not mid_segment:
            # an amount belongs to the label at the start of its line: read to the line's end
            following = [w for s in line.segments[segment_index + 1 :] for w in s.words]
            if following and not any(match_labels(s.text) for s in line.segments[segment_index + 1 :]):
                rest_words = rest_words + following
        rest = " ".join(w.text for w in rest_words)
        if KIND[field] == "amount" and re.match(
            r"^\s*[-/&]?\s*(no|nr|number|nummer|id|idnr|reg|org|registration|n[°º]|ident\w*|intra\w*)(?![^\W\d_])",
            rest,
            re.IGNORECASE,
        ):
            return  # "VAT no.", "VAT / Reg. no:", "MVA-nr": an identifier, not an amount
        if rest.strip(" :.#"):
            if KIND[field] == "amount" and mid_segment:
                found = amounts_in(rest)
                if found:
                    self.candidates[field].append(Candidate(field, found[0][0], weight, rest_words, label_text))
                    return
            elif self._value_from(field, rest, rest_words, weight, label_text):
                return
        following_segments = line.segments[segment_index + 1 : segment_index + 3]
        for position, right in enumerate(following_segments):
            if match_labels(right.text) and KIND[field] not in ("amount",):
                break
            if self._value_from(field, right.text, right.words, weight * 0.95, label_text):
                return
            if KIND[field] == "date" and position + 1 < len(following_segments):
                # "August 3 | 2014": a date split where its comma was
                pair = following_segments[position : position + 2]
                words = [w for seg in pair for w in seg.words]
                if self._value_from(field, " ".join(seg.text for seg in pair), words, weight * 0.9, label_text):
                    return
        if re.search(r"\d", rest) and KIND[field] != "name":
            return
        if KIND[field] == "amount" and self._heads_a_table(line_index):
            return  # "Beløp" over a column of line amounts or VAT rows: the first row is not the total
        # the value below the label, in the label's column (up to the next word on the label's line)
        label_x0 = label_words[0].x0 if label_words else segment.x0
        label_x1 = label_words[-1].x1 if label_words else segment.x1
        after = [w for w in line.words if w.x0 > label_x1 + 0.001]
        bound = after[0].x0 if after else 1.0
        before = [w for w in line.words if w.x1 < label_x0 - 0.001]
        left_limit = before[-1].x1 if before else 0.0
        for below in self.lines[line_index + 1 : line_index + 4]:
            if below.page != line.page or below.y0 - line.y1 > 0.08:
                break
            column = [
                w
                for w in below.words
                if left_limit < (w.x0 + w.x1) / 2 < bound - 0.002
                and w.x1 > label_x0 - 0.01
                and w.x0 >= min(label_x0 - 0.03, left_limit)
            ]
            if not column and not after and below is self.lines[line_index + 1] and below.segments:
                column = below.segments[0].words  # the value wrapped to the start of the next line
            if not column:
                continue
            text = " ".join(w.text for w in column)
            if match_labels(text) and match_labels(text)[0][1] >= 0.6:
                return
            self._value_from(field, text, column, weight * 0.85, label_text)
            return

    def _heads_a_table(self, line_index: int) -> bool:
        """The line is the header of a line-item table or of a VAT breakdown (its next line
        starts with a VAT rate), so a label on it names a column, not one value."""
        from fornuft.invoices.tables import find_header

        line = self.lines[line_index]
        if find_header(line):
            return True
        below = self.lines[line_index + 1] if line_index + 1 < len(self.lines) else None
        return below is not None and below.page == line.page and bool(RATE_ROW_RE.match(below.text))

    def find_labelled(self) -> None:
        for line_index, line in enumerate(self.lines):
            if CARRIED_RE.search(line.text):
                continue  # "Overført fra forrige side 1 234,00" is a running sum, not a "from" label
            for segment_index, segment in enumerate(line.segments):
                words = segment.text.split(" ")
                offset = 0
                for word_index, word in enumerate(words):
                    text = " ".join(words[word_index:])
                    found = match_labels(text)
                    if found:
                        field, weight, end = found[0]
                        if field == "vat_total" and self._qualified(words, word_index, line_index, segment):
                            offset += len(word) + 1
                            continue  # "ohne MwSt.", "excl. VAT", "N° TVA": not the VAT amount
                        if word_index == 0 or (len(words) <= 6 and weight >= 0.6) or weight >= 0.9:
                            factor = 1.0 if word_index == 0 else 0.9
                            self._search_from_label(
                                field, line_index, segment_index, end, weight * factor, text[:end].strip(), offset
                            )
                    offset += len(word) + 1

    def _qualified(self, words: list[str], word_index: int, line_index: int, segment: Segment) -> bool:
        """The VAT word is qualified by the word before it (also across a wide gap: "Sum eks." |
        "mva"), or, at the start of its line, by the word right above it that ends a cell of a
        heading (a heading wrapped over two lines: "Preis ohne" / "MwSt."; a heading has no
        figures, unlike a total row above a VAT row)."""
        if word_index:
            return _qualifies(words[word_index - 1])
        line = self.lines[line_index]
        position = line.segments.index(segment)
        if position:
            return _qualifies(line.segments[position - 1].words[-1].text)
        if line_index == 0:
            return False
        above = self.lines[line_index - 1]
        if above.page != line.page or line.y0 - above.y1 > 1.5 * (segment.y1 - segment.y0):
            return False
        if any(c.isdigit() for c in above.text):
            return False
        label = segment.words[0]
        cell_ends = [s.words[-1] for s in above.segments]
        return any(w.x0 < label.x1 and w.x1 > label.x0 and _qualifies(w.text) for w in cell_ends)

    def apply_hints(self) -> None:
        """Learned per supplier: the label text a person's correction sat beside, and where."""
        for field, hint in self.hints.items():
            if field not in KIND:
                continue
            label = (hint.get("label") or "").strip().lower()
            if label:
                pattern = re.compile(rf"^\s*{re.escape(label)}\s*[:.#]?\s*", re.IGNORECASE)
                for line_index, line in enumerate(self.lines):
                    for segment_index, segment in enumerate(line.segments):
                        match = pattern.match(segment.text)
                        if match:
                            before = len(self.candidates[field])
                            self._search_from_label(field, line_index, segment_index, match.end(), 1.3, label)
                            if len(self.candidates[field]) > before:
                                break
            box = hint.get("box")
            if box:
                page, x0, y0, x1, y1 = box
                margin = 0.01
                inside = [
                    w
                    for line in self.lines
                    if line.page == page
                    for w in line.words
                    if w.x0 >= x0 - margin and w.x1 <= x1 + margin and w.y0 >= y0 - margin and w.y1 <= y1 + margin
                ]
                if inside:
                    self._value_from(field, " ".join(w.text for w in inside), inside, 1.2, "")

    def buyer_block(self) -> set[int]:
        """Ids of the words in the block under a buyer label ("Faktura til", "Bill to", "Kunde")."""
        block: set[int] = set()
        for index, line in enumerate(self.lines):
            for segment in line.segments:
                found = match_labels(segment.text)
                if not (found and found[0][0] == "buyer_name") and not BUYER_WORDS.search(segment.text):
                    continue
                left = segment.x0 - 0.02
                for below in self.lines[index : index + 6]:
                    if below.page != line.page or below.y0 - line.y1 > 0.12:
                        break
                    block.update(id(w) for w in below.words if left <= w.x0 <= left + 0.4)
        return block

    def demote_buyer_block(self) -> None:
        """The supplier is the invoice's issuer: an organisation number printed beside buyer words
        ("Kundens org.nr", "Customer reg. no") or inside the block under "Faktura til" / "Bill to"
        is the buyer's, so it yields to one in the letterhead or footer."""
        block = self.buyer_block()
        for candidate in self.candidates.get("supplier_org_number") or []:
            near = " ".join(w.text for w in candidate.words)
            label = candidate.label or ""
            if BUYER_WORDS.search(label) or BUYER_WORDS.search(near) or any(id(w) in block for w in candidate.words):
                candidate.score *= 0.3

    def find_patterns(self) -> None:
        """Identifiers recognisable without a label: NO…MVA, IBAN, 4.2.5 bank accounts, currency."""
        for line in self.lines:
            text = line.text
            for match in VAT_NO_RE.finditer(text):
                number = "".join(match.groups())
                words = [w for w in line.words if any(part in w.text for part in match.groups())] or line.words
                self.candidates.setdefault("supplier_vat_number", []).append(
                    Candidate("supplier_vat_number", f"NO{number}MVA", 0.9, words)
                )
                self.candidates["supplier_org_number"].append(Candidate("supplier_org_number", number, 0.7, words))
            for match in SELLER_ORG_RE.finditer(text):
                # "123 456 789 MVA": the law has the seller print "MVA" after its own number when
                # it is VAT registered; a buyer's number is printed bare, so this one is the supplier's
                words = [w for w in line.words if w.text.replace(" ", "") and w.text in match.group()] or line.words
                number = identifiers.digits(match.group(1))
                self.candidates["supplier_org_number"].append(Candidate("supplier_org_number", number, 1.05, words))
            for match in IBAN_RE.finditer(text.upper()):
                value = match.group(1).replace(" ", "")
                if identifiers.is_valid_iban(value):
                    self.candidates["iban"].append(Candidate("iban", value, 0.7, line.words))
            for match in ACCOUNT_RE.finditer(text):
                value = identifiers.digits(match.group(1))
                if "." in match.group(1) and identifiers.is_valid_bank_account(value):
                    self.candidates["bank_account"].append(Candidate("bank_account", value, 0.6, line.words))

    def currency(self) -> tuple[str | None, float]:
        counts: dict[str, int] = {}
        for line in self.lines:
            for token in re.findall(
                r"[€$£₹]|\b(?:NOK|EUR|USD|SEK|DKK|GBP|PLN|INR|CHF|CZK|HUF|ISK|CAD|AUD|JPY|CNY|kr|Rs|zł|Kč)(?!\w)\.?",
                line.text,
            ):
                code = CURRENCY_WORDS.get(token.rstrip(".").upper())
                if code:
                    counts[code] = counts.get(code, 0) + 1
        if not counts:
            return None, 0.0
        best = max(counts, key=lambda code: counts[code])
        return best, 0.9 if counts[best] >= 2 else 0.7

    def _registration_lines(self) -> set[int]:
        """Ids of the lines that carry an organisation number with its label or "MVA": the
        letterhead or footer line where a company prints its own name beside its number."""
        found: set[int] = set()
        for line in self.lines:
            if SELLER_ORG_RE.search(line.text) or VAT_NO_RE.search(line.text):
                found.add(id(line))
                continue
            for segment in line.segments:
                labels = match_labels(segment.text)
                if labels and labels[0][0] == "supplier_org_number":
                    found.add(id(line))
        return found

    def supplier_name_guess(self) -> Candidate | None:
        """No label: the most prominent company-like name at the top of the first page, or the
        company name printed on the same line as an organisation number (a footer or letterhead
        line: "Kraftlaget AS · Postboks 1 · Org.nr 999 999 999 MVA"), which names the issuer.
        Names inside the buyer's block are never the supplier."""
        buyer_words = self.buyer_block()
        registration = self._registration_lines()
        last_page = max((line.page for line in self.lines), default=0)
        best, best_score, best_line = None, 0.0, None
        for line in self.lines:
            on_registration_line = id(line) in registration and line.page in (0, last_page)
            if not on_registration_line and (line.page != 0 or line.y0 > 0.3):
                continue
            for segment in line.segments:
                if any(id(w) in buyer_words for w in segment.words):
                    continue
                text = re.split(r"\s[·|—–]\s|,\s", segment.text.strip())[0].strip(" :,;|-–—_~")
                suffix = COMPANY_IN_TEXT.search(text)
                if suffix and suffix.end() < len(text):  # "Nordvind AS Storgata 1": the name ends at "AS"
                    text = text[: suffix.end()].strip()
                if text.lower() in self.exclude_names:
                    continue
                skip = 0
                if LABELLED_VALUE.match(text) and not match_labels(text):  # a label of a known field is read as such
                    if not COMPANY_SUFFIX.search(text):
                        continue  # "Contact: Kari", "Kundenr.: 1234": a labelled field, not the issuer
                    label_part, text = text.split(":", 1)  # "Verkäufer: Nordvind GmbH": the name after its label
                    skip, text = len(label_part.split()), text.strip()
                if TITLE_WORDS.match(text) or match_labels(text) or len(text) < 3 or sum(c.isdigit() for c in text) > 3:
                    continue
                has_suffix = bool(COMPANY_SUFFIX.search(text))
                if on_registration_line and not has_suffix and line.y0 > 0.3:
                    continue  # a footer's address or bank, not a name
                height = max(w.height for w in segment.words)
                score = height * (2.0 if has_suffix else 1.0) * (1.2 if line.y0 < 0.15 else 1.0)
                if on_registration_line and has_suffix:
                    score *= 3.0
                if score > best_score:
                    words = segment.words[skip : skip + max(1, len(text.split()))]
                    best, best_score = Candidate("supplier_name", text, 0.55, words), score
                    best_line = line
        if best is not None and best_line is not None:
            following = [ln for ln in self.lines if ln.page == 0 and 0 < ln.y0 - best_line.y1 < 0.03]
            for line in following[:1]:
                first = line.segments[0]
                if abs(first.x0 - best.words[0].x0) < 0.01 and COMPANY_SUFFIX.fullmatch(first.text.strip()):
                    best.value = f"{best.value} {first.text.strip()}"  # a company name wrapped before "AS"
        return best
