"""The product catalogue as plain data, and matching spoken words against it.

A catalogue is a CSV with the columns `product_id,name,description,unit,price,image` and an
optional `synonyms` column ("|" or ";" between synonyms). Matching survives misheard words:
a product name is compared with a stretch of the dictation by character trigrams (spelling
slips, "heat bump") and by a phonetic key (sounds alike, "kobberrør"/"koberrør"), and the better
of the two counts."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

MAX_CATALOGUE_ROWS = 20_000
MAX_CATALOGUE_BYTES = 10 * 1024 * 1024
REQUIRED_COLUMNS = ("product_id", "name")
MATCH_THRESHOLD = 0.62
# Words that say nothing about which product is meant.
STOPWORDS = {
    "a", "an", "the", "of", "for", "with", "and", "to", "in", "on", "at", "per", "each", "pcs", "piece",
    "pieces", "units", "unit", "x", "type", "model",
    "en", "ei", "et", "ett", "av", "med", "og", "til", "i", "på", "pr", "stk", "stykk", "stykker",
    "typen", "modell", "som",
}


class CatalogueProblem(ValueError):
    pass


@dataclass(frozen=True)
class Product:
    product_id: str
    name: str
    description: str = ""
    unit: str = ""
    price: float | None = None
    image: str = ""
    synonyms: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.synonyms)


@dataclass
class Match:
    product: Product
    score: float
    start: int  # token span of the words that named it
    end: int
    via: str = ""  # the name or synonym that matched
    alternatives: list[tuple[str, float]] = field(default_factory=list)


def _price(raw: str) -> float | None:
    text = (raw or "").strip().replace("\u00a0", "").replace(" ", "").replace("kr", "").replace("NOK", "")
    if not text:
        return None
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", ".")
    try:
        return float(Decimal(text))
    except InvalidOperation:
        raise CatalogueProblem(f"price {raw!r} is not a number") from None


def parse_catalogue(data: bytes | str, base_dir: Path | None = None) -> list[Product]:
    """Products from CSV bytes (UTF-8, with or without BOM; comma or semicolon separated).
    Image paths are made absolute against `base_dir`. Raises CatalogueProblem with the row."""
    if isinstance(data, bytes):
        if len(data) > MAX_CATALOGUE_BYTES:
            raise CatalogueProblem(f"the catalogue is larger than {MAX_CATALOGUE_BYTES // 1024 // 1024} MB")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
    else:
        text = data
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise CatalogueProblem(f"the catalogue lacks the column(s) {', '.join(missing)}; "
                               "expected product_id,name,description,unit,price,image")
    products: list[Product] = []
    for number, row in enumerate(reader, start=2):
        if number > MAX_CATALOGUE_ROWS + 1:
            raise CatalogueProblem(f"the catalogue has more than {MAX_CATALOGUE_ROWS} rows")
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        if not row.get("product_id") and not row.get("name"):
            continue
        if not row.get("name"):
            raise CatalogueProblem(f"row {number}: the product has no name")
        try:
            price = _price(row.get("price", ""))
        except CatalogueProblem as exc:
            raise CatalogueProblem(f"row {number}: {exc}") from None
        image = row.get("image", "")
        if image and base_dir is not None and not re.match(r"^[a-z]+://", image) and not Path(image).is_absolute():
            image = str((base_dir / image).resolve())
        synonyms = tuple(s.strip() for s in re.split(r"[|;]", row.get("synonyms", "")) if s.strip())
        # a term in brackets at the end of the description is another name ("… (air to water heat pump)")
        bracketed = re.search(r"\(([^()]{3,60})\)\s*\.?$", row.get("description", ""))
        if bracketed:
            synonyms += tuple(t.strip() for t in re.split(r"[/;,]| or | eller ", bracketed.group(1)) if t.strip())
        # a description that begins with an abbreviation names the product by it ("UPS 1500 VA", "NAS med …");
        # not one that qualifies the noun after it ("LED downlight")
        leading = re.match(r"([A-ZÆØÅ]{3,5})(?= \d| med | with | for |,|$)", row.get("description", ""))
        if leading:
            synonyms += (leading.group(1),)
        products.append(Product(row.get("product_id") or row["name"], row["name"], row.get("description", ""),
                                row.get("unit", ""), price, image, synonyms))
    return products


def load_catalogue(path: str | Path) -> list[Product]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogueProblem(f"{path}: cannot read the catalogue ({exc.strerror})") from None
    return parse_catalogue(data, base_dir=path.parent)


def seed_catalogue() -> list[Product]:
    """The example catalogue that ships with Fornuft (used when no catalogue is given)."""
    return load_catalogue(Path(__file__).parent / "seed" / "catalog.csv")


# --- text normalisation and keys -------------------------------------------------------------

def fold(text: str) -> str:
    """Lowercase, accents off (é→e), Norwegian letters kept but folded to ascii pairs."""
    text = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def words_of(text: str) -> list[str]:
    # "Ø125" is a diameter: the sign is not a letter of the number ("rør Ø110", said "rør hundre og ti")
    return re.findall(r"[a-z0-9]+", fold(re.sub(r"[Øø⌀](?=\s?\d)", " ", text)))


def content_words(text: str) -> list[str]:
    return [w for w in words_of(text) if w not in STOPWORDS]


def phonetic(word: str) -> str:
    """A rough sound key that works for Norwegian and English spellings: vowels collapse,
    doubled letters collapse, voiced/unvoiced pairs merge (b/p, d/t, g/k, v/f/w), c/k/q, z/s."""
    word = fold(word)
    for a, b in (("ph", "f"), ("th", "t"), ("sch", "s"), ("sh", "s"), ("skj", "s"), ("kj", "s"), ("tj", "s"),
                 ("ck", "k"), ("qu", "kv"), ("x", "ks"), ("hj", "j"), ("gj", "j"), ("ng", "n")):
        word = word.replace(a, b)
    table = str.maketrans({"b": "p", "d": "t", "g": "k", "c": "k", "q": "k", "z": "s", "v": "f", "w": "f",
                           "y": "i", "h": ""})
    word = word.translate(table)
    word = re.sub(r"[aeiou]+", "a", word)
    word = re.sub(r"(.)\1+", r"\1", word)
    if len(word) > 1 and word.endswith("a"):
        word = word[:-1]
    return word


def trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """0..1: Dice over character trigrams of the folded, spaceless texts."""
    a, b = "".join(words_of(a)), "".join(words_of(b))
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ta, tb = trigrams(a), trigrams(b)
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def phonetic_similarity(a: str, b: str) -> float:
    ka = "".join(phonetic(w) for w in content_words(a))
    kb = "".join(phonetic(w) for w in content_words(b))
    if len(ka) < 4 or len(kb) < 4:
        return 0.0  # a key of three sounds or fewer fits too many words ("whole" and "fill[er]" are both "fal")
    if ka == kb:
        return 0.97
    if min(len(ka), len(kb)) / max(len(ka), len(kb)) < 0.75:  # short keys agree too easily
        return 0.0
    ta, tb = trigrams(ka), trigrams(kb)
    return 0.95 * 2 * len(ta & tb) / (len(ta) + len(tb))


def stem(word: str) -> str:
    """A light plural/definite-form stem shared by nb and en ("pumper", "pumpene", "pumps" → "pump")."""
    if len(word) > 4 and not word[-1].isdigit():
        for ending in ("ene", "ane", "er", "en", "es", "s", "e", "a"):
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return word[: -len(ending)]
    return word


def _stemmed(text: str) -> str:
    return " ".join(stem(w) for w in content_words(text))


def _word_similarity(said: str, named: str) -> float:
    """One spoken word against one word of a name: the same, the tail of a compound ("bereder" in
    "varmtvannsbereder"), or alike by trigrams."""
    if said == named:
        return 1.0
    if min(len(said), len(named)) >= 5 and (named.endswith(said) or said.endswith(named)):
        return 0.9
    skeleton_said, skeleton_named = _skeleton(said), _skeleton(named)
    if len(skeleton_said) >= 3 and skeleton_said == skeleton_named:
        return 0.85  # an inflected adjective: "doble" for "dobbel", "enkle" for "enkel"
    return similarity(said, named)


def _skeleton(word: str) -> str:
    """Consonants only, doubled ones once: "dobbel" and "doble" are both "dbl"."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


