"""`extract_offer`: reads a dictated offer sentence by sentence into an `Offer`, using the rules
of the sibling modules (corrections, number roles, counts, mentions, prices, lines). This is the
one loop that decides, clause by clause, whether a product is a new line, a count or price for a
line already said, labour, a discount, or not ordered at all."""

from __future__ import annotations

import re
from datetime import date

from fornuft.intake import spoken
from fornuft.intake.catalogue import Matcher, Product, content_words, fold, stem, words_of
from fornuft.intake.offer.counts import (
    RESTATEMENT_WORDS,
    _bare_quantity,
    _hire_period,
    _is_daily,
    _is_hourly,
    _per_group,
    is_size_of,
    same_count_as_before,
    times_as_counts,
)
from fornuft.intake.offer.customer import find_contact, find_customer
from fornuft.intake.offer.dates import DAY_WORDS, VALIDITY_WORDS, find_validity
from fornuft.intake.offer.lines import _labour_product, _line_for, _unknown_line
from fornuft.intake.offer.mentions import (
    DROP_WORDS,
    HAVE_WORDS,
    NEGATION_WORDS,
    OLD_WORDS,
    OPTION,
    _codes_joined,
    _declined_clauses,
    _named_lines,
    _sized,
    _without_complements,
)
from fornuft.intake.offer.prices import (
    DISCOUNT_WORDS,
    EVERYTHING_WORDS,
    OVERRIDE_WORDS,
    _apply_discount,
    _discount,
    _override,
)
from fornuft.intake.offer.quote import Offer, OfferLine
from fornuft.intake.offer.self_corrections import apply_corrections
from fornuft.intake.offer.sentences import (
    PERCENT_WORDS,
    UNIT_WORDS,
    _clauses,
    _roles,
    _unit_after,
    prices_said_in_groups,
    split_sentences,
)
from fornuft.intake.unlisted import says_not_listed, unlisted_line

NB_MARKERS = {"og", "til", "stykk", "stk", "tilbud", "kunde", "kunden", "rabatt", "gyldig", "timer", "på", "med",
              "ikke", "skal", "vi", "det", "er", "for", "av", "en", "et", "ei", "time", "dager", "kroner"}
EN_MARKERS = {"and", "the", "to", "quote", "customer", "discount", "valid", "hours", "of", "with", "we", "is",
              "for", "a", "an", "pieces", "days", "please", "each", "off"}
LABOUR_WORDS = {"arbeid", "montering", "montasje", "installasjon", "arbeidstimer", "labour", "labor", "work",
                "installation", "fitting", "installing", "arbeidstid", "monteringsarbeid"}
NOTE_WORDS = {"note", "notes", "merk", "merknad", "obs", "kommentar", "comment", "remark", "nb"}
UNCOUNTED_MIN_SCORE = 0.72
# "til sammen", "i alt", "altogether", "in total": the quote's sum said aloud
TOTAL_PHRASES = re.compile(r"\b(?:til sammen|tilsammen|totalt|i alt|samlet|altogether|all together|in total|all in|"
                           r"total(?:t)? (?:sum|price|pris)|comes? to|the total is|totalen blir|summen blir)\b")
QUOTE_WORDS = {"totalt", "total", "totalen", "altogether", "sammen", "tilsammen", "samlet", "summen", "sum",
               "tilbudet", "quote", "offer", "prisen", "price"}


