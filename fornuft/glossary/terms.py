"""The company glossary as plain data: entries, lookup, text expansion, synonym groups for
retrieval, title-block labels for drawing reading, CSV import with row-level errors, built-in
industry packs, and suggestions of unknown frequent terms. No Django.

    glossary = Glossary.from_packs(["construction"]) + Glossary(entries_from_csv(...).entries)
    glossary.expand("Mangler FDV og TG3 på taket")   # -> text + " forvaltning drift vedlikehold tilstandsgrad 3 …"
    glossary.synonym_groups()                        # [["FDV", "forvaltning, drift og vedlikehold", …], …]

An entry: `term` (the written-out form), `abbreviation`, `synonyms`, `nb` and `en` translations,
`field` (a title-block field it labels, for drawings). The CSV columns are the same:
term;abbreviation;synonyms;nb;en;field — synonyms separated by "|"."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

PACK_DIR = Path(__file__).with_name("packs")
COLUMNS = ("term", "abbreviation", "synonyms", "nb", "en", "field")
MAX_TERM = 120
MAX_ROWS = 5000
DRAWING_FIELDS = ("drawing_number", "title", "revision", "date", "drawn_by", "checked_by", "scale", "sheet",
                  "project", "company")

_WORD = re.compile(r"[0-9A-Za-zÆØÅæøåÄÖÜäöüÉé][0-9A-Za-zÆØÅæøåÄÖÜäöüÉé\-/]*")


@dataclass
class Entry:
    term: str
    abbreviation: str = ""
    synonyms: list[str] = field(default_factory=list)
    nb: str = ""
    en: str = ""
    field: str = ""

    def forms(self) -> list[str]:
        """Every way the entry is written, the term first."""
        found = [self.term, self.abbreviation, *self.synonyms, self.nb, self.en]
        return [f for f in dict.fromkeys(x.strip() for x in found) if f]


@dataclass
class RowError:
    line: int
    message: str


@dataclass
class ImportResult:
    entries: list[Entry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _key(form: str) -> str:
    return " ".join(_WORD.findall(form.lower()))


class Glossary:
    """Lookup over entries: every form (abbreviation, synonym, translation) finds its entry."""

    def __init__(self, entries: Iterable[Entry] = ()):
        self.entries = list(entries)
        self._by_form: dict[str, Entry] = {}
        self._longest = 1
        for entry in self.entries:
            for form in entry.forms():
                key = _key(form)
                if key:
                    self._by_form.setdefault(key, entry)
                    self._longest = max(self._longest, len(key.split()))

    def __add__(self, other: Glossary) -> Glossary:
        return Glossary([*self.entries, *other.entries])

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    @classmethod
    def from_packs(cls, names: Iterable[str]) -> Glossary:
        entries: list[Entry] = []
        for name in names:
            entries.extend(load_pack(name))
        return cls(entries)

    def lookup(self, form: str) -> Entry | None:
        return self._by_form.get(_key(form))

    def knows(self, word: str) -> bool:
        return _key(word) in self._by_form

    def found_in(self, text: str) -> list[Entry]:
        """The entries whose forms occur in `text` (whole words; abbreviations case-sensitively when
        they are all capitals, so "UK" is not "uk")."""
        tokens = _WORD.findall(text)
        lowered = [t.lower() for t in tokens]
        found: dict[int, Entry] = {}
        for size in range(min(self._longest, 5), 0, -1):
            for i in range(len(tokens) - size + 1):
                key = " ".join(lowered[i:i + size])
                entry = self._by_form.get(key)
                if entry is None:
                    continue
                if size == 1 and entry.abbreviation and _key(entry.abbreviation) == key \
                        and entry.abbreviation.isupper() and not tokens[i].isupper() and len(key) <= 3:
                    continue
                found.setdefault(id(entry), entry)
        return list(found.values())

    def expand(self, text: str) -> str:
        """`text` with the other forms of each term found appended: what a classifier or a search
        then sees is the jargon and its plain words together."""
        extra = []
        for entry in self.found_in(text):
            extra.extend(entry.forms())
        return f"{text}\n{' '.join(extra)}" if extra else text

    def synonym_groups(self) -> list[list[str]]:
        """Groups for the assistant's retrieval: each entry's forms."""
        return [forms for forms in (e.forms() for e in self.entries) if len(forms) > 1]

    def drawing_labels(self) -> dict[str, list[str]]:
        """Title-block labels by field, from entries that name the field they label."""
        labels: dict[str, list[str]] = {}
        for entry in self.entries:
            if entry.field in DRAWING_FIELDS:
                labels.setdefault(entry.field, []).extend(entry.forms())
        return labels


def entries_from_csv(data: bytes | str, *, max_rows: int = MAX_ROWS) -> ImportResult:
    """Entries from a CSV (header row required; ";" or "," separated; UTF-8 or cp1252), with
    one error per bad row (line number and reason); good rows are kept."""
    result = ImportResult()
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    else:
        text = data
    if "\x00" in text:
        result.errors.append(RowError(0, "not a text (CSV) file"))
        return result
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        result.errors.append(RowError(1, "the file is empty; the first line must name the columns "
                                         "(term;abbreviation;synonyms;nb;en)"))
        return result
    delimiter = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    if "term" not in header:
        result.errors.append(RowError(1, "the first line must name the columns; 'term' is missing"))
        return result
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        result.errors.append(RowError(1, f"unknown column(s) ignored: {', '.join(unknown[:5])}"))
    seen: set[str] = set()
    for number, row in enumerate(reader, start=2):
        if number - 1 > max_rows:
            result.errors.append(RowError(number, f"more than {max_rows} rows; the rest was not read"))
            break
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            result.errors.append(RowError(number, f"{len(row)} columns, the header has {len(header)}"))
            continue
        values = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        term = values.get("term", "")
        problem = _row_problem(values)
        if problem:
            result.errors.append(RowError(number, problem))
            continue
        if term.lower() in seen:
            result.errors.append(RowError(number, f"'{term}' appears twice; the first row is kept"))
            continue
        seen.add(term.lower())
        result.entries.append(Entry(
            term=term, abbreviation=values.get("abbreviation", ""),
            synonyms=[s.strip() for s in values.get("synonyms", "").split("|") if s.strip()],
            nb=values.get("nb", ""), en=values.get("en", ""), field=values.get("field", "")))
    return result


def _row_problem(values: dict[str, str]) -> str | None:
    term = values.get("term", "")
    if not term:
        return "the term is empty"
    for name, value in values.items():
        if len(value) > (MAX_TERM * 5 if name == "synonyms" else MAX_TERM):
            return f"{name} is longer than {MAX_TERM} characters"
        if any(ord(c) < 32 and c not in "\t" for c in value):
            return f"{name} holds control characters"
    if values.get("field") and values["field"] not in DRAWING_FIELDS:
        return f"field '{values['field']}' is not a title-block field ({', '.join(DRAWING_FIELDS)})"
    if term[:1] in ("=", "+", "@"):
        return "a term may not start with =, + or @ (spreadsheet formulas)"
    return None


def pack_names() -> list[str]:
    return sorted(p.stem for p in PACK_DIR.glob("*.csv"))


def load_pack(name: str) -> list[Entry]:
    """A built-in industry pack by name; ValueError for an unknown name."""
    if name not in pack_names():
        raise ValueError(f"no glossary pack named {name!r}; packs: {', '.join(pack_names())}")
    result = entries_from_csv((PACK_DIR / f"{name}.csv").read_bytes())
    return result.entries


def from_setting(value: str) -> Glossary:
    """A glossary from a setting such as FORNUFT_GLOSSARY: pack names and CSV paths, comma-separated
    ("construction,accounting" or "/etc/fornuft/terms.csv"); "all" is every pack; "" is none."""
    entries: list[Entry] = []
    for part in (p.strip() for p in (value or "").split(",")):
        if not part or part.lower() in ("0", "off", "none", "false"):
            continue
        if part == "all":
            for name in pack_names():
                entries.extend(load_pack(name))
        elif part.endswith(".csv") or "/" in part:
            entries.extend(entries_from_csv(Path(part).read_bytes()).entries)
        else:
            entries.extend(load_pack(part))
    return Glossary(entries)


def from_environment() -> Glossary:
    """The glossary the command-line tools use without a database: FORNUFT_GLOSSARY (packs and
    CSV paths, see `from_setting`), read at call time; empty when unset."""
    import os

    return from_setting(os.environ.get("FORNUFT_GLOSSARY", ""))


_STOP = set("""og i på til av for med som er det en et de den at ikke har vi du jeg kan skal vil fra om eller
så men også ved etter hva hvordan når hvor the and of to in for on with is are be this that from as at by or
an it we you our your re sv fw vennlig hilsen mvh takk hei regards thanks dear""".split())


def suggest(texts: Iterable[str], glossary: Glossary, *, known_words: set[str] | None = None, limit: int = 30,
            min_count: int = 3) -> list[tuple[str, int]]:
    """Frequent terms in the texts the glossary does not know: abbreviations (2–6 capitals or
    capitals with digits, "TG3", "RIBr") and long compound words seen often. [(term, count)]."""
    counts: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    for text in texts:
        seen = set()
        for token in _WORD.findall(text or ""):
            token = token.strip("-/")
            if not token or token.lower() in _STOP or token.isdigit():
                continue
            is_abbreviation = (2 <= len(token) <= 6 and sum(c.isupper() for c in token) >= 2
                               and not token.isdigit())
            is_long = len(token) >= 12 and token.isalpha()
            if not (is_abbreviation or is_long):
                continue
            if glossary.knows(token) or (known_words and token.lower() in known_words):
                continue
            key = token if is_abbreviation else token.lower()
            counts[key] += 1
            seen.add(key)
        documents.update(seen)
    ranked = [(term, counts[term]) for term in counts if documents[term] >= min_count or counts[term] >= min_count]
    ranked.sort(key=lambda pair: (-documents[pair[0]], -pair[1], pair[0]))
    return ranked[:limit]