def _word_bag_score(name: str, span: str) -> float:
    """Words said in another order than the catalogue's, or without the name's trailing category noun
    ("doble stikkontakter" for "Stikkontakt dobbel hvit", "ladebokser Volt 22" for "Ladeboks Volt 22
    elbillader"): every word said must be a word of the name, scaled by how much of the name was said."""
    said, named = span.split(), name.split()
    if not said or not named:
        return 0.0
    best: list[float] = []
    covered: set[int] = set()
    for word in said:
        # a word said twice ("rør i rør") covers the name's two like words, not one of them twice
        score, _fresh, index = max((_word_similarity(word, n), i not in covered, -i) for i, n in enumerate(named))
        index = -index
        if score < 0.75:
            return 0.0
        best.append(score)
        covered.add(index)
    naming = [i for i, n in enumerate(named) if n.isalpha() and len(n) >= 3] or list(range(len(named)))
    coverage = len(covered & set(naming)) / len(naming)
    score = 0.95 * sum(best) / len(best) * coverage ** 0.5
    # a series name and its model number ("Volt 22", "Glimt 8") name the product, and more surely
    # where the name begins with them; an accessory names the model it fits after its own noun
    for i, word in enumerate(named[1:], start=1):
        if word.isdigit() and i in covered and i - 1 in covered and min(best) >= 0.9:
            score = max(score, 0.87 if i == 1 else 0.83)
    return score


