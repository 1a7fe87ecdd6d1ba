"""One contract in, one analysis out: the command-line contract's JSON object, as plain data.

    result = analyze_text(text, source="avtale.pdf")                 # dict, the published keys
    result = analyze_file("avtale.pdf", playbook=load_playbook(p))   # or {"source", "error": {...}}

The CLI, the services (the stored Contract), the no-code blocks and the tests all call these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from fornuft.contracts import clauses as clause_finder
from fornuft.contracts.fields import contract_language, contract_type, contract_value, governing_law
from fornuft.contracts.parties import find_parties
from fornuft.contracts.playbook import Playbook, default_playbook, evaluate
from fornuft.contracts.sections import split_sentences
from fornuft.contracts.terms import read_terms

SUFFIXES = {".pdf", ".docx", ".txt", ".md"}
MAX_TEXT_PAGES = 1000  # text-layer PDFs: a long contract with appendices
MAX_SCAN_PAGES = 30  # scans are read by OCR page by page; longer scans are refused, not half-read
MAX_CHARS = 3_000_000
KEYS = (
    "source",
    "language",
    "contract_type",
    "parties",
    "signed_date",
    "effective_date",
    "expiration_date",
    "auto_renewal",
    "renewal_term_months",
    "notice_period_days",
    "notice_deadline",
    "governing_law",
    "value",
    "clauses",
    "risks",
)


class ContractProblem(ValueError):
    """A file that gives no analysis: `code` is the error object's code, str() is for a person."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class ReadContract:
    text: str
    pages: int
    method: str


_CONTRACT_SIGNALS = re.compile(
    r"(?i)\b(?:avtale\w*|kontrakt\w*|agreement|contract|parties|partene|mellom|between|skal|shall|"
    r"oppsigelse|termination|terminate|vilkår|terms\s+and\s+conditions|signatur|signature|undertegnet|herein|"
    r"leietaker|utleier|arbeidsgiver|arbeidstaker|leverandør\w*|licensee|licensor|supplier|customer|"
    r"kjøper\w*|selger\w*|buyer|seller|purchaser|parter|taushetsplikt\w*|confidential\w*|lovvalg|verneting|"
    r"governed\s+by|jurisdiction|tingrett|vederlag\w*|kjøpesum\w*|purchase\s+price|erklæring\w*)\b"
)


def read_contract(source, filename: str = "") -> ReadContract:
    """The text of a contract file (PDF with a text layer or scanned, DOCX, TXT, MD); raises
    ContractProblem with a code for the error object."""
    from fornuft.platform.files import FileProblem, read_document

    name = filename or (Path(source).name if isinstance(source, str | Path) else "")
    suffix = Path(name).suffix.lower()
    if suffix and suffix not in SUFFIXES:
        raise ContractProblem(f"{suffix} files are not read; give a PDF, DOCX, TXT or Markdown file.", "unsupported")
    try:
        data = Path(source).read_bytes() if isinstance(source, str | Path) else source
    except OSError as exc:
        raise ContractProblem(f"cannot read the file: {exc.strerror}", "unreadable") from None
    if not data or not bytes(data).strip():
        raise ContractProblem("The file is empty.", "empty")
    try:
        document = read_document(data, name, ocr=False, max_pages=MAX_TEXT_PAGES)
        if document.kind == "pdf" and len(document.text.split()) < 15:
            if document.pages > MAX_SCAN_PAGES:
                raise ContractProblem(
                    f"The scan has {document.pages} pages; scans over {MAX_SCAN_PAGES} pages are not read by OCR "
                    "(split the file or give a PDF with a text layer).",
                    "too_large",
                )
            document = read_document(data, name, ocr=True, max_pages=MAX_TEXT_PAGES, max_ocr_pages=MAX_SCAN_PAGES)
    except FileProblem as problem:
        status = problem.status if problem.status != "failed" else "unreadable"
        raise ContractProblem(str(problem), status) from None
    if document.kind not in ("pdf", "docx", "text"):
        raise ContractProblem("The file is not a PDF, DOCX, TXT or Markdown file.", "unsupported")
    text = document.text
    if len(text) > MAX_CHARS:
        raise ContractProblem(f"The text is longer than {MAX_CHARS:,} characters and is not analysed.", "too_large")
    if not text.strip():
        raise ContractProblem("The file has no text (an empty document, or a scan OCR could not read).", "empty")
    return ReadContract(text, document.pages, document.method)


def looks_like_contract(text: str) -> bool:
    """False for a text with almost no contract language (a recipe, an invoice, a letter)."""
    signals = len(_CONTRACT_SIGNALS.findall(text[:50000]))
    return signals >= 3


# Clause types that only exist where the contract renews: without a renewal the rule hits are
# notices to terminate (the CUAD definition: "the notice period required to terminate renewal").
RENEWAL_ONLY = frozenset({"notice_period_to_terminate_renewal"})


def analyze_text(text: str, source: str = "", playbook: Playbook | None = None, model=None, glossary=None) -> dict:
    """The analysis of a contract's text: every published key, dates as ISO strings. `glossary`:
    the company's (fornuft.glossary.terms.Glossary), through which clause rules read its jargon."""
    language = contract_language(text)
    kind, _ = contract_type(text)
    sentence_spans = [(s.start, s.end) for s in split_sentences(text)]
    terms = read_terms(text, language, sentence_spans)
    law, law_span = governing_law(text)
    evidence = dict(terms.evidence)
    if law_span:
        evidence["governing_law"] = law_span
    if not terms.auto_renewal and "notice_period_to_terminate_renewal" in evidence:
        # a notice with nothing to renew is a right to terminate, not a notice against renewal
        evidence.setdefault("termination_for_convenience", evidence.pop("notice_period_to_terminate_renewal"))
    clauses = clause_finder.find_clauses(text, sentence_spans, evidence=evidence, model=model, glossary=glossary)
    if not terms.auto_renewal:
        clauses = [c for c in clauses if c["type"] not in RENEWAL_ONLY]
    result = {
        "source": source,
        "language": language,
        "contract_type": kind,
        "parties": find_parties(text),
        "signed_date": _iso(terms.signed_date),
        "effective_date": _iso(terms.effective_date),
        "expiration_date": _iso(terms.expiration_date),
        "auto_renewal": terms.auto_renewal,
        "renewal_term_months": terms.renewal_term_months,
        "notice_period_days": terms.notice_period_days,
        "notice_deadline": _iso(terms.notice_deadline),
        "governing_law": law,
        "value": contract_value(text, sentence_spans),
        "clauses": clauses,
        "risks": [],
    }
    result["risks"] = evaluate(playbook or default_playbook(), result)
    return result


def analyze_file(path, playbook: Playbook | None = None, model=None, source: str | None = None,
                 glossary=None) -> dict:
    """The analysis of one file, or {"source", "error": {"code", "message"}} when it cannot be read
    or is not a contract."""
    source = str(path) if source is None else source
    try:
        read = read_contract(path)
    except ContractProblem as problem:
        return error_object(source, problem.code, str(problem))
    if not looks_like_contract(read.text):
        return error_object(
            source, "not_contract", "The text does not read like a contract (no parties, terms or obligations found)."
        )
    return analyze_text(read.text, source, playbook, model=model, glossary=glossary)


def error_object(source: str, code: str, message: str) -> dict:
    return {"source": source, "error": {"code": code, "message": message}}


def _iso(value) -> str | None:
    return value.isoformat() if value else None
