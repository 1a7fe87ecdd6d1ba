"""The printed labels of title blocks and parts lists, Norwegian (bokmål) and English, and the
normalisation that lets "Tegningsnr.:", "TEGNINGSNR" and "tegnings nr" meet.

A glossary may add labels (`extra_labels`): a company whose title blocks say "Dok.nr." for the
drawing number adds that term without touching this file."""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e"})


def normalize(text: str) -> str:
    """Lowercase letters and digits only, Norwegian letters folded: "Tegn. nr.:" -> "tegnnr"."""
    text = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    return re.sub(r"[^a-z0-9]+", "", text)


# Title-block fields and the labels printed for them.
TITLE_LABELS: dict[str, tuple[str, ...]] = {
    "drawing_number": (
        "Tegningsnr", "Tegningsnummer", "Tegning nr", "Tegn nr", "Tegnnr", "Tegningsnr.", "Tegn.nr",
        "Drawing no", "Drawing number", "Drawing nr", "Dwg no", "Dwg nr", "Dwg", "DWG NO", "Drawing No.",
        "Dokumentnr", "Dokumentnummer", "Dok nr", "Document no", "Document number", "Doc no",
        "Tegningsnr/rev", "Nr", "Drawingno", "Drawing id", "Tegning id",
    ),
    "title": (
        "Tittel", "Tegningstittel", "Tegningens tittel", "Title", "Drawing title", "Innhold",
        "Benevnelse tegning", "Tegning", "Drawing", "Beskrivelse tegning", "Tegningsnavn", "Drawing name",
        "Benevnelse", "Betegnelse", "Emne", "Objekt", "Tegningstittel", "Drawing title", "Subject", "Designation",
    ),
    "revision": ("Rev", "Revisjon", "Revision", "Rev nr", "Rev no", "Revisjonsnr", "Revisjonsnummer", "Rev."),
    "date": ("Dato", "Date", "Tegningsdato", "Drawing date", "Dato tegnet", "Utstedt", "Issued", "Issue date"),
    "drawn_by": ("Tegnet", "Tegnet av", "Tegn", "Konstruert", "Konstruert av", "Drawn", "Drawn by", "Drawn by:",
                 "Designed by", "Utarbeidet av", "Utført av", "Tegner", "Draftsman", "Author", "Forfatter"),
    "checked_by": ("Kontrollert", "Kontrollert av", "Kontr", "Kontr av", "Kontroll", "Checked", "Checked by",
                   "Chk", "Chkd", "Ktr", "Verified by", "Kontrollør"),
    "scale": ("Målestokk", "Malestokk", "Mål", "Skala", "Scale", "M", "Mst", "Målestokk A1", "Målestokk A3",
              "Scale A1", "Scale A3"),
    "sheet": ("Blad", "Ark", "Side", "Sheet", "Sheet no", "Bladnr", "Blad nr", "Page", "Arknr"),
    "project": ("Prosjekt", "Prosjektnavn", "Prosjektnr", "Prosjekt nr", "Prosjektnummer", "Project",
                "Project name", "Project no", "Project number", "Oppdrag", "Oppdragsnr", "Oppdragsnavn", "Job",
                "Job no", "Job number"),
    "company": ("Firma", "Company", "Utført av firma", "Rådgiver", "Radgiver", "Konsulent", "Consultant",
                "Leverandør", "Issued by", "Utgitt av", "Produsent", "Manufacturer", "Designer", "Prosjekterende",
                "Firm", "Engineer", "Arkitekt", "Architect"),
}

# Labels of other fields: they are not values, and what is printed beside them is not ours.
OTHER_LABELS: tuple[str, ...] = (
    "Kunde", "Client", "Customer", "Byggherre", "Oppdragsgiver", "Tiltakshaver", "Owner", "Eier",
    "Godkjent", "Godkjent av", "Approved", "Approved by", "Appr", "Format", "Size", "Status", "Fag",
    "Discipline", "Vekt", "Weight", "Materiale", "Material", "Toleranse", "Tolerance", "Tolerances",
    "Overflate", "Surface", "Finish", "Erstatter", "Replaces", "Supersedes", "Erstattes av", "Antall blad",
    "Sheets", "Of", "Av", "Endring", "Change", "Beskrivelse", "Description", "Merknad", "Note", "Notes",
    "Sign", "Signatur", "Signature", "Revisjonsbeskrivelse", "Adresse", "Address", "Gnr", "Bnr", "Fil",
    "File", "Filnavn", "CAD", "Rev dato", "Rev date", "Lokasjon", "Location", "Bygg", "Building",
    "Etasje", "Floor", "Tegningstype", "Type", "Kontrakt", "Contract", "Tel", "Telefon", "Phone", "Org nr",
    "Projeksjon", "Projection", "Side av", "Blad av", "Units", "Enheter", "Mål i mm", "Dimensions in mm",
)

# How many sheets in all, printed apart from the sheet number ("Blad 2" ... "Antall blad 5").
SHEET_COUNT_LABELS: tuple[str, ...] = ("Antall blad", "Antall ark", "Sheets", "No of sheets", "Number of sheets",
                                        "Total sheets", "Av blad", "Of sheets")