def _joined_compounds(span: str, name: str) -> str:
    """"filter sets" → "filtersets" where the name writes the two as one word ("Filtersett"): an English
    open compound for a Norwegian closed one."""
    said, named = content_words(span), content_words(name)
    out: list[str] = []
    i = 0
    while i < len(said):
        if i + 1 < len(said) and said[i].isalpha() and said[i + 1].isalpha() and any(
                _skeleton(stem(said[i] + said[i + 1])) == _skeleton(stem(n)) for n in named if len(n) >= 7):
            out.append(said[i] + said[i + 1])
            i += 2
            continue
        out.append(said[i])
        i += 1
    return " ".join(out)


# endings of a Norwegian/English noun said in the plural or the definite form ("laderne", "panelene", "chargers")
_INFLECTIONS = ("erne", "ene", "ne", "en", "er", "et", "es", "s", "e")


def _compound_heads(span: str, name: str) -> str:
    """"laderne" → "elbillader", "panelene" → "solcellepanel": the head of a name's compound word said
    alone, inflected, is that word (the stem rule cuts the two apart: "lad" against "elbillad")."""
    named = [n for n in content_words(name) if n.isalpha() and len(n) >= 8]
    out: list[str] = []
    for word in span.split():
        whole = next((n for n in named for ending in _INFLECTIONS
                      if word.endswith(ending) and len(word) - len(ending) >= 5
                      and n.endswith(word[: -len(ending)]) and len(n) - len(word) + len(ending) >= 3), None)
        out.append(whole or word)
    return " ".join(out)


def is_compound_prefix(said: str, name_word: str) -> bool:
    """"snøfangere", "snøfangerne" for "snøfangerstang": the first part of a compound, said alone and
    inflected, long enough to be that word."""
    bases = {said} | {said[: -len(e)] for e in _INFLECTIONS if said.endswith(e)}
    return any(len(base) >= 7 and len(base) >= 0.6 * len(name_word) and name_word.startswith(base)
               and name_word != base for base in bases)


def _closes_two_name_words(said: str, named: list[str]) -> bool:
    """"eikeparkett" for "Parkett Eik": two words of a name said as one Norwegian compound, modifier first,
    with or without a linking e/s."""
    words = [w for w in named if w.isalpha() and len(w) >= 3]
    return len(said) >= 7 and any(said in {a + b, a + "e" + b, a + "s" + b} for a in words for b in words if a != b)


