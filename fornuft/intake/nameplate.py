"""Fields of an equipment nameplate from its OCR text, as plain data.

`extract_nameplate(text)` returns manufacturer, model, serial number, year of manufacture
(YYYY, also when a month is printed: "05/2019", "2019-05", "Mfg. date 2019.05") and ratings
(voltage, current, power, frequency, refrigerant, IP class, pressure)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

KNOWN_MANUFACTURERS = (
    "Mitsubishi Electric", "Mitsubishi Heavy Industries", "Mitsubishi", "Daikin", "Panasonic", "Toshiba",
    "Fujitsu", "NIBE", "Thermia", "Bosch", "Siemens", "ABB", "Schneider Electric", "Schneider", "Danfoss",
    "Grundfos", "Wilo", "Systemair", "Flexit", "Swegon", "Carrier", "LG Electronics", "LG", "Samsung",
    "Viessmann", "Vaillant", "OSO Hotwater", "OSO", "Høiax", "Atlas Copco", "Lindab", "Stiebel Eltron",
    "Electrolux", "Toyotomi", "WEG", "Hitachi", "Gree", "Midea", "Haier", "Sharp", "Nilan", "Ensto",
    "Glen Dimplex", "Dimplex", "Adax", "Nobø", "Eaton", "Legrand", "Hager", "Kemppi", "Honeywell", "Alfa Laval",
    "Xylem", "Flygt", "Lowara", "KSB", "Ebara", "Pedrollo", "Trane", "York", "Johnson Controls", "Bitzer",
    "Copeland", "Emerson", "Sanyo", "Hisense", "Electrolux", "Volvo Penta", "Husqvarna", "Kärcher", "Makita",
)

_LABEL = r"[ \t]*(?:[:.#\-=]|no\.?|nr\.?|number|nummer)*[ \t]*[:.\-]?[ \t]*"
MANUFACTURER_LABELS = r"(?:manufacturer|manufactured\s+by|made\s+by|mfr|produsent|produsert\s+av|fabrikant|hersteller|brand|merke|fabrikat)"  # noqa: E501
MODEL_LABELS = r"(?:model(?:l)?(?:\s*(?:no|nr|number|name|code|type))?|type(?:\s*(?:no|nr|designation|betegnelse))?|typ|m/n|mod|modellnummer|modellnr|product(?:\s+code)?|art(?:ikkel)?\.?\s*nr|varenr|ref)"  # noqa: E501
SERIAL_LABELS = r"(?:serial(?:\s*(?:no|nr|number|num))?|ser\.?\s*(?:no|nr)|s/n|s\.n\.|sn|serie(?:nummer|nr|\s*nr|\s*no)?|serienr|fabr(?:ikasjons)?\.?\s*(?:nr|no|nummer)|prod(?:uksjons)?\.?\s*(?:nr|no|nummer)|seriennummer|no\.\s*de\s*série|id\s*no)"  # noqa: E501
YEAR_LABELS = r"(?:year(?:\s*of\s*(?:manufacture|construction|production))?|produksjonsår|prod(?:uksjons)?\.?\s*år|byggeår|årgang|år|mfg\.?\s*(?:date|year)?|manufactured|date(?:\s*of\s*manufacture)?|dato|prod(?:uction)?\.?\s*date|produksjonsdato|baujahr|fabr(?:ikasjons)?\.?\s*år|built|made|mfd)"  # noqa: E501

# the characters OCR confuses inside serial numbers
VALUE = r"([A-Z0-9][A-Z0-9/\-.]*[A-Z0-9]|[A-Z0-9])"


@dataclass
class Nameplate:
    manufacturer: str | None = None
    model: str | None = None
    serial_number: str | None = None
    year: int | None = None
    ratings: dict[str, str] = field(default_factory=dict)
    confidence: float = 0.0

    def equipment_json(self) -> dict:
        return {"manufacturer": self.manufacturer, "model": self.model, "serial_number": self.serial_number,
                "year": self.year}

    def as_dict(self) -> dict:
        return asdict(self)

    def field_count(self) -> int:
        return sum(v is not None for v in (self.manufacturer, self.model, self.serial_number, self.year))


def _lines(text: str) -> list[str]:
    return [re.sub(r"[ \t]+", " ", line).strip(" |_") for line in text.splitlines() if line.strip(" |_")]


def _labelled(lines: list[str], labels: str, value: str = r"(.+)", offset: int = 1) -> str | None:
    # bilingual plates print the label twice, "Serienr. / Serial No. X": the second label is skipped too
    pattern = re.compile(rf"(?i)(?<![a-z]){labels}(?:{_LABEL}/[ \t]*{labels})?{_LABEL}{value}")
    for index, line in enumerate(lines):
        # label alone on its line, value on the next
        if re.fullmatch(rf"(?i){labels}(?:{_LABEL}/[ \t]*{labels})?{_LABEL}", line) and \
                0 <= index + offset < len(lines):
            return lines[index + offset].strip(" :.-")
        match = pattern.search(line)
        if match:
            found = _skip_second_label(match.group(1)).strip(" :.-")
            if found:
                return found
    return None


def _skip_second_label(value: str) -> str:
    """Bilingual plates: "Modell / Model: PV-35" → "PV-35"; "Serienr. / S/N: X" → "X"."""
    value = value.strip()
    for _ in range(2):
        value = value.lstrip("/|: ").strip()
        match = re.match(r"^([A-Za-zÆØÅæøå][A-Za-zÆØÅæøå./ ]{0,25}?)\s*[:]\s*(.+)$", value)
        if match and not re.search(r"\d", match.group(1)):
            value = match.group(2)
        else:
            break
    return value


def _first_token(value: str) -> str:
    """The code at the start of a value: it ends at two spaces, at the next label of the line, or
    where ratings begin ("PV-35 HRN 230V 50Hz" → "PV-35 HRN")."""
    value = re.split(r"\s{2,}|\s+(?=(?i:model|modell|type|serial|serie\w*|s/n|sn|year|år|date|dato|volt|ip\s?\d|made|"
                     r"mfg|prod\w*|/)\b)", value)[0]
    kept: list[str] = []
    for token in value.split():
        if re.fullmatch(r"(?i)\d+(?:[.,]\d+)?(?:v|hz|kw|w|a|kg|bar|mm|l)|~|\d+~|ip\w+", token) or len(kept) >= 4:
            break
        kept.append(token)
    return " ".join(kept) if kept else value.strip()


def _year_from(text: str) -> int | None:
    """YYYY from "2019", "05/2019", "2019-05", "2019.05", "05.2019", "12-05-2019", "MAY 2019"."""
    for match in re.finditer(r"(?<!\d)((?:19[5-9]|20[0-4])\d)(?!\d)", text):
        return int(match.group(1))
    match = re.search(r"(?<!\d)(\d{1,2})[/.\-](\d{2})(?!\d)", text)  # 05/19
    if match and 1 <= int(match.group(1)) <= 12:
        return 2000 + int(match.group(2))
    return None


def _clean_code(value: str) -> str:
    value = value.strip().strip(".,;:=_~ ")
    value = re.sub(r"\s+", "", value) if len(value.replace(" ", "")) <= 24 and re.search(r"\d", value) else value
    return value


def _serial_digits(value: str) -> str:
    """OCR reads 0 as O; serial numbers avoid the letter O for that very reason, so an O beside a digit is 0."""
    return re.sub(r"O(?=\d)|(?<=\d)O", "0", value)


def _manufacturer(lines: list[str], text: str) -> str | None:
    labelled = _labelled(lines, MANUFACTURER_LABELS)
    if labelled:
        for known in KNOWN_MANUFACTURERS:
            if re.search(rf"(?i)\b{re.escape(known)}\b", labelled):
                return known
        return re.split(r"\s{2,}|,", labelled)[0].strip()
    for known in KNOWN_MANUFACTURERS:
        if re.search(rf"(?i)(?<![a-z]){re.escape(known)}(?![a-z])", text):
            return known
    # a short line of capitals at the top, not a label; else a brand name in title case heading the plate
    not_a_brand = r"(?i)\b(?:model|modell|type|serial|serie\w*|warning|advarsel|caution|made|ce|produsert|year)\b"
    for line in lines[:3]:
        if re.fullmatch(r"[A-ZÆØÅ][A-ZÆØÅ&\- ]{2,30}", line) and not re.search(not_a_brand, line):
            return line.title() if len(line) > 4 else line
    for line in lines[:2]:
        if re.fullmatch(r"[A-ZÆØÅ][\wÆØÅæøå&\-]+(?: [A-ZÆØÅ][\wÆØÅæøå&\-]+){0,2}", line) and \
                not re.search(r"\d", line) and not re.search(not_a_brand, line):
            return line
    return None


_ANY_LABEL = rf"(?i)(?<![a-z])(?:{MODEL_LABELS}|{SERIAL_LABELS}|{MANUFACTURER_LABELS}|produsert|manufactured)\b"
_NOT_A_BRAND = r"(?i)\b(?:model|modell|type|serial|serie\w*|warning|advarsel|caution|made|ce|produsert|year|input|" \
               r"output|heating|cooling|power|kw|hz|ip\d+)\b"


def brand_line(text: str) -> str | None:
    """The maker's name a plate prints above its labelled fields, without the specks a rivet or a logo
    leaves at the start of the line ("O Kvistad Energi"): one to three words of letters."""
    lines = _lines(text)
    if not any(re.search(_ANY_LABEL, line) for line in lines):
        return None  # no labelled fields read: the photo is upside down or not a plate, a "name" is noise
    for line in lines:
        if re.search(_ANY_LABEL, line):
            return None  # the labelled fields have begun
        words = line.split()

        def is_speck(word: str) -> bool:
            return len(re.sub(r"[^A-Za-zÆØÅæøå]", "", word)) <= 2 or not re.search(r"[a-zæøå]{2}", word, re.IGNORECASE)

        while words and is_speck(words[0]):
            words = words[1:]
        while words and is_speck(words[-1]):
            words = words[:-1]  # "Kvistad —": a rule or a screw after the name
        if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Za-zÆØÅæøåÄÖÜäöü&\-]+", w) for w in words):
            continue
        name = " ".join(words)
        if len(re.sub(r"[^A-Za-zÆØÅæøå]", "", name)) < 4 or re.search(_NOT_A_BRAND, name):
            continue
        return " ".join(w if w[:1].isupper() else w.title() for w in words)
    return None


def value_above_label(lines: list[str]) -> bool:
    """Whether this plate prints a value half a line above its label, so that a label alone on its line
    belongs with the line before it: every lone label has a value before it, and not every one after."""
    lone = [i for i, line in enumerate(lines) if re.search(_ANY_LABEL, line) and not re.search(r"\d", line)]

    def is_value(index: int) -> bool:
        return 0 <= index < len(lines) and bool(re.search(r"\d", lines[index])) and not re.search(
            _ANY_LABEL, lines[index]) and not re.search(rf"(?i){YEAR_LABELS}", lines[index])

    return bool(lone) and all(is_value(i - 1) for i in lone) and not all(is_value(i + 1) for i in lone)


RATING_PATTERNS = {
    "voltage": r"(?<![\w.])(\d{2,3}(?:\s*[-/~]\s*\d{2,3})?\s*V)(?:\s*(?:AC|DC|~))?(?![a-z])",
    "current": r"(?<![\w.])(\d{1,3}(?:[.,]\d{1,2})?\s*A)(?![a-z])",
    "power": r"(?<![\w.])(\d{1,4}(?:[.,]\d{1,2})?\s*k?W)(?![a-z])",
    "frequency": r"(?<![\w.])(\d{2}(?:\s*/\s*\d{2})?\s*Hz)",
    "refrigerant": r"(?<![\w])(R[\s-]?\d{2,4}[A-Z]?)\b",
    "refrigerant_charge": r"(?i)(?:charge|fylling|mengde)[^\d\n]{0,20}(\d+(?:[.,]\d+)?\s*kg)",
    "ip_class": r"\b(IP\s?[0-6X][0-9X])\b",
    "pressure": r"(?<![\w.])(\d{1,3}(?:[.,]\d{1,2})?\s*(?:bar|MPa|kPa))\b",
    "weight": r"(?i)(?:weight|vekt|masse)[^\d\n]{0,12}(\d+(?:[.,]\d+)?\s*kg)",
}


def extract_nameplate(text: str) -> Nameplate:
    """The nameplate's fields; a field not found is None (see the module docstring)."""
    lines = _lines(text)
    joined = "\n".join(lines)
    plate = Nameplate()
    plate.manufacturer = _manufacturer(lines, joined)
    offset = -1 if value_above_label(lines) else 1
    model = _labelled(lines, MODEL_LABELS, offset=offset)
    if model:
        plate.model = _first_token(model).strip(" .,;:")
    serial = _labelled(lines, SERIAL_LABELS, offset=offset)
    if serial:
        plate.serial_number = _serial_digits(_clean_code(_first_token(serial)).upper())
    year_text = _labelled(lines, YEAR_LABELS)
    plate.year = _year_from(year_text) if year_text else None
    if plate.year is None:
        for line in lines:
            if re.search(rf"(?i){YEAR_LABELS}", line):
                plate.year = _year_from(line)
                if plate.year:
                    break
    if plate.year is None and plate.serial_number is None:
        plate.year = None
    for name, pattern in RATING_PATTERNS.items():
        match = re.search(pattern, joined)
        if match:
            plate.ratings[name] = re.sub(r"\s+", " ", match.group(1)).strip()
    if plate.model and plate.serial_number and plate.model == plate.serial_number:
        plate.model = None
    if plate.model and plate.serial_number:
        plate.model = model_spelled_as_serial(plate.model, plate.serial_number)
    plate.confidence = round(plate.field_count() / 4, 2)
    return plate


