"""A dictated offer → a quote, as plain data (no Django).

`extract_offer(transcript, products)` finds the customer (the company the quote is addressed
to, not the contact person), the contact, the lines (catalogue products by name, synonym or a
fuzzy match that survives misheard words; quantities and units, spoken or written, nb or en),
labour hours, discounts and price overrides (folded into the line's unit price), validity and
notes. Prices come from the catalogue unless the dictation states one.

The rules are split by concern, each module small enough to read in one go:

    quote             Offer and OfferLine, the plain data and its JSON
    extract           extract_offer: the sentence-by-sentence loop that uses the modules below
    self_corrections  "tre stykk, nei forresten, fire stykk" → "fire stykk"; fillers dropped
    sentences         sentences and clauses; what each number is (count, price, percent, hours, date)
    counts            counts said alone, "twice", sizes that name a product, counts per room or flat
    mentions          products named but not ordered (owned, replaced, declined, options, complements)
    prices            price overrides and discounts on lines
    lines             the labour line, and lines the catalogue does not know
    customer          the customer and contact person
    dates             dates and the quote's validity

The names below are the ones the rest of Fornuft imports from `fornuft.intake.offer`.
"""

from fornuft.intake.offer.customer import find_contact, find_customer
from fornuft.intake.offer.dates import find_validity, parse_date
from fornuft.intake.offer.extract import detect_language, extract_offer, local_today
from fornuft.intake.offer.quote import Offer, OfferLine
from fornuft.intake.offer.self_corrections import apply_corrections
from fornuft.intake.offer.sentences import split_sentences

__all__ = [
    "Offer",
    "OfferLine",
    "apply_corrections",
    "detect_language",
    "extract_offer",
    "find_contact",
    "find_customer",
    "find_validity",
    "local_today",
    "parse_date",
    "split_sentences",
]