def _name_score(name: str, span: str, head_last: bool = False) -> float:
    """How well the words said (`span`) name `name`; `head_last` for an English synonym, whose head noun is
    its last word ("roofing underlay" is an underlay, not roofing)."""
    name, span = _stemmed(name), _stemmed(_compound_heads(_joined_compounds(span, name), name))
    score = max(similarity(name, span), phonetic_similarity(name, span), _word_bag_score(name, span))
    span_words = span.split()
    if len(span_words) == 1 and len(span_words[0]) >= 6:
        # the head noun of a longer name ("veggkonsoller" for "Veggkonsoll for utedel")
        heads = [w for w in (name.split()[-1:] if head_last else name.split()) if len(w) >= 6]
        if heads:
            score = max(score, 0.92 * max(similarity(w, span_words[0]) for w in heads))
            # the first part of a compound head, said alone: "snøfangere" for "Snøfangerstang"
            if any(is_compound_prefix(span_words[0], w) for w in heads[:1]):
                score = max(score, 0.85)
    return score


def _names_code(match: Match, folded: list[str]) -> bool:
    """A match said as the exact code in its name alone ("5g2,5" for "Installasjonskabel PFXP 5G2,5")."""
    said = folded[match.start:match.end]
    return len(said) == 1 and bool(re.search(r"\d", said[0])) and bool(re.search(r"[a-z]", said[0])) \
        and set(words_of(said[0])) <= set(words_of(match.product.name))


def _with_codes_joined(chosen: list[Match], folded: list[str]) -> list[Match]:
    """"installasjonskabel 5G2,5": the head word matched a sibling ("… 5G1,5") on its own, the code the
    product meant; the two are one mention of the product the code names."""
    dropped: set[int] = set()
    for match in chosen:
        if not _names_code(match, folded):
            continue
        head = content_words(match.product.name)[:1]
        for other in chosen:
            if other is not match and id(other) not in dropped and content_words(other.product.name)[:1] == head \
                    and (other.end == match.start or match.end == other.start):
                dropped.add(id(other))
                match.start, match.end = min(match.start, other.start), max(match.end, other.end)
    return [match for match in chosen if id(match) not in dropped]


