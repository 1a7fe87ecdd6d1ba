"""The extraction pipeline: detect the format, read the document (EHF, text PDF or OCR),
find the fields, check them. Plain data in and out; never raises for a bad file — the
result says `status` ("ok", "not_invoice", "failed", "too_large") and why in `message`."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from decimal import Decimal

from fornuft.invoices import checks
from fornuft.invoices.fields import KIND, FieldFinder
from fornuft.invoices.schema import ExtractedInvoice, Finding
from fornuft.platform.files import detect_format
from fornuft.platform.files.layout import TextLine, Word, group_lines

log = logging.getLogger(__name__)
MAX_OCR_PAGES = 10
INVOICE_WORDS = re.compile(
    r"\b(faktura|fakturanr|invoice|kreditnota|credit\s*note|factuur|facture|rechnung|receipt|"
    r"kvittering|bill|å\s*betale|amount\s*due)",
    re.IGNORECASE,
)
CREDIT_WORDS = re.compile(r"\b(kreditnota|credit\s*note|kreditnote|creditnota|gutschrift|avoir)\b", re.IGNORECASE)
VAT_RATE_LINE = re.compile(
    r"^(?:mva|vat|moms|btw|tva|mwst|tax|merverdiavgift)\b[^%\d]{0,12}(\d{1,2}(?:[.,]\d{1,2})?)\s*%", re.IGNORECASE
)

HintProvider = Callable[[ExtractedInvoice], dict | None]


def extract(data: bytes, filename: str = "", hints: HintProvider | None = None) -> ExtractedInvoice:
    """Extracts and checks one document (document checks only; the register checks need the DB)."""
    kind = detect_format(data, filename)
    try:
        if kind == "xml":
            result = _from_xml(data, filename)
        elif kind == "pdf":
            result = _from_pdf(data, filename, hints)
        elif kind == "image":
            result = _from_image(data, filename, hints)
        elif kind == "text":
            result = _from_text(data, filename, hints)
        else:
            return _not_invoice(
                filename,
                "",
                "The file is not an invoice format Fornuft reads (EHF/UBL XML, PDF, JPEG, PNG, TIFF or plain text).",
            )
    except (ValueError, OSError) as exc:  # every reader raises a ValueError subclass with a clear message
        status = getattr(exc, "status", "failed")
        return ExtractedInvoice(
            source=filename,
            status=status,
            message=str(exc),
            document_type="unknown",
            format={"xml": "ehf", "pdf": "pdf_text", "image": "ocr", "text": "text"}.get(kind, ""),
        )
    except Exception as exc:  # a bug must not stop a batch: say so, keep the file for a retry
        log.exception("extraction failed for %s", filename)
        return ExtractedInvoice(
            source=filename,
            status="failed",
            document_type="unknown",
            message=f"Internal error while reading the file ({type(exc).__name__}); "
            "the file is kept and can be retried after an update.",
            format={"xml": "ehf", "pdf": "pdf_text", "image": "ocr", "text": "text"}.get(kind, ""),
        )
    if result.status == "ok":
        checks.check_document(result)
    return result


def _not_invoice(source: str, fmt: str, message: str) -> ExtractedInvoice:
    return ExtractedInvoice(
        source=source, format=fmt, document_type="not_invoice", status="not_invoice", message=message
    )


def _from_xml(data: bytes, source: str) -> ExtractedInvoice:
    from fornuft.invoices import ehf, peppol_rules
    from fornuft.platform.files.safexml import parse

    root = parse(data)
    if ehf.root_kind(root) is None:
        try:
            ehf.extract_from_tree(root, source)
        except ehf.NotUBL as exc:
            return _not_invoice(source, "ehf", str(exc))
    result = ehf.extract_from_tree(root, source)
    iban = result.get("iban")
    if iban and iban.startswith("NO") and len(iban) == 15 and not result.get("bank_account"):
        result.set("bank_account", iban[4:], 1.0)
    for rule_id, severity, message in peppol_rules.validate(root):
        result.validation.append(Finding(rule_id, severity, message))
    return result


def _from_pdf(data: bytes, source: str, hints: HintProvider | None) -> ExtractedInvoice:
    from fornuft.platform.files import read_document

    document = read_document(data, source, max_ocr_pages=MAX_OCR_PAGES)
    if document.method == "pdf_text":
        result = from_words(document.words, source, "pdf_text", hints)
        result.pages = document.pages
        return result
    result = _read_scan(document, source, hints)
    result.rotations = document.rotations
    result.pages = document.pages
    if document.pages > MAX_OCR_PAGES and result.status == "ok":
        result.message = f"Only the first {MAX_OCR_PAGES} of {document.pages} scanned pages were read."
    return result


def _from_text(data: bytes, source: str, hints: HintProvider | None) -> ExtractedInvoice:
    """A plain-text invoice (printed to a file by a till or an old ERP, a mail body): its
    columns of spaces read as a monospace page."""
    from fornuft.platform.files.text import read_text, words_from_text

    text, _ = read_text(data)
    words = words_from_text(text)
    result = from_words(words, source, "text", hints)
    result.pages = 1 + max((word.page for word in words), default=0)
    return result


def _from_image(data: bytes, source: str, hints: HintProvider | None) -> ExtractedInvoice:
    from fornuft.platform.files import read_document

    document = read_document(data, source)
    result = _read_scan(document, source, hints)
    result.rotations = document.rotations
    result.pages = 1
    return result


def _read_scan(document, source: str, hints: HintProvider | None) -> ExtractedInvoice:
    """Fields from an OCR-read document; read once more as plain text lines when the first
    reading left the invoice incomplete, keeping whichever reading finds more."""
    from fornuft.invoices import second_reading

    result = from_words(document.words, source, "ocr", hints, cell_reader=document.read_cell)
    if not second_reading.incomplete(result):
        return result
    try:
        again = document.read_pages_as_blocks()
    except (ValueError, OSError):  # a second reading that fails (OCR timeout) costs nothing of the first
        return result
    if not again:
        return result
    words = second_reading.merged(document.words, again)
    second = from_words(words, source, "ocr", hints, cell_reader=document.read_cell)
    return second if second_reading.completeness(second) > second_reading.completeness(result) else result


def from_words(
    words: list[Word], source: str, fmt: str, hints: HintProvider | None = None, cell_reader=None
) -> ExtractedInvoice:
    """Fields from positioned words; with `hints`, a second pass uses what was learned for the supplier."""
    lines = group_lines(words)
    result = _read_fields(lines, source, fmt, None, cell_reader)
    if hints is not None and result.status == "ok":
        learned = hints(result)
        if learned:
            result = _read_fields(lines, source, fmt, learned, cell_reader)
            result.labels["_learned"] = "yes"
    return result


def _read_fields(
    lines: list[TextLine], source: str, fmt: str, learned: dict | None, cell_reader=None
) -> ExtractedInvoice:
    from fornuft.invoices.tables import extract_lines

    result = ExtractedInvoice(source=source, format=fmt)
    result.text = "\n".join(line.text for line in lines)
    result.segments = [
        [line.page, round(seg.x0, 4), round(seg.y0, 4), round(seg.x1, 4), round(seg.y1, 4), seg.text]
        for line in lines
        for seg in line.segments
    ]
    finder = FieldFinder(lines, learned)
    if learned:
        finder.apply_hints()
    finder.find_labelled()
    finder.find_patterns()
    finder.demote_buyer_block()
    ocr_factor = (lambda c: 0.5 + 0.5 * c.ocr_conf) if fmt == "ocr" else (lambda c: 1.0)
    for name in KIND:
        options = finder.candidates.get(name) or []
        if name in ("total_excl_vat", "vat_total", "total_incl_vat"):
            continue
        if options:
            best = max(options, key=lambda c: c.score)
            result.set(name, best.value, min(0.99, 0.5 + 0.45 * best.score) * ocr_factor(best), best.box, best.label)
            if fmt == "ocr" and best.ocr_conf < OCR_SURE:
                result.doubts[name] = "poorly read from the scan"
    vat_candidates = finder.candidates.get("supplier_vat_number") or []
    if vat_candidates:
        best = max(vat_candidates, key=lambda c: c.score)
        result.set("supplier_vat_number", best.value, 0.9 * ocr_factor(best), best.box)
        org_from_vat = best.value[2:11]
        if result.get("supplier_org_number") != org_from_vat:
            result.set("supplier_org_number", org_from_vat, 0.85 * ocr_factor(best), best.box)
            result.doubts.pop("supplier_org_number", None)
        if fmt == "ocr" and best.ocr_conf < OCR_SURE:
            result.doubts["supplier_vat_number"] = result.doubts["supplier_org_number"] = "poorly read from the scan"
    if not result.get("supplier_name"):
        if result.get("buyer_name"):
            finder.exclude_names.add(str(result.get("buyer_name")).lower())
        guess = finder.supplier_name_guess()
        if guess:
            result.set("supplier_name", guess.value, 0.55 * ocr_factor(guess), guess.box)
    if not result.get("issue_date"):
        first = _first_date_near_top(lines, finder.month_first)
        if first is not None:  # no "date" label: the first date at the top is usually the invoice date
            result.set("issue_date", first[0], 0.5 * ocr_factor(first[1]), first[1].box)
    currency, currency_conf = finder.currency()
    result.set("currency", currency or "NOK", currency_conf if currency else 0.4)
    result.vat_breakdown = _vat_breakdown(lines)
    _breakdown_candidates(result, finder)
    _sum_row_candidates(finder)
    _resolve_totals(result, finder, ocr_factor)
    for row in result.vat_breakdown:
        row.pop("line", None)
    result.lines, _ = extract_lines(lines, cell_reader, result.doubts)
    head = " ".join(line.text for line in lines[:12])
    if CREDIT_WORDS.search(head):
        result.document_type = "credit_note"
        for name in ("total_excl_vat", "vat_total", "total_incl_vat"):
            if result.get(name) is not None:
                result.fields[name] = abs(result.get(name))
    found = sum(1 for name in ("invoice_number", "issue_date", "total_incl_vat") if result.get(name) is not None)
    if not lines or (not INVOICE_WORDS.search(result.text) and found < 3) or found == 0:
        result.status, result.document_type = "not_invoice", "not_invoice"
        result.message = (
            "This does not look like an invoice (no invoice wording, number, date and total were "
            "found). It is kept as a document and not sent for approval."
        )
        if not lines:
            result.message = "No text was found in the document (blank page, or a photo without text)."
    return result


def _first_date_near_top(lines: list[TextLine], month_first: bool):
    from fornuft.invoices.fields import Candidate
    from fornuft.invoices.numbers import DATE_RE, parse_date

    for line in lines:
        if line.page != 0 or line.y0 > 0.45:
            continue
        for segment in line.segments:
            match = DATE_RE.search(segment.text)
            if match:
                value = parse_date(match.group(), month_first=month_first)
                if value is not None:
                    return value, Candidate("issue_date", value, 0.5, segment.words)
    return None


def _printed_amount(lines: list[TextLine], target: Decimal):
    """The lowest printed `target` amount, labelled with its line's first words when they are a
    label of a total ("Sum", "Netto")."""
    from fornuft.invoices.fields import Candidate, amounts_in, narrow
    from fornuft.invoices.labels import match_labels

    for line in reversed(lines):
        for segment in line.segments:
            for value, _raw in amounts_in(segment.text):
                if value == target:
                    found = match_labels(line.segments[0].text)
                    label = line.segments[0].text if found and found[0][0] in TOTAL_NAMES else ""
                    return Candidate("total_incl_vat", value, 0.7, narrow(segment.words, "amount", value), label)
    return None


TOTAL_NAMES = ("total_excl_vat", "vat_total", "total_incl_vat")
NOT_VAT_REGISTERED = re.compile(
    r"ikke\s+(?:registrert\s+i\s+merverdiavgiftsregisteret|mva-?\s*registrert|mva-?\s*pliktig|"
    r"merverdiavgiftspliktig)|not\s+(?:registered\s+for\s+vat|vat[\s-]registered)",
    re.IGNORECASE,
)


def _resolve_totals(result: ExtractedInvoice, finder: FieldFinder, ocr_factor) -> None:
    """Best-scored totals; among near-equal candidates, the combination where excl + VAT = incl."""
    from fornuft.invoices.fields import Candidate

    rows = [row for row in result.vat_breakdown if row.get("vat") is not None]
    vat_pool = finder.candidates.setdefault("vat_total", [])
    if (
        len(rows) > 1
        and not any(c.score >= 0.9 for c in vat_pool)
        and not any(c.label == "VAT breakdown" for c in vat_pool)
    ):
        # several VAT rates and no "total VAT" line: the VAT total is their sum
        vat_pool.append(Candidate("vat_total", sum((r["vat"] for r in rows), Decimal(0)), 0.8, [], "sum of VAT rates"))
    pools = {
        name: sorted(finder.candidates.get(name) or [], key=lambda c: -c.score)[:4]
        for name in ("total_excl_vat", "vat_total", "total_incl_vat")
    }
    if result.format == "ocr":
        for pool in pools.values():
            pool.extend(_lost_comma(pool))
    chosen = {name: (pool[0] if pool else None) for name, pool in pools.items()}
    consistent = False
    present = [c for c in chosen.values() if c is not None]
    if len(present) == 3:
        best_sum = sum(c.score for c in present)
        combos = [
            (e, v, i)
            for e in pools["total_excl_vat"]
            for v in pools["vat_total"]
            for i in pools["total_incl_vat"]
            if abs(e.value + v.value - i.value) <= Decimal("0.02") and e.value != i.value
        ]
        if combos:
            e, v, i = max(combos, key=lambda combo: sum(c.score for c in combo))
            if sum(c.score for c in (e, v, i)) >= 0.75 * best_sum:
                chosen = {"total_excl_vat": e, "vat_total": v, "total_incl_vat": i}
                consistent = True
    excl_c, vat_c = chosen["total_excl_vat"], chosen["vat_total"]
    if not consistent and excl_c is not None and vat_c is not None and excl_c.score >= 0.8 and vat_c.score >= 0.6:
        # the label of the total was not read (a payment slip, a smudge): the total is the printed
        # amount that equals excl. VAT + VAT, when there is one
        printed = _printed_amount(finder.lines, excl_c.value + vat_c.value)
        if printed is not None:
            incl_c = chosen["total_incl_vat"]
            if incl_c is None or incl_c.score < 0.9:
                chosen["total_incl_vat"] = printed
                consistent = True
    if chosen["vat_total"] is None and chosen["total_incl_vat"] is not None and NOT_VAT_REGISTERED.search(result.text):
        # a seller outside the VAT register charges no VAT: the total is the amount excl. VAT
        chosen["vat_total"] = Candidate("vat_total", Decimal("0.00"), 0.8, [], "not VAT registered")
    excl_c, vat_c, incl_c = chosen["total_excl_vat"], chosen["vat_total"], chosen["total_incl_vat"]
    if excl_c is None and vat_c is not None and incl_c is not None and vat_c.value != 0 and not consistent:
        # no "excl. VAT" label ("Sum", "Netto" read as a total): the amount printed as total − VAT
        printed = _printed_amount(finder.lines, incl_c.value - vat_c.value)
        if printed is not None:
            printed.field = "total_excl_vat"
            chosen["total_excl_vat"] = printed
            consistent = bool(incl_c.label and vat_c.label) and printed.label != ""
    if (
        chosen["total_excl_vat"] is None
        and chosen["vat_total"] is not None
        and chosen["total_incl_vat"] is not None
        and chosen["vat_total"].value == 0
    ):
        # VAT stated as zero: the total is also the amount excluding VAT
        source = chosen["total_incl_vat"]
        chosen["total_excl_vat"] = Candidate("total_excl_vat", source.value, source.score * 0.9, source.words, "")
    derived = {"", "sum of VAT rates", "VAT breakdown", SUM_ROW}
    if consistent and all(c.label in derived for c in chosen.values() if c is not None):
        consistent = False  # figures that only confirm each other confirm nothing
    for name, candidate in chosen.items():
        if candidate is None:
            continue
        if not consistent:
            why = _total_doubt(candidate, ocr_factor)
            if why:
                result.doubts[name] = why
        confidence = min(0.99, 0.5 + 0.45 * candidate.score)
        if consistent:
            confidence = max(confidence, 0.95)
        result.set(name, candidate.value, confidence * ocr_factor(candidate), candidate.box, candidate.label)


def _lost_comma(pool: list) -> list:
    """A scanned amount read as a whole number ("843028" for "8 430,28"): the same reading with
    its decimal comma put back, scored lower, for the totals to use only when they then add up."""
    from fornuft.invoices.fields import Candidate

    return [
        Candidate(c.field, c.value / 100, c.score * 0.8, c.words, c.label)
        for c in pool
        if c.words
        and c.value == c.value.to_integral_value()
        and abs(c.value) >= 1000
        and not any("," in w.text or "." in w.text for w in c.words)
    ]


OCR_SURE = 0.8  # a scanned figure whose worst word OCR confidence is below this is not trusted for a check


def _total_doubt(candidate, ocr_factor) -> str:
    """Why a total that is not confirmed by excl. + VAT = incl. can't be trusted ("" if it can):
    it was not found beside a label (derived, or a bare amount), or a scan read it poorly."""
    if not candidate.label or candidate.label in ("sum of VAT rates", "VAT breakdown", SUM_ROW):
        return "not found beside a label"
    if ocr_factor(candidate) < 0.5 + 0.5 * OCR_SURE:
        return "poorly read from the scan"
    return ""


BARE_RATE_LINE = re.compile(r"^(\d{1,2}(?:[.,]\d{1,2})?)\s*%")  # a breakdown row that starts with its rate


def _split_row(amounts: list[Decimal]) -> tuple[Decimal | None, Decimal | None]:
    """(base, VAT) of a breakdown row's amounts: base, VAT and their sum when a row has three
    that add up (whatever else precedes them), else the last two."""
    for start in range(len(amounts) - 3, -1, -1):
        base, vat, gross = amounts[start : start + 3]
        if abs(base + vat - gross) <= Decimal("0.02") and gross != 0:
            return base, vat
    if len(amounts) >= 2:
        return amounts[-2], amounts[-1]
    return None, (amounts[-1] if amounts else None)


def _vat_breakdown(lines: list[TextLine]) -> list[dict]:
    from fornuft.invoices.fields import _amount_in
    from fornuft.invoices.numbers import AMOUNT_RE, parse_amount

    rows = []
    for line in lines:
        match = VAT_RATE_LINE.match(line.text) or BARE_RATE_LINE.match(line.text)
        if not match:
            continue
        rate = parse_amount(match.group(1))
        rest = line.text[match.end() :]
        amounts = [parse_amount(m.group()) for m in AMOUNT_RE.finditer(re.sub(r"\d+(?:[.,]\d+)?\s*%", " ", rest))]
        amounts = [a for a in amounts if a is not None]
        if match.re is BARE_RATE_LINE and len(amounts) < 2:
            continue
        if len(amounts) >= 2:
            base, vat = _split_row(amounts)
            rows.append({"rate": rate, "base": base, "vat": vat, "line": line})
        elif _amount_in(rest):
            rows.append({"rate": rate, "base": None, "vat": amounts[-1] if amounts else None, "line": line})
    return rows


SUM_ROW = "sum row"
TWO_DECIMALS = re.compile(r"\d[.,]\d{2}\)?$")


def _sum_row_candidates(finder: FieldFinder) -> None:
    """No total was found beside a label (a language whose words are not known here): the
    totals row of the table, whatever it is called, is the row whose last amounts read net, VAT
    and their sum, with a VAT rate between 4 and 28 %; the one with the largest sum is taken.
    Scored low and marked derived, so it only fills a gap and never confirms a check."""
    from fornuft.invoices.fields import Candidate, amounts_in, narrow

    if finder.candidates.get("total_incl_vat"):
        return
    best = None
    for line in finder.lines:
        found = [(value, raw) for value, raw in amounts_in(line.text) if TWO_DECIMALS.search(raw)]
        for (net, _), (vat, _), (gross, _) in zip(found, found[1:], found[2:], strict=False):
            if net > 0 and vat > 0 and abs(net + vat - gross) <= Decimal("0.01") and 4 <= 100 * vat / net <= 28:
                if best is None or gross > best[2]:
                    best = (net, vat, gross, line)
    if best is None:
        return
    net, vat, gross, line = best
    for name, value in (("total_excl_vat", net), ("vat_total", vat), ("total_incl_vat", gross)):
        pool = finder.candidates.setdefault(name, [])
        if not pool or name == "total_incl_vat":
            pool.append(Candidate(name, value, 0.6, narrow(line.words, "amount", value), SUM_ROW))


def _breakdown_candidates(result: ExtractedInvoice, finder: FieldFinder) -> None:
    """Totals from a VAT breakdown table (some invoices print them nowhere else): the sums of
    its rows, and the VAT rows' own amounts stop counting as the VAT total."""
    from fornuft.invoices.fields import Candidate

    rows = [r for r in result.vat_breakdown if r.get("base") is not None and r.get("vat") is not None]
    if not rows:
        return
    row_lines = {id(r["line"]) for r in rows}
    finder.candidates["vat_total"] = [
        c
        for c in finder.candidates.get("vat_total") or []
        if not (c.words and any(id(r["line"]) in row_lines and c.words[0] in r["line"].words for r in rows))
        or any(c.value == r["vat"] for r in rows)
    ]
    base = sum((r["base"] for r in rows), Decimal(0))
    vat = sum((r["vat"] for r in rows), Decimal(0))
    label = "VAT breakdown"
    finder.candidates.setdefault("total_excl_vat", []).append(Candidate("total_excl_vat", base, 0.8, [], label))
    finder.candidates.setdefault("vat_total", []).append(Candidate("vat_total", vat, 0.8, [], label))
    finder.candidates.setdefault("total_incl_vat", []).append(Candidate("total_incl_vat", base + vat, 0.6, [], label))