def local_today() -> date:
    """Today in Norway (validity "30 days" counts from the day of the dictation)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Europe/Oslo")).date()


def detect_language(text: str) -> str:
    words = re.findall(r"[a-zæøå]+", text.lower())
    nb = sum(w in NB_MARKERS for w in words) + 3 * sum(c in "æøå" for c in text.lower())
    en = sum(w in EN_MARKERS for w in words)
    return "nb" if nb > en else "en"


def restates_the_total(words: list[str]) -> bool:
    """"Altså rundt førti tusen til sammen", "That comes to about 4 800 altogether": a sentence that says
    what the quote sums to (no discount, no percent) orders nothing."""
    text = " ".join(words)
    return bool(TOTAL_PHRASES.search(text)) and not set(words) & (DISCOUNT_WORDS | PERCENT_WORDS) \
        and not set(words) & OVERRIDE_WORDS - {"pris", "price"}


def extract_offer(transcript: str, products: list[Product], language: str | None = None,
                  today: date | None = None, matcher: Matcher | None = None) -> Offer:
    """The quote a dictation describes (see the module's docstring)."""
    today = today or local_today()
    language = language if language in {"nb", "en"} else detect_language(transcript)
    matcher = matcher or Matcher(products)
    customer, customer_certainty = find_customer(transcript)
    offer = Offer(language=language, customer=customer, contact=find_contact(transcript, customer))
    sentences = split_sentences(transcript)
    party_words = {w for name in (offer.customer, offer.contact) if name for w in spoken.tokens(name)
                   if len(w) > 2 and not w.isdigit()}
    offer.valid_until = find_validity(sentences, today, language)
    scores: list[float] = []
    labour_total = 0.0
    # a line whose count was not said in its own clause, open to a bare count in the very next clause
    last_without_quantity: OfferLine | None = None
    codes = {w for p in products for w in words_of(p.name) if re.fullmatch(r"[a-z]{1,3}\d+|\d+[a-z]{1,3}", w)}
    spec_codes = spoken.spec_codes(p.name for p in products)
    name_words = {w for p in products for name in p.names() for w in words_of(name)}
    # the counts earlier sentences said, with the words after them: "Three rooms. … One per room as well."
    said_before: list[tuple[float, list[str]]] = []
    said_now: list[tuple[float, list[str]]] = []
    for sentence in sentences:
        said_before, said_now = said_before + said_now, []
        lines_before = len(offer.lines)
        said = spoken.specs_as_codes(spoken.tokens(sentence), spec_codes)  # "fem G to komma fem" is 5G2,5
        words = spoken.model_numbers_as_digits(_codes_joined(said, codes), matcher.model_numbers,
                                               key=lambda w: stem(fold(w)))
        words = spoken.halves_after_the_unit(times_as_counts(apply_corrections(words, language)), language)
        words = prices_said_in_groups(words, language)
        words = same_count_as_before(words, language, offer.lines[-1].quantity if offer.lines else None)
        if any(w in NOTE_WORDS for w in words[:2]) or re.match(r"(?i)(?:husk|remember|note that|merk at)\b",
                                                                  sentence):
            offer.notes.append(sentence)
            continue
        if any(w in VALIDITY_WORDS for w in words) and not any(w in DISCOUNT_WORDS for w in words) \
                and not says_not_listed(sentence):
            continue  # "gyldig i 30 dager"; but "som ikke står i prislista" is a line outside the catalogue
        if OPTION.search(sentence) and not says_not_listed(sentence):
            continue  # "we could also offer a NAS, but not now": mentioned, not ordered
        found = spoken.numbers_in(words, language)
        name_numbers = [n for n in found if not n.spoken and n.end - n.start == 1 and n.start > 0
                        and (stem(fold(words[n.start - 1])) in matcher.name_digits.get(words[n.start], ())
                             or words[n.start - 1].isdigit() and words[n.start] in matcher.name_digits)
                        and not (n.end < len(words) and words[n.end] in UNIT_WORDS)]
        found = [n for n in found if n not in name_numbers]
        roles = _roles(words, found)
        said_now = [(n.value, words[n.end:n.end + 2]) for i, n in enumerate(found)
                    if roles[i] == "quantity" and n.value >= 2 and n.value == int(n.value)]
        blocked = {i for n in found for i in range(n.start, n.end)}
        blocked |= {i for i, w in enumerate(words) if w in party_words}  # "Marina AS" is not a product
        # "totalt", "altogether": words that speak about the quote are no misheard product name
        blocked |= {i for i, w in enumerate(words) if w in QUOTE_WORDS and fold(w) not in name_words}
        # "their old firewall with a Vakt 200": the unit replaced is no line, and the new one may be the
        # same product, so its words are set aside before the sentence is read again
        old = [m for m in matcher.find(words, blocked) if set(words[max(0, m.start - 2):m.start + 1]) & OLD_WORDS]
        blocked |= {i for m in old for i in range(m.start, m.end)}
        matches = _sized(matcher.find(words, blocked), words, found, matcher)
        # "with installation by a technician": a bare word for work is no part-name of a fixed-price job
        # ("display installation"); the hours go to the labour line
        matches = [m for m in matches if not (set(words[m.start:m.end]) <= LABOUR_WORDS
                                              and len(content_words(m.via)) > m.end - m.start)]
        if restates_the_total(words) and not matches:
            continue  # "altså rundt førti tusen til sammen": the sum of the lines said, not a line
        is_discount = any(w in DISCOUNT_WORDS for w in words) and any(r == "percent" for r in roles.values())
        is_override = any(w in OVERRIDE_WORDS for w in words) or any(r == "price" for r in roles.values())
        percent = next((found[i].value for i, r in roles.items() if r == "percent"), None)
        clauses = _clauses(words, found, language)
        counted = any(role in {"quantity", "hours"} for role in roles.values())
        # the first clause that says something ("Um, turf, …" begins with the filler's empty clause)
        first_clause = next((c for c in clauses if any(re.match(r"[a-zæøå0-9]", w) for w in words[c[0]:c[1]])),
                            None)
        first_clause_named = first_clause is not None and any(first_clause[0] <= m.start < first_clause[1]
                                                              for m in matches)
        if says_not_listed(sentence) or (not first_clause_named and any(r == "price" for r in roles.values()) and any(
                roles[i] == "quantity" and _unit_after(words, n) for i, n in enumerate(found))):
            unlisted = unlisted_line(words, found, roles, UNIT_WORDS)
            if unlisted is not None:
                offer.lines.append(OfferLine(None, unlisted.description, unlisted.quantity, unlisted.unit,
                                             unlisted.unit_price))
                offer.unmatched.append(unlisted.description)
                scores.append(0.5)
                last_without_quantity = None
                continue
        if not counted and (is_discount and percent is not None and not set(words) & EVERYTHING_WORDS
                            or any(r == "price" for r in roles.values())):
            # "åtte prosent rabatt på ladeboksene", "set the price of the chargers to 11 500": for the lines
            # the sentence names, however many
            targets = _named_lines(offer, words, matches, matcher)
            if targets:
                price = next((n.value for i, n in enumerate(found) if roles[i] == "price"), None)
                for line in targets:
                    if price is not None:
                        _override(line, price)
                    elif percent is not None:
                        _discount(line, percent)
                last_without_quantity = None
                continue
        declined = _declined_clauses(words, clauses)
        for clause in clauses:
            awaiting_quantity, last_without_quantity = last_without_quantity, None
            clause_matches = [m for m in matches if clause[0] <= m.start < clause[1]]
            clause_numbers = [(i, n) for i, n in enumerate(found) if clause[0] <= n.start < clause[1]]
            clause_words = words[clause[0]:clause[1]]
            if not clause_matches:
                # "så åtti planter": a Norwegian "så" restates only straight before the count
                restating = bool(set(clause_words) & RESTATEMENT_WORDS) or clause_words[:1] == ["så"] and any(
                    n.start == clause[0] + 1 for _i, n in clause_numbers)
                bare = _bare_quantity(words, clause, clause_numbers, roles, awaiting_quantity, restated=restating)
                said_price = next((n.value for i, n in clause_numbers if roles[i] == "price"), None)
                if bare is not None and awaiting_quantity is None and restating and len(offer.lines) > lines_before:
                    # "takkroker, fire per panel, altså åtti stykk": the total said last is the count
                    restated = offer.lines[-1]
                    if _is_hourly(restated.unit):
                        labour_total += bare - restated.quantity
                    restated.quantity, restated.counted = bare, True
                    continue
                if bare is not None and awaiting_quantity is not None:
                    # "Elektriker, sju og en halv time", "Travel, twice": the count said after the product,
                    # in a clause of its own; "Roofer, thirty hours at 850 an hour" with its price
                    # "Stoppekran, en per leilighet, seks leiligheter": counted per group
                    bare *= _per_group(words, found, clause, matches, clauses, said_before)
                    if _is_hourly(awaiting_quantity.unit):
                        labour_total += bare - awaiting_quantity.quantity
                    awaiting_quantity.quantity, awaiting_quantity.counted = bare, True
                    if said_price is not None:
                        _override(awaiting_quantity, said_price)
                    continue
                if awaiting_quantity is not None and not clause_numbers:
                    last_without_quantity = awaiting_quantity  # "kjøkkenbatteri, det enkle, to stykk"
                    continue
                hours = [n for i, n in clause_numbers if roles[i] == "hours"]
                if hours and (set(clause_words) & LABOUR_WORDS or not matches):
                    labour = _labour_product(matcher, products)
                    line = _line_for(labour, hours[0].value, language, "hours")
                    price = next((n.value for i, n in clause_numbers if roles[i] == "price"), None)
                    if price is not None:
                        line.unit_price = price
                    offer.lines.append(line)
                    labour_total += hours[0].value
                    scores.append(0.8 if labour else 0.6)
                    continue
                if is_discount and percent is not None and not clause_numbers == [] and any(
                        roles[i] == "percent" for i, _ in clause_numbers):
                    _apply_discount(offer, percent, words, None)
                    continue
                if is_override and any(roles[i] == "price" for i, _ in clause_numbers) and offer.lines and \
                        not any(roles[i] == "quantity" for i, _ in clause_numbers):
                    price = next(n.value for i, n in clause_numbers if roles[i] == "price")
                    _override(offer.lines[-1], price)
                    continue
                unknown = _unknown_line(words, clause, clause_numbers, roles, language)
                # beside a catalogue product, an unpriced clause qualifies it ("én på hvert bad", "a Glimt
                # 8", "one twenty"): only a sentence of its own, or a price, makes a new line
                if unknown is not None and not set(spoken.tokens(unknown.description)) & party_words and (
                        unknown.unit_price is not None or not matches) and re.search(
                        r"[a-zæøå]{3}", " ".join(w for w in spoken.tokens(unknown.description)
                                                 if spoken.parse_number(w) is None)):
                    offer.lines.append(unknown)
                    offer.unmatched.append(unknown.description)
                    scores.append(0.4)
                continue
            clause_set = set(clause_words)
            named = {i for m in clause_matches for i in range(m.start, m.end)}
            if {w for i, w in enumerate(clause_words, start=clause[0]) if i not in named} & DROP_WORDS:
                # "dropp kablingen", not "skip hire" (a product whose name holds the word)
                dropped = {m.product.product_id for m in clause_matches}
                offer.lines = [line for line in offer.lines if line.product_id not in dropped]
                continue
            if clause_set & NEGATION_WORDS and not (clause_set & DISCOUNT_WORDS) or clause in declined:
                continue  # "bereder trenger de ikke", "no toilet", "de spurte om X, men det trenger de ikke"
            if clause_set & HAVE_WORDS and clause_set & {"de", "they", "kunden", "customer", "dei", "vi", "we"} \
                    and not (clause_set & {"trenger", "need", "needs", "vil", "want", "wants", "ønsker", "bestiller",
                                           "order", "orders", "skal"}):
                continue  # "de har to ladebokser fra før": equipment they have, not ordered
            clause_matches = _without_complements(clause_matches, words, found)
            taken_after = None  # the count the previous product took from after its name
            for position, match in enumerate(clause_matches):
                product = match.product
                existing = next((line for line in offer.lines if line.product_id == product.product_id), None)
                window_start = clause_matches[position - 1].end if position else clause[0]
                window_end = clause_matches[position + 1].start if position + 1 < len(clause_matches) else clause[1]
                local = [(i, n) for i, n in clause_numbers if window_start <= n.start < window_end]
                count_roles = {"quantity", "hours", "days"} if _is_daily(product.unit) else {"quantity", "hours"}
                counts = [(i, n) for i, n in local if roles[i] in count_roles  # "a container for three days"
                          and not is_size_of(words, n, product)]  # "bereder, 120 liter" is which heater
                # "stillas i to uker" for scaffolding hired by the week: a period in the product's own unit
                counts += [(i, n) for i, n in local if roles[i] == "days" and "days" not in count_roles
                           and _hire_period(product.unit) == DAY_WORDS.get(words[n.end] if n.end < len(words) else "")]
                counts.sort(key=lambda pair: pair[1].start)
                # "elektriker fire timer og kjøring en gang": a count the previous product took after
                # itself is not this product's count too
                quantity_numbers = [n for i, n in counts if n.end <= match.start and n is not taken_after]
                if not quantity_numbers:
                    quantity_numbers = [n for i, n in counts if n.start >= match.end]
                    quantity_numbers = quantity_numbers[:1]
                price = next((n.value for i, n in local if roles[i] == "price"), None)
                if price is None and len(clause_matches) == 1:
                    price = next((n.value for i, n in clause_numbers if roles[i] == "price"), None)
                local_percent = next((n.value for i, n in local if roles[i] == "percent"), None)
                if local_percent is None and is_discount and len(clause_matches) == 1:
                    local_percent = percent
                if existing is not None and (local_percent is not None or price is not None) and \
                        not quantity_numbers:
                    if price is not None:
                        _override(existing, price)
                    if local_percent is not None:
                        _discount(existing, local_percent)
                    continue
                if existing is None and match.score < UNCOUNTED_MIN_SCORE and (
                        not found or clause_set & party_words):
                    # a loose likeness without a count is talk about the job, not a line; beside the
                    # customer's name it is talk about the customer ("the Norwegian branch of …")
                    continue
                if existing is not None and not quantity_numbers:
                    if not existing.counted and position == len(clause_matches) - 1:
                        last_without_quantity = existing  # "Det gjelder ladeboks. Ladeboks, to stykk."
                    continue  # the same product named again ("the heat pump should be white")
                taken_after = quantity_numbers[-1] if quantity_numbers and quantity_numbers[-1].start >= match.end \
                    else None
                quantity = quantity_numbers[-1].value if quantity_numbers else 1.0
                quantity *= _per_group(words, found, clause, matches, clauses, said_before)
                line = _line_for(product, quantity, language, None)
                line.match_score = round(match.score, 3)
                line.spoken_as = " ".join(words[match.start:match.end])
                unit = _unit_after(words, quantity_numbers[-1]) if quantity_numbers else None
                if not line.unit and unit:
                    line.unit = unit
                if price is not None:
                    _override(line, price)
                if local_percent is not None:
                    _discount(line, local_percent)
                line.counted = bool(quantity_numbers)
                if existing is not None and not existing.counted:
                    # "Det gjelder kursene i skapet … tre nye kurser": the count said later
                    existing.quantity, existing.counted = quantity, True
                elif existing is not None and clause_set & RESTATEMENT_WORDS:
                    existing.quantity = quantity  # "six rooms, one video bar per room, so six video bars"
                elif existing is not None:
                    existing.quantity += quantity
                else:
                    offer.lines.append(line)
                    if not quantity_numbers and position == len(clause_matches) - 1:
                        last_without_quantity = line
                if product.unit and product.unit.lower() in {"time", "timer", "hour", "hours", "t"}:
                    labour_total += quantity
                scores.append(match.score)
        if is_discount and percent is not None and not matches and not any(
                roles[i] == "percent" for i, _n in enumerate(found) if any(
                    c[0] <= found[i].start < c[1] for c in clauses)):
            _apply_discount(offer, percent, words, None)
    offer.labour_hours = labour_total or None
    offer.confidence = round(min(customer_certainty or 0.3, sum(scores) / len(scores) if scores else 0.3), 3)
    return offer