class Matcher:
    """Finds catalogue products in token lists. Built once per catalogue."""

    def __init__(self, products: list[Product], threshold: float = MATCH_THRESHOLD) -> None:
        self.products = products
        self.threshold = threshold
        self._names: list[tuple[Product, str, list[str]]] = []
        for product in products:
            for name in product.names():
                words = content_words(name)
                if words:
                    self._names.append((product, name, words))
            if product.product_id and re.search(r"\d", product.product_id):
                self._names.append((product, product.product_id, words_of(product.product_id)))
        self._by_id = {p.product_id.lower(): p for p in products}
        # digits that are part of product names ("kanal 125"): a number there names, it does not count
        self.name_digits: dict[str, set[str]] = {}
        for _p, _n, words in self._names:
            for w in words:
                if w.isdigit():
                    self.name_digits.setdefault(w, set()).update(stem(x) for x in words if not x.isdigit())
        # the word a model number follows ("polar" in "Polar 260"): spoken groups after it are read as that number
        self.model_numbers: dict[str, set[str]] = {}
        for _p, _n, words in self._names:
            for index, (before, w) in enumerate(zip(words, words[1:], strict=False)):
                if w.isdigit() and not before.isdigit():
                    self.model_numbers.setdefault(stem(before), set()).add(w)
                    # "Volt 32-16": the groups as written, read back as separate digits
                    groups = [w]
                    for after in words[index + 2:]:
                        if not after.isdigit():
                            break
                        groups.append(after)
                    if len(groups) > 1:
                        self.model_numbers[stem(before)].add(" ".join(groups))
        # a name several products share ("EV charger" for each size) names none of them alone
        owners: dict[str, set[str]] = {}
        for product, name, _words in self._names:
            owners.setdefault(fold(name), set()).add(product.product_id)
        self.shared_names = {name for name, ids in owners.items() if len(ids) > 1}
        # the first word of a catalogue name is its head ("Ladeboks Volt 11 …", "Stikkontakt dobbel hvit"):
        # said alone it names the product when no other name begins with it. Not so for the English
        # synonyms, whose head comes last ("kitchen mixer tap")
        firsts: dict[str, set[str]] = {}
        for product in products:
            for name in (product.name,):
                words = content_words(name)
                if words and words[0].isalpha():
                    firsts.setdefault(stem(words[0]), set()).add(product.product_id)
        # words that several products' names hold after their first word ("storsekk", "heater")
        tails: dict[str, set[str]] = {}
        for product in products:
            for name in (product.name,):  # an English synonym's head comes last ("solar panel")
                for word in content_words(name)[1:]:
                    if word.isalpha():
                        tails.setdefault(stem(word), set()).add(product.product_id)
        heads = {stem(content_words(name)[0]) for product in products for name in product.names()
                 if content_words(name)}
        self.shared_tails = {tail for tail, ids in tails.items() if len(ids) > 1 and tail not in heads}
        self.unique_heads = {head: self._by_id[next(iter(ids)).lower()] for head, ids in firsts.items()
                             if len(ids) == 1 and len(head) >= 4}
        # a long compound noun that only one name holds names it too, wherever it stands in the name
        # ("aksesspunkt" in "Trådløst aksesspunkt Luft 6": the name begins with an adjective)
        holders: dict[str, set[str]] = {}
        for product in products:
            for word in content_words(product.name):
                if word.isalpha() and len(word) >= 8:
                    holders.setdefault(stem(word), set()).add(product.product_id)
        for head, ids in holders.items():
            if len(ids) == 1 and head not in firsts:
                self.unique_heads.setdefault(head, self._by_id[next(iter(ids)).lower()])

    @staticmethod
    def _inside_a_longer_mention(match: Match, candidates: list[Match]) -> bool:
        """"roof" (for "roofer") inside "roof windows": a mention that a longer one, matched as well,
        holds is part of that one."""
        return any(other.start <= match.start and match.end <= other.end
                   and other.end - other.start > match.end - match.start and other.score >= match.score
                   and other.product.product_id != match.product.product_id for other in candidates)

    def _shared_tail_alone(self, match: Match, folded: list[str]) -> bool:
        """"fire storsekker" where "Hagejord storsekk" and "Barkflis storsekk" both end in the word: a word
        several names share after their head says how the product comes, not which one it is."""
        said = [w for w in folded[match.start:match.end] if w not in STOPWORDS and re.match(r"[a-z0-9]", w)]
        return len(said) == 1 and stem(said[0]) in self.shared_tails and len(content_words(match.via)) > 1

    def get(self, product_id: str) -> Product | None:
        return self._by_id.get(product_id.lower())

    def search(self, query: str, limit: int = 10) -> list[tuple[Product, float]]:
        """Products ranked by how well `query` names them (for the catalogue search box)."""
        scored: dict[str, tuple[Product, float]] = {}
        query_words = content_words(query)
        for product, name, _words in self._names:
            score = _name_score(name, query, name != product.name)
            if query_words and all(any(w in n for n in content_words(name)) for w in query_words):
                score = max(score, 0.9)
            if score > scored.get(product.product_id, (product, 0.0))[1]:
                scored[product.product_id] = (product, score)
        ranked = sorted(scored.values(), key=lambda pair: -pair[1])
        return [pair for pair in ranked if pair[1] >= 0.35][:limit]

    def find(self, words: list[str], blocked: set[int] | None = None) -> list[Match]:
        """Non-overlapping product mentions in `words` (tokens), best first then in text order.
        A span may not contain a blocked token index (a number, a price)."""
        blocked = blocked or set()
        folded = [fold(w) for w in words]
        candidates: list[Match] = []
        # a sign is not a word of a name: a span that began at a comma would fall between two clauses
        content = [w not in STOPWORDS and bool(re.match(r"[a-z0-9]", w)) for w in folded]
        for product, name, name_words in self._names:
            size = len(name_words)
            # sizes and codes ("120 l", "3G2.5") are often left out when a product is named
            naming_size = sum(1 for w in name_words if w.isalpha() and len(w) >= 2) or size
            for start in range(len(words)):
                if not content[start] or start in blocked:
                    continue
                count = 0
                for end in range(start + 1, min(len(words), start + 2 * size + 3) + 1):
                    if end - 1 in blocked:
                        break
                    if content[end - 1]:
                        count += 1
                    else:
                        continue
                    if count > size + 1:
                        break
                    if count < max(1, min(naming_size - 1, 2)):
                        continue
                    span = " ".join(w for w in folded[start:end] if w not in STOPWORDS)
                    # a span with fewer words than the name must match better ("weather" ≠ "water heater")
                    score = _name_score(name, span, name != product.name) - (
                        0.03 if count > size else 0.08 if count < size else 0.0)
                    if score >= self.threshold:
                        candidates.append(Match(product, score, start, end, name))
        for start, word in enumerate(folded):
            product = self.unique_heads.get(stem(word)) if start not in blocked and len(word) >= 4 else None
            if product is not None:  # "containeren" for "Containerleie 10 m³"
                candidates.append(Match(product, 0.8, start, start + 1, product.name))
            if start not in blocked and len(word) >= 7:  # "eikeparkett" for "Parkett Eik Natur"
                candidates += [Match(p, 0.85, start, start + 1, p.name) for p in self.products
                               if _closes_two_name_words(stem(word), content_words(p.name))]
        candidates = [c for c in candidates if not self._shared_tail_alone(c, folded)]
        candidates = [c for c in candidates if not self._inside_a_longer_mention(c, candidates)]
        # a longer name matched nearly as well is the better reading ("air to water heat pump"
        # over "water heat[er]")
        # a name several products share ranks below one that names a single product
        candidates.sort(key=lambda m: (-(m.score + 0.04 * min(4, len(content_words(m.via)))
                                         - (0.1 if fold(m.via) in self.shared_names else 0.0)),
                                       -(m.end - m.start), m.start))
        chosen: list[Match] = []
        taken: set[int] = set()
        for match in candidates:
            if any(i in taken for i in range(match.start, match.end)):
                continue
            # a name several products share ("roof window") does not stand in for the same product named
            # specifically ("the Lys-Pro 78"): both are kept and joined below
            shared = fold(match.via) in self.shared_names
            # the same product named again in another clause ("ny parkett i stua, førtifem kvadratmeter
            # eikeparkett") is a mention of its own: the count may come with either
            if any(c.product.product_id == match.product.product_id
                   and (fold(c.via) in self.shared_names) == shared
                   and "," not in folded[min(c.end, match.end):max(c.start, match.start)] for c in chosen):
                continue
            match.alternatives = [
                (c.product.product_id, round(c.score, 3)) for c in candidates
                if c.start < match.end and match.start < c.end and c.product.product_id != match.product.product_id
            ][:3]
            chosen.append(match)
            taken.update(range(match.start, match.end))
        chosen = _with_codes_joined(chosen, folded)
        kept: list[Match] = []
        for match in chosen:
            # the nearest specific mention, one said after the shared name first ("two roof windows, the
            # Lys-Pro 78, and one Lys-Pro 94": the two are Lys-Pro 78)
            specific = min((other for other in chosen if other is not match and fold(match.via) in self.shared_names
                            and fold(other.via) not in self.shared_names
                            and fold(match.via) in {fold(n) for n in other.product.names()}),
                           key=lambda other: (other.start < match.start, abs(other.start - match.end)), default=None)
            if specific is None:
                kept.append(match)
            else:  # "two EV chargers, the Volt 11": one mention of the Volt 11, from "two" on
                specific.start, specific.end = min(specific.start, match.start), max(specific.end, match.end)
        return sorted(kept, key=lambda m: m.start)
