"""Dates and term of a contract: signed, effective and expiry dates, renewal and notice.

    read_terms(text, language)  -> Terms(signed_date, effective_date, expiration_date, auto_renewal,
                                         renewal_term_months, notice_period_days, notice_deadline,
                                         evidence={"renewal_term": (start, end), ...})

The conventions (the command-line contract):
- expiration_date is the last day of the initial term: "N months from S" ends on S + N months − 1 day;
- notice_period_days is the notice to terminate or to stop renewal (never probation, cure or
  price-change notices): months × 30, weeks × 7, years × 365;
- notice_deadline is the last day notice can be given so that the contract ends on
  expiration_date; "regnet fra utgangen av måneden" counts from the end of the month;
- auto_renewal is null without a fixed term, false for a fixed term (a customer's option to
  extend included), true when the term renews unless notice is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from fornuft.contracts.dates import (
    Period,
    find_dates,
    find_periods,
    notice_deadline,
    term_end,
)
from fornuft.contracts.sections import split_sentences


@dataclass
class Terms:
    signed_date: date | None = None
    effective_date: date | None = None
    expiration_date: date | None = None
    auto_renewal: bool | None = None
    renewal_term_months: int | None = None
    notice_period_days: int | None = None
    notice_deadline: date | None = None
    notice_from_month_end: bool = False
    fixed_term: bool = False
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)


_EFFECTIVE = re.compile(
    r"(?i)effective\s+(?:as\s+of|from|on)|\beffective\s+date\b|commence\w*\s+(?:on|as\s+of)|commencement\s+date|"
    r"start(?:ing)?\s+date|enter\w*\s+into\s+force|come\w*\s+into\s+(?:force|effect)|with\s+effect\s+from|"
    r"shall\s+(?:begin|start)\s+on|term\s+(?:of\s+this\s+\w+\s+)?(?:shall\s+)?(?:begin|commence|start)\w*|"
    r"trer\s+i\s+kraft|gjelder\s+(?:fra|med\s+virkning\s+fra)|gjeldende\s+fra|ikrafttredelse|oppstartsdato|startdato|"
    r"tiltredelse\w*|leie(?:perioden|forholdet|tiden)\s+(?:starter|begynner|løper\s+fra)|"
    r"avtale(?:perioden|n)?\s+(?:starter|begynner|løper\s+fra)|ansettelse(?:n|sforholdet)?\s+(?:starter|begynner)|"
    r"virkningsdato|løper\s+fra|fra\s+og\s+med|med\s+virkning\s+fra|første\s+arbeidsdag|"
    r"employment\s+(?:shall\s+)?(?:commence|begin|start)|\b(?:runs?|running|valid|applies)\s+from|"
    r"\b(?:starts?|begins?|takes\s+effect)\s+on|"
    r"(?:avtalen|abonnementet|leieforholdet|oppdraget|tjenesten|kontrakten|samarbeidet)\s+(?:starter|begynner)\b|\btakes\s+effect\b|gjelder\s+fra\s+og\s+med"
)
_AGREEMENT_DATE = re.compile(
    r"(?i)\bdated\b|\bmade\s+(?:and\s+entered\s+into\s+)?(?:as\s+of|on|this)|entered\s+into\s+(?:as\s+of|on|this)|"
    r"agreement\s+date|date\s+of\s+(?:this\s+)?agreement|avtaledato|datert|inngått\s+(?:den|dato)|^\s*dato\s*:"
)
_FROM_SIGNING = re.compile(
    r"(?i)(?:gjelder|trer\s+i\s+kraft|løper|effective|enter\w*\s+into\s+force|commence\w*)(?:\s+\w+){0,4}?\s+"
    r"(?:fra|from|upon|on|ved|når)\s+"
    r"(?:(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?(?:last\s+)?(?:signing|signature|execution)|signering|undertegning|"
    r"begge\s+parter\s+har\s+signert|(?:avtalen|den|kontrakten)\s+er\s+(?:signert|undertegnet)|"
    r"it\s+(?:has\s+been|is)\s+signed)"
)
_EXPIRES = re.compile(
    r"(?i)expir\w*\s+(?:on|at\s+the\s+end\s+of)|(?:end|ends|terminate|terminates)\s+(?:on|at\s+midnight\s+on)|"
    r"(?:remain\s+in\s+(?:full\s+)?(?:force|effect)|continue\w*\s+in\s+(?:full\s+)?(?:force|effect)|continue)\s+(?:until|through|to)|"
    r"\buntil\b|\bthrough\b|expiry\s+date|expiration\s+date|end\s+date|"
    r"utløper|opphører|til\s+og\s+med|varer\s+(?:frem\s+)?til|sluttdato|utløpsdato|gjelder\s+(?:frem\s+)?til|"
    r"løper\s+(?:frem\s+)?til|\btil\b"
)
_TERM = re.compile(
    r"(?i)(?:term|period|duration|varighet|periode|bindingstid|leieperiode|avtaleperiode|løpetid|"
    r"for\s+a\s+(?:fixed\s+)?(?:term|period)|gjelder\s+(?:for|i)|løper\s+i|inngås\s+for|inngått\s+for|"
    r"continue\s+(?:in\s+force\s+)?for|remain\s+in\s+(?:full\s+)?(?:force|effect)\s+for|"
    r"\bruns?\s+for|has\s+a\s+term\s+of|og\s+i\s+(?:\w+\s+)?(?:år|måneder)\b)"
)
_INDEFINITE = re.compile(
    r"(?i)inntil\s+(?:videre|den\s+(?:blir\s+)?(?:sies|sagt)\s+opp)|tidsubestemt|uten\s+tidsbegrensning|"
    r"løper\s+inntil|until\s+terminated|indefinite(?:ly)?|(?:unlimited|indefinite)\s+(?:term|period|duration)|"
    r"fast\s+ansettelse|fast\s+stilling|løpende\s+avtale|avtalen\s+er\s+løpende|løper\s+til\s+den\s+sies\s+opp|"
    r"until\s+(?:either\s+party\s+)?terminat\w*|no\s+fixed\s+term|permanent\s+(?:employment|position)|"
    r"gjelder\s+til\s+den\s+(?:blir\s+)?sies\s+opp|ansettes\s+fast|fast\s+ansatt|"
    r"employed\s+(?:on\s+a\s+)?permanent(?:ly)?"
)
_AUTO_RENEW = re.compile(
    r"(?i)automatic\w*\s+(?:be\s+)?(?:renew|extend|continu|prolong)\w*|(?:renew|extend|continu)\w*\s+automatic\w*|"
    r"(?:renew|extend)\w*\s+for\s+(?:successive|additional|further|consecutive|subsequent)|"
    r"(?:successive|consecutive|subsequent)\s+(?:renewal\s+)?(?:terms|periods)|evergreen|"
    r"(?:fornye|forlenge|fornyet|forlenget)\w*\s+(?:\w+\s+){0,2}?automatisk|om\s+gangen|automatisk\s+(?:fornye|forlenge|videreført|fornyet|forlenget)\w*|"
    r"løper\s+(?:deretter\s+)?videre|(?:fornyes|forlenges)\s+(?:deretter\s+)?(?:med|for)\s+\S+|"
    r"av\s+gangen|videreføres\s+(?:automatisk|med)|stilltiende\s+(?:fornyet|forlenget|fornyelse|forlengelse)"
)
_NO_AUTO = re.compile(
    r"(?i)(?:not|no|never|ikke|ingen)\s+(?:be\s+)?(?:\w+\s+)?(?:automatic\w*|automatisk\w*)|"
    r"(?:renew|fornye|forlenge)\w*\s+(?:\w+\s+)?(?:not|ikke)\s+automatisk|"
    r"(?:fornyes|forlenges)\s+ikke|(?:will|shall)\s+not\s+(?:be\s+)?(?:renew|extend)"
)
_OPTION = re.compile(
    r"(?i)opsjon|option\s+to\s+(?:renew|extend)|may\s+(?:at\s+its\s+option\s+)?(?:renew|extend)|"
    r"(?:kan|har\s+rett\s+til\s+å)\s+(?:forlenge|fornye)|right\s+to\s+(?:renew|extend)"
)
_NOTICE = re.compile(
    r"(?i)notice|notify|notification|varsel|varsle|oppsigelse\w*|sies\s+opp|(?:si|sier)\s+(?:\w+\s+)?opp|oppsagt|sagt\s+opp|termination|"
    r"terminate|non-?renewal|not\s+to\s+renew|written\s+notice"
)
_NOTICE_NEAR = re.compile(
    r"(?i)notice|notif|varsel|varsl|oppsigelse|sies\s+opp|si\s+opp|oppsagt|prior|før|forut|in\s+advance|advance|skriftlig"
)
_NOT_TERMINATION_NOTICE = re.compile(
    r"(?i)\b(?:i|under|in|during)\s+(?:the\s+)?(?:prøvetid|probation|trial)|(?:en|a)\s+prøvetid|prøvetid\s+på|"
    r"probation\w*\s+period\s+(?:is|of|shall)|mislighold|breach|cure|remedy|utbedre|rette\s+forhold|"
    r"pris\w*(?:endring|justering|økning)|price\s+(?:change|increase|adjust)|endring\w*\s+(?:i|av)\s+(?:pris|vilkår)|"
    r"change\w*\s+(?:to|in)\s+(?:the\s+)?(?:price|fees|terms)|invoice|faktura|betal|payment|pay\b|"
    r"etter\s+\d+\s+års\s+ansettelse|after\s+\d+\s+years\s+of\s+(?:service|employment)|force\s+majeure|"
    r"confidential|konfidensiell|taushet|survive|overlev|opsjon|\boption\b|(?:forlengelses|fornyelses)rett\w*|"
    r"right\s+to\s+(?:renew|extend)|\bjustering|\badjust\w*|change\s+of\s+control|kontrollen\s+over|eierskifte"
)
_RENEWAL_CONTEXT = re.compile(
    r"(?i)renew|extend|expir|end\s+of\s+(?:the\s+)?(?:then[- ]current\s+|initial\s+)?(?:term|period)|"
    r"forny|forleng|utløp|avtaleperiode|bindingstid|løper\s+videre"
)
_TERMINATION_CONTEXT = re.compile(
    r"(?i)terminat|oppsigelse|sies\s+opp|(?:si|sier)\s+(?:\w+\s+)?opp|oppsagt|sagt\s+opp|avslutt|cancel"
)
_MONTH_END = re.compile(
    r"(?i)(?:regnet|regnes|beregnet|løper)\s+fra\s+(?:den\s+)?(?:utgangen|utløpet|slutten)\s+av\s+(?:den\s+)?(?:kalender)?måned|"
    r"fra\s+(?:den\s+)?(?:utgangen|utløpet)\s+av\s+(?:den\s+)?(?:kalender)?måned(?:en)?|"
    r"(?:from|as\s+of)\s+the\s+(?:end|last\s+day)\s+of\s+the\s+(?:calendar\s+)?month|"
    r"(?:ending|effective)\s+(?:at|on)\s+the\s+end\s+of\s+a\s+(?:calendar\s+)?month|"
    r"til\s+utgangen\s+av\s+en\s+(?:kalender)?måned"
)
_SIGNATURE = re.compile(
    r"(?im)in\s+witness\s+whereof|signatur|underskrift|signed\s+(?:by|for|on)|signature|sted\s*(?:og|/|,)\s*dato|"
    r"for\s+og\s+på\s+vegne\s+av|for\s+and\s+on\s+behalf\s+of|undertegnet|^\s*(?:dato|date|by)\s*:|"
    r"(?:signert|signed|undertegnet)\s+(?:i|in|den|on)|^\s*(?:signert|signed)\s*:"
)
# The closing lines of a contract that carry its signing date without a signature heading:
# "Trondheim, 14. mars 2026", "Oslo / Helsinki, 20 April 2026", "Signert 5. mai 2027",
# "Date: February 10, 2027".
_CLOSING_LINE = re.compile(
    r"(?im)^[ \t|]*(?:[A-ZÆØÅ][\w.\-]*(?:[ \t]*(?:/|og|and|&)?[ \t]*[A-ZÆØÅ][\w.\-]*){0,3}[ \t]*,|"
    r"(?:sted\s+og\s+)?dato\s*:|date\s*:|signert\b|signed\b|undertegnet\b)[^\n]*$"
)
CLOSING_SHARE = 0.25


def _sentence_dates(text: str, start: int, end: int, language: str) -> list:
    return [d for d in find_dates(text[start:end], language=language)]


def read_terms(text: str, language: str = "nb", sentences: list | None = None) -> Terms:
    terms = Terms()
    spans = sentences if sentences is not None else [(s.start, s.end) for s in split_sentences(text)]
    _signed(text, language, terms)
    _effective_and_expiry(text, spans, language, terms)
    _renewal(text, spans, terms)
    _notice(text, spans, terms)
    if terms.auto_renewal:
        terms.fixed_term = True
    if not terms.fixed_term:
        terms.auto_renewal = None
        terms.renewal_term_months = None
    elif terms.auto_renewal is None:
        terms.auto_renewal = False
    if terms.expiration_date and terms.notice_period_days and terms.fixed_term:
        period = terms.__dict__.get("_notice_period")
        if period is not None:
            terms.notice_deadline = notice_deadline(
                terms.expiration_date, period, from_month_end=terms.notice_from_month_end
            )
    return terms


def _signed(text: str, language: str, terms: Terms) -> None:
    half = len(text) // 3
    blocks = [m for m in _SIGNATURE.finditer(text, half)]
    if not blocks:
        blocks = [m for m in re.finditer(r"(?i)signert|signed|undertegnet", text)]
    if blocks:
        start = blocks[0].start()
        found = find_dates(text[start : start + 3000], language=language)
        if found:
            terms.signed_date = max(f.value for f in found)
            return
    _signed_from_closing_lines(text, language, terms)


def _signed_from_closing_lines(text: str, language: str, terms: Terms) -> None:
    """The last signature's date from the closing lines (the last quarter of the text), when no
    signature block carries one."""
    tail_start = int(len(text) * (1 - CLOSING_SHARE))
    found = []
    for line in _CLOSING_LINE.finditer(text, tail_start):
        if re.search(r"(?i)expir|utløp|opphør|levering|delivery|terminat|oppsig|frist|deadline", line.group()):
            continue
        found += find_dates(line.group(), language=language)
    if found:
        terms.signed_date = max(f.value for f in found)


def _effective_and_expiry(text: str, spans, language: str, terms: Terms) -> None:
    agreement_date = None
    indefinite = False
    term_period: Period | None = None
    term_span = None
    term_start: date | None = None
    for start, end in spans:
        sentence = text[start:end]
        dates = find_dates(sentence, language=language)
        effective = _EFFECTIVE.search(sentence)
        if effective and _FROM_SIGNING.match(sentence, effective.start()):
            effective = None  # "trer i kraft ved signering": the signing date, not a date nearby
        if terms.effective_date is None and effective:
            after = [d for d in dates if d.start >= effective.start() - 60]
            if after:
                terms.effective_date = after[0].value
                terms.evidence.setdefault("effective_date", (start, end))
                later = [d for d in after[1:] if _EXPIRES.search(sentence[after[0].end : d.start])
                         or re.fullmatch(r"\s*(?:to|–|-|—)\s*", sentence[after[0].end : d.start])]
                if later and terms.expiration_date is None:
                    terms.expiration_date = later[0].value
                    terms.fixed_term = True
                    terms.evidence.setdefault("expiration_date", (start, end))
        if agreement_date is None and dates and _AGREEMENT_DATE.search(sentence) and start < len(text) // 2:
            agreement_date = dates[0].value
        if terms.expiration_date is None and dates:
            for match in _EXPIRES.finditer(sentence):
                if match.group().lower() == "til" and not _TERM.search(sentence) and not effective:
                    continue
                if re.search(
                    r"(?i)(?:notice|varsel|oppsigelse|payment|betal|faktura|invoice|warrant|garanti)",
                    sentence[: match.start()][-80:],
                ):
                    continue
                after = [d for d in dates if 0 <= d.start - match.end() <= 40]
                if after:
                    terms.expiration_date = after[0].value
                    terms.fixed_term = True
                    terms.evidence.setdefault("expiration_date", (start, end))
                    before = [d for d in dates if d.end <= match.start()]
                    if before and terms.effective_date is None and re.search(r"(?i)\bfra\b|\bfrom\b|period", sentence):
                        terms.effective_date = before[-1].value
                    break
        if _INDEFINITE.search(sentence) and not _AUTO_RENEW.search(sentence):
            indefinite = True
        if term_period is None and _TERM.search(sentence) and not _NOTICE_NEAR.search(sentence[:60]):
            for period in find_periods(sentence):
                if period.unit not in ("months", "years"):
                    continue
                context = sentence[max(0, period.start - 50) : period.end + 30]
                if _NOTICE_NEAR.search(context) or _AUTO_RENEW.search(
                    sentence[max(0, period.start - 40) : period.start]
                ):
                    continue
                if re.search(
                    r"(?i)prøvetid|probation|warrant|garanti|reklamasjon|defects?\s+(?:liability|notification)|confidential|taushet|survive|"
                    r"etter\s+opphør|after\s+(?:the\s+)?(?:termination|expiry)|non-?compet|konkurranse|"
                    r"solicit|verve|payment|betaling|konkurrer|compet|etter\s+at\s+\w+\s+er\s+(?:avsluttet|opphørt)|"
                    r"after\s+the\s+\w+\s+(?:has\s+)?end",
                    sentence,
                ):
                    continue
                term_period = period
                term_span = (start, end)
                tail = sentence[period.end : period.end + 60]
                anchored = re.match(
                    r"(?i)\W*(?:\w+\s+){0,2}?(?:from|fra|commencing|beginning|starting|f\.o\.m\.?)\s+(?:the\s+)?(?:den\s+)?",
                    tail,
                )
                if anchored:
                    starts = [d for d in dates if d.start >= period.end and d.start - period.end <= 60]
                    if starts:
                        term_start = starts[0].value
                break
    if _FROM_SIGNING.search(text) and terms.effective_date is None:
        terms.effective_date = terms.signed_date
    if terms.effective_date is None:
        terms.effective_date = term_start or agreement_date
    if terms.expiration_date is None and term_period is not None:
        terms.fixed_term = True
        if term_start or terms.effective_date:
            terms.expiration_date = term_end(term_start or terms.effective_date, term_period)
        terms.evidence.setdefault("expiration_date", term_span)
        terms.__dict__["_term_months"] = term_period.months
    if indefinite and terms.expiration_date is None:
        terms.fixed_term = False


def _renewal(text: str, spans, terms: Terms) -> None:
    for start, end in spans:
        sentence = text[start:end]
        match = _AUTO_RENEW.search(sentence)
        if not match:
            if _OPTION.search(sentence) and terms.auto_renewal is None:
                terms.evidence.setdefault("renewal_option", (start, end))
            continue
        if _OPTION.search(sentence) and not re.search(r"(?i)automati", sentence):
            # "Kunden kan forlenge avtalen med ett år av gangen": the customer's option, not a renewal
            terms.evidence.setdefault("renewal_option", (start, end))
            continue
        if _NO_AUTO.search(sentence):
            terms.auto_renewal = False
            terms.evidence.setdefault("renewal_term", (start, end))
            return
        terms.auto_renewal = True
        terms.evidence.setdefault("renewal_term", (start, end))
        for period in find_periods(sentence):
            context_before = sentence[max(0, period.start - 45) : period.start]
            context_after = sentence[period.end : period.end + 25]
            if re.search(
                r"(?i)notice|varsel|oppsigelse|prior|før\b|in\s+advance|written", context_before + context_after
            ):
                continue
            months = period.months
            if months:
                terms.renewal_term_months = months
                break
        if terms.renewal_term_months is None and re.search(
            r"(?i)same\s+(?:period|term|duration)|samme\s+periode|tilsvarende\s+periode|like\s+(?:periods|terms)",
            sentence,
        ):
            terms.renewal_term_months = terms.__dict__.get("_term_months")
        if not terms.expiration_date and not terms.fixed_term:
            terms.fixed_term = True
        return


_NOTICE_AFTER = re.compile(
    r"(?i)^\W{0,3}(?:\s*(?:prior|advance|forutgående|skriftlig|written|gjensidig|\(|\)|'|’|s)\s*){0,4}"
    r"(?:notice|notification|varsel|oppsigelse|oppsigelsesfrist|oppsigelsestid|written\s+notice|skriftlig)"
)
_NOTICE_BEFORE = re.compile(
    r"(?i)(?:notice|notification|varsel|oppsigelse\w*|frist\w*|sies\s+opp|si\s+opp|terminate|termination|"
    r"notif\w*|varsle|opp|not\s+to\s+renew|non-?renewal)\W+(?:\w+\W+){0,5}$"
)
_EXPLICIT_NOTICE = re.compile(
    r"(?i)oppsigelsesfrist|oppsigelsestid|notice\s+period|period\s+of\s+notice|varslingsfrist|"
    r"(?:months?|days?|weeks?|måneders|dagers|ukers)\W{0,3}\s*(?:prior\s+)?(?:written\s+)?(?:notice|oppsigelse|varsel)"
)
_RENEWAL_PERIOD_BEFORE = re.compile(
    r"(?i)(?<!non-)(?<!non)(?:renew\w*|extend\w*|forlenges|fornyes|periods?\s+of|terms?\s+of|med)\s+(?:\w+\s+){0,3}$"
)


def _notice(text: str, spans, terms: Terms) -> None:
    best: tuple[int, int, Period, tuple[int, int]] | None = None
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        if not _NOTICE.search(sentence) or _NOT_TERMINATION_NOTICE.search(sentence):
            continue
        for period in find_periods(sentence):
            after = sentence[period.end : period.end + 40]
            before = sentence[max(0, period.start - 60) : period.start]
            if re.match(r"(?i)\s*(?:av\s+gangen|at\s+a\s+time|each)", after):
                continue
            tied = _NOTICE_AFTER.search(after) or _NOTICE_BEFORE.search(before)
            against_renewal = re.search(r"(?i)(?:not\s+to|non-?)\s*renew\w*\s+(?:\w+\s+){0,3}$", before)
            if not tied or (_RENEWAL_PERIOD_BEFORE.search(before) and not _NOTICE_AFTER.search(after)
                            and not against_renewal):
                continue
            if re.search(r"(?i)(?:etter|after)\s+$", before) and not _NOTICE_AFTER.search(after):
                continue
            score = 1
            if _TERMINATION_CONTEXT.search(sentence) or _RENEWAL_CONTEXT.search(sentence):
                score = 2
            if _EXPLICIT_NOTICE.search(sentence):
                score += 1
            if best is None or score > best[0]:
                best = (score, index, period, (start, end))
            break
    if best is None:
        return
    _, index, period, span = best
    terms.notice_period_days = period.days
    terms.__dict__["_notice_period"] = period
    terms.evidence["notice_period_to_terminate_renewal"] = span
    nearby = text[span[0] : spans[min(index + 1, len(spans) - 1)][1]]
    terms.notice_from_month_end = bool(_MONTH_END.search(nearby))