# letters and digits OCR takes for each other in a code
LOOKALIKES = {("O", "0"), ("S", "5"), ("I", "1"), ("B", "8"), ("Z", "2"), ("G", "6")}


def model_spelled_as_serial(model: str, serial: str) -> str:
    """Makers start a serial number with the model code ("KE-20X", serial "KE20X-99…"); where the
    two disagree only in letters OCR takes for digits ("KE-ZOX" for "KE-20X"), the serial's digits are the truth.
    Only a prefix of four or more aligned characters, with at least one the same, is trusted."""
    compact = [(i, c) for i, c in enumerate(model) if c.isalnum()]
    fixed = list(model)
    aligned = same = 0
    for (index, char), other in zip(compact, serial, strict=False):
        if char.upper() == other.upper():
            same += 1
        elif (char.upper(), other) in LOOKALIKES or (other, char.upper()) in LOOKALIKES:
            fixed[index] = other
        else:
            break
        aligned += 1
    if aligned >= 4 and same >= 2 and aligned > same:
        return "".join(fixed[:compact[aligned - 1][0] + 1]) + model[compact[aligned - 1][0] + 1:]
    return model


def _compact(code: str) -> str:
    table = {a: b for a, b in LOOKALIKES}
    return "".join(table.get(c, c) for c in code.upper() if c.isalnum())


def longer_reading(first: str | None, second: str | None) -> str | None:
    """Of two readings of one code, the one that goes on where the other stopped: OCR drops the last
    characters of a code at a plate's edge or under glare ("KE20-1811-2" for "KE20-1811-204"). A
    reading that disagrees anywhere else is not taken."""
    if not first or not second:
        return first or second
    a, b = _compact(first), _compact(second)
    if len(a) >= 4 and b.startswith(a) and 0 < len(b) - len(a) <= 4 and re.fullmatch(r"[A-Za-z0-9\-/ ]+", second):
        return second
    return first


def looks_like_nameplate(plate: Nameplate) -> bool:
    """At least two identifying fields, or one with two ratings: a photo of something else is not."""
    identifying = sum(v is not None for v in (plate.model, plate.serial_number, plate.year, plate.manufacturer))
    return identifying >= 2 or (identifying >= 1 and len(plate.ratings) >= 2)