# Parts-list column headers.
BOM_HEADERS: dict[str, tuple[str, ...]] = {
    "item": ("Pos", "Pos nr", "Posnr", "Posisjon", "Item", "Item no", "Itemno", "No", "Nr", "Ref", "Find no"),
    "part_number": ("Delenr", "Delenummer", "Del nr", "Artikkelnr", "Artikkelnummer", "Art nr", "Artnr",
                    "Varenr", "Varenummer", "Vare nr", "Part no", "Part number", "Partno", "Part nr", "P/N", "PN",
                    "Article no", "Article number", "Item number", "Bestillingsnr", "Order no", "Katalognr",
                    "Catalogue no", "Catalog no", "NRF nr", "NRF", "Produktnr", "Product no", "Tegningsnr/delenr",
                    "Dwg/part no", "Standard", "Part"),
    "description": ("Beskrivelse", "Description", "Benevnelse", "Betegnelse", "Navn", "Name", "Designation",
                    "Tekst", "Text", "Komponent", "Component", "Title", "Profil", "Profile", "Produkt", "Product",
                    "Artikkel", "Vare", "Varebeskrivelse", "Dimensjon", "Dimension"),
    "quantity": ("Antall", "Ant", "Qty", "Quantity", "Stk", "Mengde", "Amount", "Qty.", "Pcs", "Antall stk", "Count"),
    "material": ("Materiale", "Material", "Matr", "Mat", "Materialkvalitet", "Kvalitet", "Grade", "Material grade"),
}

BOM_TITLES: tuple[str, ...] = ("Stykkliste", "Styklist", "Deleliste", "Materialliste", "Bill of materials",
                               "Parts list", "BOM", "Parts", "Komponentliste", "Utstyrsliste", "Item list")


class LabelIndex:
    """Normalised label -> field, with the other labels marked as "_other"."""

    def __init__(self, extra_labels: dict[str, list[str]] | None = None):
        self.title: dict[str, str] = {}
        for name, labels in TITLE_LABELS.items():
            for label in labels:
                self.title[normalize(label)] = name
        for name, labels in (extra_labels or {}).items():
            for label in labels:
                if name in TITLE_LABELS and normalize(label):
                    self.title[normalize(label)] = name
        self.other = {normalize(label) for label in OTHER_LABELS} - set(self.title)
        self.sheet_count = {normalize(label) for label in SHEET_COUNT_LABELS}
        self.bom: dict[str, str] = {}
        for name, labels in BOM_HEADERS.items():
            for label in labels:
                self.bom.setdefault(normalize(label), name)
        self.bom_titles = {normalize(t) for t in BOM_TITLES}
        # Longest first, so "Drawing no" wins over "Drawing" when a label is found inside a text.
        self._inline = sorted(
            [(label, name) for name, labels in TITLE_LABELS.items() for label in labels if len(normalize(label)) >= 3]
            + [(label, "_sheet_count") for label in SHEET_COUNT_LABELS]
            + [(label, "_other") for label in OTHER_LABELS if len(normalize(label)) >= 3],
            key=lambda pair: -len(pair[0]),
        )
        self._inline_patterns = [(_label_pattern(label), name) for label, name in self._inline]
        # The patterns by the label's first letter: a text is tried only against labels that can
        # start it (a drawing has hundreds of texts and the labels are hundreds of patterns).
        self._by_initial: dict[str, list[tuple[re.Pattern, str]]] = {}
        for (label, _name), pair in zip(self._inline, self._inline_patterns, strict=True):
            self._by_initial.setdefault(label.strip(".: ")[:1].lower(), []).append(pair)

    def field_of(self, text: str) -> str | None:
        """The field a whole text labels ("Tegningsnr.:" -> "drawing_number"), "_other", "_sheet_count" or None."""
        key = normalize(text)
        if not key or len(text) > 40:
            return None
        if key in self.title:
            return self.title[key]
        if key in self.sheet_count:
            return "_sheet_count"
        if key in self.other:
            return "_other"
        return None

    def split_inline(self, text: str) -> tuple[str, str] | None:
        """("drawing_number", "A-101") for "Tegningsnr.: A-101"; None when the text does not start with a label."""
        found = self.split_inline_strength(text)
        return found[:2] if found else None

    def split_inline_strength(self, text: str) -> tuple[str, str, bool] | None:
        """Like split_inline, with whether a colon separates label and value ("Scale: 1:5" is sure;
        "Project 7731 Hydro" may be a value that starts with a label's word)."""
        for pattern, name in self._by_initial.get(text.lstrip()[:1].lower(), ()):
            match = pattern.match(text)
            if match:
                value = text[match.end():].strip(" :.-–\t")
                if value:
                    return name, value, ":" in match.group(0)
        return None


def _label_pattern(label: str) -> re.Pattern:
    # Letters of the label with optional dots/spaces between words, then a separator: a colon,
    # or at least one space. "Scale 1:50", "Skala: 1:50", "DRAWING NO. A-1".
    words = [re.escape(w) for w in re.split(r"[\s.]+", label.strip(".: ")) if w]
    body = r"[\s.]*".join(words)
    return re.compile(rf"^\s*{body}\.?\s*(?::|\s)\s*", re.IGNORECASE)
