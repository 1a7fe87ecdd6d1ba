"""Labels that introduce each field on an invoice, Norwegian (bokmål/nynorsk) and English
first, with the common Nordic / Dutch / German / French forms. One generic vocabulary, no
per-supplier template. Each entry: (regex anchored at the start of a text segment, weight)."""

from __future__ import annotations

import re

_SEP = r"\s*[:.#]?\s*"

LABELS: dict[str, list[tuple[str, float]]] = {
    "invoice_number": [
        (r"faktura\s*-?\s*(?:nr|nummer|no|num)\.?", 1.0),
        (r"fakturanr\.?", 1.0),
        (r"fakturanummer", 1.0),
        (r"kreditnota\s*-?\s*(?:nr|nummer)\.?", 1.0),
        (r"invoice\s*(?:no|number|nr|num|#)\.?", 1.0),
        (r"credit\s*note\s*(?:no|number)\.?", 1.0),
        (r"factuur\s*nummer|factuurnummer|factuurnr\.?", 1.0),
        # French / Spanish: "Facture n°", "Factura n.º", "N° de facture", "Número de factura"
        (r"factur[ae]\s*(?:n\.?\s*[°ºo]|nr|num(?:[ée]ro)?|n[úu]m(?:ero)?)\.?", 1.0),
        (r"(?:n\.?\s*[°º]|num[ée]ro|n[úu]m(?:ero)?\.?)\s*(?:de\s*)?(?:la\s*)?factur[ae]", 1.0),
        (r"rechnungs?\s*-?\s*(?:nr|nummer|no)\.?", 1.0),
        (r"beleg\s*-?\s*(?:nr|nummer)\.?|belegnummer", 0.8),
        (r"inv\.?\s*(?:no|nr|#)\.?|invoice\s*id", 1.0),
        (r"receipt\s*(?:no|number|nr|#)\.?", 0.85),
        (r"bill\s*(?:no|number)\.?", 0.9),
        (r"document\s*(?:no|number)\.?", 0.7),
        (r"bilagsnummer", 0.8),
        (r"invoice\b", 0.55),
        (r"factuur\b", 0.6),
        (r"faktura\b", 0.55),
        (r"#", 0.5),
        # a hotel or travel receipt carries no invoice number: its booking reference names it
        # (weaker than every invoice label, so a printed invoice number still wins)
        (r"(?:booking|reservation|confirmation)\s*(?:id|no|number|nr|ref(?:erence)?)\.?", 0.5),
        # a bare "Nummer" / "Number" in the header block under the title ("Kundenummer",
        # "Order number" start with their own word, so they never match this)
        (r"nummer|number", 0.58),  # below 0.6: only at the start of a segment (see FieldFinder.find_labelled)
    ],
    "issue_date": [
        (r"faktura\s*-?\s*dato|fakturadato", 1.0),
        (r"invoice\s*date|date\s*of\s*invoice", 1.0),
        (r"issue\s*date|date\s*of\s*issue|dato\s*utstedt|utstedt", 0.95),
        (r"factuur\s*datum|factuurdatum", 1.0),
        (r"rechnungs\s*datum|rechnungsdatum", 1.0),
        (r"date\s*(?:de\s*)?(?:la\s*)?facture|date\s*(?:de\s*)?facturation|date\s*d['’]\s*[ée]mission", 1.0),
        (r"fecha\s*(?:de\s*)?(?:la\s*)?(?:factura|emisi[oó]n|expedici[oó]n)", 1.0),
        (r"belegdatum|ausstellungsdatum", 0.95),
        (r"fecha\b", 0.65),
        (r"dato\b", 0.7),
        (r"date\b", 0.65),
        (r"datum\b", 0.6),
    ],
    "due_date": [
        (r"forfalls\s*dato|forfallsdato|forfall|betalingsfrist|betales\s*innen|siste\s*betalingsdato", 1.0),
        (r"due\s*date|payment\s*due|date\s*due|pay\s*by", 1.0),
        (r"vervaldatum|verval\s*datum", 1.0),
        (r"f[äa]llig(?:keit)?(?:\s*am)?|zahlbar\s*bis|zahlungsziel", 0.9),
        (r"date\s*limite\s*de\s*paiement|(?:date\s*d['’]\s*)?[ée]ch[ée]ance", 0.95),
        (r"fecha\s*(?:de\s*)?vencimiento|vencimiento", 1.0),
    ],
    "total_incl_vat": [
        # "Aa betale": Norwegian written without æ/ø/å (old systems, ASCII printers)
        (r"(?:totalt?|sum|beløp|belop)\s*(?:å|aa)\s*betale|(?:å|aa)\s*betale", 1.0),
        (r"total(?:t|beløp)?\s*inkl\.?\s*(?:mva|merverdiavgift)", 1.0),
        (r"sum\s*inkl\.?\s*(?:mva|merverdiavgift)", 1.0),
        (r"belø?p\s*inkl\.?\s*mva", 1.0),
        (r"total\s*(?:amount\s*)?(?:incl\.?|including)\s*(?:vat|tax)", 1.0),
        (r"total\s*amount\s*due|amount\s*due|balance\s*due", 0.95),
        (r"grand\s*total|total\s*for\s*this\s*invoice|invoice\s*total|total\s*payable|total\s*to\s*pay", 0.95),
        (r"factuur\s*totaal|totaal\s*(?:incl\.?\s*btw)?|te\s*betalen", 0.9),
        (r"total\s*ttc|somme\s*[àa]\s*payer|net\s*[àa]\s*payer", 0.95),
        (r"gesamt\s*betrag|gesamtbetrag|rechnungsbetrag|endbetrag", 0.9),
        (r"gesamtsumme|endsumme|rechnungssumme|bruttobetrag|summe\s*brutto", 0.95),
        (r"zu\s*zahlen(?:der\s*betrag)?|zahlbetrag", 0.95),
        (r"montant\s*(?:total\s*)?ttc|(?:total|montant)\s*[àa]\s*payer|montant\s*total", 0.95),
        (r"total\s*(?:de\s*(?:la\s*)?)?factura|importe\s*total|total\s*a\s*pagar", 0.95),
        (r"totalbeløp|totalsum", 0.9),
        (r"total(?:t)?\b", 0.6),
        (r"totalt\s*kreditert|kreditert\s*beløp", 0.9),
        (r"sum\b", 0.45),
        (r"beløp\b", 0.4),
    ],
    "total_excl_vat": [
        (r"(?:sum|total|totalt|beløp|netto)\s*(?:eks|ekskl|excl|exkl)\.?\s*(?:mva|merverdiavgift|vat|tax|btw)?", 1.0),
        (r"nettobeløp|netto\s*beløp|netto\b|grunnlag\s*mva|mva-?grunnlag", 0.85),
        (r"total\s*(?:amount\s*)?(?:excl\.?|excluding|before)\s*(?:vat|tax)|net\s*amount|net\s*total|total\s*net", 1.0),
        (r"sub\s*-?\s*total|subtotaal|delsum", 0.85),
        (r"exclusief\s*btw|totaal\s*excl\.?\s*btw", 1.0),
        (r"total\s*ht|montant\s*ht", 0.95),
        (r"netto\s*betrag|nettobetrag|zwischensumme", 0.9),
        (r"untaxed", 0.9),
        (r"(?:total|montant)\s*hors\s*taxes?|hors\s*taxes?", 0.95),
        (r"nettosumme|summe\s*netto|gesamt\s*netto|warenwert", 0.9),
        (r"base\s*imponible|importe\s*neto|total\s*sin\s*iva", 0.95),
    ],
    "vat_total": [
        (r"(?:sum|total|totalt)\s*(?:mva|merverdiavgift|vat|tax|btw|tva|mwst|iva)", 1.0),
        (r"mva\s*-?\s*beløp|merverdiavgift|utgående\s*mva", 0.95),
        (r"vat\s*amount|tax\s*amount|total\s*tax", 0.95),
        (r"montant\s*(?:de\s*la\s*)?tva|umsatzsteuer|mehrwertsteuer|steuerbetrag|mwst\.?\s*-?\s*betrag", 0.95),
        (r"(?:cuota|importe)\s*(?:de(?:l)?\s*)?iva|total\s*iva", 0.95),
        (r"mva\b|vat\b|btw\b|tva\b|mwst\.?|ust\.?\b|iva\b", 0.75),
        (r"tax\b", 0.6),
    ],
    "kid": [
        (r"kid\s*-?\s*(?:nr|nummer)?\.?", 1.0),
        (r"kundeidentifikasjon", 1.0),
        (r"betalings\s*referanse|payment\s*reference|betalingsref\.?", 0.8),
        (r"please\s*use\s*the\s*following\s*communication\s*for\s*your\s*payment", 0.7),
    ],
    "bank_account": [
        (r"konto\s*-?\s*(?:nr|nummer)\.?|kontonummer|kontonr\.?|bank\s*konto|bankkonto", 1.0),
        (r"betal(?:es)?\s*til\s*konto|til\s*konto", 1.0),
        (r"account\s*(?:no|number)\.?|bank\s*account", 0.85),
        (r"vår\s*konto|our\s*account", 0.95),
        (r"konto\b", 0.8),
    ],
    "iban": [(r"iban", 1.0)],
    "order_reference": [
        (
            r"bestillings\s*-?\s*(?:nr|nummer)\.?|bestillingsnr\.?|innkjøpsordre|ordre\s*-?\s*(?:nr|nummer)\.?|ordrenummer",
            1.0,
        ),
        (r"(?:purchase\s*)?order\s*(?:no|number|nr|id|ref(?:erence)?)\.?|po\s*(?:no|number|nr)?\.?", 0.95),
        (r"ordernummer|order\s*nummer|bestellnummer|auftragsnummer", 0.9),
        (r"(?:bon\s*de\s*|n[°º]\s*(?:de\s*)?)commande|commande\s*n[°º]|(?:n[°º]\s*(?:de\s*)?)?pedido", 0.9),
        (r"deres\s*ref(?:eranse)?\.?|your\s*ref(?:erence)?\.?", 0.6),
    ],
    "supplier_org_number": [
        (r"organi[sz]ation\s*(?:no|number|nr)\.?", 1.0),
        (r"org(?:anisasjons)?\.?\s*-?\s*(?:nr|nummer|no)\.?|organisasjonsnummer|foretaksnummer|org\.?\s*nr", 1.0),
        (r"foretaksregisteret", 0.8),
        (r"business\s*reg(?:istration)?\s*(?:no|number)\.?|company\s*(?:reg\.?\s*)?(?:no|number)\.?", 0.8),
        # abroad: "Reg. no." (Swedish organisationsnummer), "CVR" (Danish), "VAT / Reg. no"
        (r"(?:vat\s*/\s*)?reg(?:istration)?\.?\s*(?:no|nr|number)\.?|org\.?\s*nr|cvr(?:\s*-?\s*nr)?\.?", 0.9),
    ],
    "supplier_name": [(r"leverandør|selger|avsender|supplier|seller|vendor|sold\s*by|from\b|fra\b", 0.8)],
    "buyer_name": [
        (
            r"fakturer(?:es|t)?\s*til|fakturamottaker|kunde(?:navn)?\b|kjøper|mottaker|bill(?:ed)?\s*to|invoice\s*to|customer\b|buyer\b|sold\s*to|til\b",
            0.8,
        )
    ],
}

# Segments that look like a label of one field must not be read as the label of a weaker one
# ("Sum eks. mva" is not "Sum", "Subtotal" is not "Total").
# One regex per field, its labels as alternatives tried in order (the first that matches gives
# the weight, as a loop over them would), so a segment that is no label costs one match a field.
COMPILED: dict[str, tuple[re.Pattern, list[float]]] = {
    name: (
        re.compile(
            r"^\s*\(?(?:"
            + "|".join(
                rf"(?P<l{index}>(?:{pattern})\)?(?![A-Za-zÆØÅæøå]){_SEP})" for index, (pattern, _) in enumerate(entries)
            )
            + ")",
            re.IGNORECASE,
        ),
        [weight for _, weight in entries],
    )
    for name, entries in LABELS.items()
}


def match_labels(text: str) -> list[tuple[str, float, int]]:
    """All (field, weight, end of label) whose label starts `text`, strongest first; a longer
    label wins over a shorter one so "Sum eks. mva" is read as excl. VAT, not as "Sum"."""
    found = []
    for name, (pattern, weights) in COMPILED.items():
        match = pattern.match(text)
        if match:
            alternative = next(key for key, value in match.groupdict().items() if value is not None)
            found.append((name, weights[int(alternative[1:])], match.end()))
    found.sort(key=lambda item: (-item[2], -item[1]))
    if found:
        longest = found[0][2]
        found = [item for item in found if item[2] >= longest - 1] + [item for item in found if item[2] < longest - 1]
    return found


# running sums at a page break ("Sum overføres", "Overført fra forrige side", "carried forward"):
# not line items, and the table goes on below them / on the next page
CARRIED_RE = re.compile(
    r"\b(overf[øo]res|overf[øo]rt|overfort|til\s+neste\s+side|fra\s+forrige\s+side|carried\s+forward|"
    r"brought\s+forward|balance\s+forward|[üu]bertrag|à\s+reporter|mellomsum|subtotal\s+page)\b",
    re.IGNORECASE,
)
