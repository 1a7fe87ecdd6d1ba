"""The actions of the contracts capability; pages, API, CLI, tasks, mail and demo call these.

Intake stores the file first (never lost), creates the Contract (a WorkItem) and runs the
pipeline: read → analyse → store clauses, risks, deadlines → log the decision
`contracts.analysis` (low confidence or a high risk opens a review task).
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import logging
import re
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.contracts.models import Clause, Contract, ContractStatus, Deadline, DeadlineKind, PlaybookText, Risk
from fornuft.core.tenancy import activate
from fornuft.platform.workitems import Step, StopPipeline, run_pipeline

log = logging.getLogger(__name__)

SYSTEM_KEY = "contracts.analysis"
REMINDER_DAYS = (30, 14, 3)
CONTRACT_SUFFIXES = (".pdf", ".docx", ".txt", ".md")
# Field confidences below the registry threshold send the analysis to review; these fields
# are judged by how they were found (a computed deadline needs both its inputs).
EDITABLE_FIELDS = ("title", "contract_type", "counterparty", "signed_date", "effective_date", "expiration_date",
                   "auto_renewal", "renewal_term_months", "notice_period_days", "notice_deadline",
                   "governing_law", "value_amount", "value_currency", "language")
_NAME_HINT = re.compile(r"(?i)avtale|kontrakt|agreement|contract|nda|lease|leie|terms|vilkår|dpa")


class UploadRefused(ValueError):
    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


# -- playbook ----------------------------------------------------------------------------

def _glossary(organization):
    """The organization's glossary, through which the clause rules read its jargon."""
    from django.apps import apps

    if not apps.is_installed("fornuft.glossary"):
        return None
    from fornuft.glossary.services import glossary_for

    return glossary_for(organization) or None

def playbook_row(organization) -> PlaybookText:
    with activate(organization):
        row, _created = PlaybookText.objects.get_or_create(organization=organization)
        return row


def playbook_for(organization):
    """The organization's playbook, or the built-in default when it has none (or a broken one)."""
    from fornuft.contracts.playbook import PlaybookError, default_playbook, parse_playbook

    text = playbook_row(organization).yaml
    if not text.strip():
        return default_playbook()
    try:
        return parse_playbook(text)
    except PlaybookError:
        return default_playbook()


def save_playbook(organization, text: str) -> PlaybookText:
    """Validates and stores the playbook YAML (empty: back to the default); raises PlaybookError."""
    from fornuft.contracts.playbook import parse_playbook

    if text.strip():
        parse_playbook(text)
    row = playbook_row(organization)
    row.yaml = text
    row.save(update_fields=["yaml", "updated_at"])
    return row


def default_playbook_text() -> str:
    from fornuft.contracts.playbook import DEFAULT_PLAYBOOK_PATH

    return DEFAULT_PLAYBOOK_PATH.read_text(encoding="utf-8")


# -- intake ------------------------------------------------------------------------------
def upload_contract(organization, upload, *, filename: str = "", content_type: str = "", source: str = "upload",
                    reference: str = "", owner=None, in_background: bool = True) -> Contract:
    """Takes in one contract file: refuses it when too large, empty or not PDF/DOCX/TXT/MD, stores
    it in the blob store, creates the Contract and analyses it (now, or after the commit)."""
    from fornuft.core import blobs

    name = filename or getattr(upload, "name", "") or ""
    limit = settings.FORNUFT_MAX_UPLOAD_BYTES
    size = len(upload) if isinstance(upload, bytes | bytearray) else getattr(upload, "size", None)
    if size is not None and size > limit:
        raise UploadRefused(_("%(name)s is larger than the upload limit.") % {"name": name}, "too_large")
    if size == 0:
        raise UploadRefused(_("%(name)s is empty (0 bytes).") % {"name": name}, "empty")
    if not name.lower().endswith(CONTRACT_SUFFIXES):
        raise UploadRefused(_("%(name)s is not a PDF, DOCX, TXT or Markdown file.") % {"name": name},
                            "unsupported_type")
    try:
        stored = blobs.store(organization, upload, filename=name, content_type=content_type, source_label=source,
                             size_limit=limit)
    except blobs.BlobTooLarge:
        raise UploadRefused(_("%(name)s is larger than the upload limit.") % {"name": name}, "too_large") from None
    except blobs.BlobEmpty:
        raise UploadRefused(_("%(name)s is empty (0 bytes).") % {"name": name}, "empty") from None
    with activate(organization):
        contract = Contract.objects.create(organization=organization, stored_file=stored, filename=name[:255],
                                           source=source[:20], reference=reference[:100], owner=owner,
                                           title=name.rsplit(".", 1)[0][:200])
    if in_background:
        from fornuft.contracts.tasks import analyse_contract_task

        transaction.on_commit(lambda: analyse_contract_task(contract.pk))
    else:
        analyse_contract(contract)
    return contract


def looks_like_contract_file(stored_file) -> bool:
    """Whether a stored file (a mail attachment) is a contract: a contract file type whose text
    reads like a contract and not like an invoice."""
    name = (stored_file.filename or "").lower()
    if not name.endswith(CONTRACT_SUFFIXES):
        return False
    from fornuft.contracts.analysis import ContractProblem, looks_like_contract, read_contract

    try:
        read = read_contract(stored_file.read_bytes(), name)
    except (ContractProblem, OSError):
        return bool(_NAME_HINT.search(name)) and not name.endswith(".pdf")
    head = read.text[:5000].lower()
    invoice_words = len(re.findall(r"faktura|invoice|kid|forfallsdato|due date|mva|vat|beløp å betale", head))
    contract_words = len(re.findall(r"avtale|kontrakt|agreement|contract|partene|the parties|oppsigelse|"
                                    r"termination|signatur|signature", head))
    return looks_like_contract(read.text) and contract_words >= 3 and contract_words > invoice_words


def receive_attachment(organization, stored_file, *, source: str = "mail", reference: str = "") -> Contract | None:
    """Offers a stored file to contracts (mail hands attachments here before invoices). Returns
    the Contract when the file is a contract, None otherwise. Never raises for a bad file."""
    if stored_file is None or not looks_like_contract_file(stored_file):
        return None
    with activate(organization):
        contract = Contract.objects.create(organization=organization, stored_file=stored_file,
                                           filename=(stored_file.filename or "")[:255], source=source[:20],
                                           reference=reference[:100],
                                           title=(stored_file.filename or "").rsplit(".", 1)[0][:200])
    try:
        analyse_contract(contract)
    except Exception:  # the mail flow goes on; the contract says what failed
        log.exception("contract analysis failed for %s", contract.pk)
    return contract


# -- the pipeline ------------------------------------------------------------------------
class ContractWork:
    def __init__(self, organization, model=None) -> None:
        self.organization = organization
        self.model = model
        self.analysis: dict | None = None


class ReadAndAnalyse(Step):
    name = "analyse"

    def run(self, contract: Contract, work: ContractWork) -> None:
        from fornuft.contracts.analysis import ContractProblem, analyze_text, looks_like_contract, read_contract

        try:
            read = read_contract(contract.stored_file.read_bytes(), contract.filename)
        except ContractProblem as problem:
            contract.status = ContractStatus.FAILED if problem.code != "not_contract" else ContractStatus.NOT_CONTRACT
            contract.problems = [*contract.problems, f"{problem.code}: {problem}"][-20:]
            contract.save(update_fields=["status", "problems"])
            raise StopPipeline(str(problem)) from None
        contract.text = read.text
        if not looks_like_contract(read.text):
            contract.status = ContractStatus.NOT_CONTRACT
            contract.save(update_fields=["status", "text"])
            raise StopPipeline("not a contract")
        work.analysis = analyze_text(read.text, contract.filename, playbook_for(work.organization),
                                     model=work.model or organization_model(work.organization),
                                     glossary=_glossary(work.organization))


class StoreAnalysis(Step):
    name = "store"

    def able_to_run(self, contract: Contract, work: ContractWork) -> bool:
        return work.analysis is not None

    def run(self, contract: Contract, work: ContractWork) -> None:
        apply_analysis(contract, work.analysis)
        attach_version(contract)


class RecordDecision(Step):
    name = "decision"

    def able_to_run(self, contract: Contract, work: ContractWork) -> bool:
        return work.analysis is not None

    def run(self, contract: Contract, work: ContractWork) -> None:
        record_analysis_decision(contract)


STEPS = [ReadAndAnalyse(), StoreAnalysis(), RecordDecision()]


def analyse_contract(contract: Contract, model=None) -> Contract:
    with activate(contract.organization):
        run_pipeline(contract, STEPS, ContractWork(contract.organization, model))
        contract.refresh_from_db()
        return contract


def organization_model(organization):
    """The organization's active clause model (trained on its corrections through the model
    store), else the shipped one, else None (the keyword rules work alone)."""
    from fornuft.contracts.clause_learning import active_clause_model

    try:
        return active_clause_model(organization)
    except Exception:  # an unusable model must not stop the analysis: the rules still work
        log.exception("clause model of organization %s unusable; analysing with the rules", organization.pk)
        return None


def _date(value):
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def apply_analysis(contract: Contract, analysis: dict) -> None:
    """Copies the analysis onto the contract (keeping fields a person corrected) and rebuilds its
    clauses, risks and deadlines."""
    from fornuft.contracts.playbook import traffic_light

    kept = set(contract.corrected or [])
    values = {
        "language": analysis["language"], "contract_type": analysis["contract_type"],
        "parties": analysis["parties"],
        "counterparty": _counterparty(analysis["parties"]),
        "signed_date": _date(analysis["signed_date"]), "effective_date": _date(analysis["effective_date"]),
        "expiration_date": _date(analysis["expiration_date"]), "auto_renewal": analysis["auto_renewal"],
        "renewal_term_months": analysis["renewal_term_months"], "notice_period_days": analysis["notice_period_days"],
        "notice_deadline": _date(analysis["notice_deadline"]), "governing_law": analysis["governing_law"] or "",
        "value_amount": Decimal(str(analysis["value"]["amount"])) if analysis["value"] else None,
        "value_currency": analysis["value"]["currency"] if analysis["value"] else "",
    }
    for name, value in values.items():
        if name not in kept:
            setattr(contract, name, value)
    if "title" not in kept:
        contract.title = _title(contract.text) or contract.title
    contract.analysis = analysis
    contract.risk_light = traffic_light(analysis["risks"])
    contract.status = ContractStatus.ANALYSED
    contract.family = contract.family or _family(contract)
    contract.save()
    org = contract.organization
    Clause.objects.for_organization(org).filter(contract=contract).delete()
    Clause.objects.for_organization(org).bulk_create([
        Clause(organization=org, contract=contract, clause_type=c["type"], start=c["start"], end=c["end"],
               text=c["text"][:20000], confidence=c["confidence"]) for c in analysis["clauses"]])
    Risk.objects.for_organization(org).filter(contract=contract).delete()
    Risk.objects.for_organization(org).bulk_create([
        Risk(organization=org, contract=contract, code=r["code"], severity=r["severity"],
             clause_type=r["clause_type"] or "", reason=r["reason"]) for r in analysis["risks"]])
    rebuild_deadlines(contract)


def _counterparty(parties: list[dict]) -> str:
    return (parties[-1]["name"] if parties else "")[:200]


def _title(text: str) -> str:
    for line in text.splitlines()[:10]:
        line = line.strip(" #*\t")
        if 4 <= len(line) <= 120:
            return line[:200]
    return ""


def _family(contract: Contract) -> str:
    key = f"{contract.contract_type}|{contract.counterparty}|{_title(contract.text)}".lower()
    return re.sub(r"[^a-z0-9æøå|]+", "", key)[:120]


def attach_version(contract: Contract) -> None:
    """A contract whose family already has an earlier version becomes its next version."""
    if contract.previous_id or not contract.family:
        return
    earlier = (Contract.objects.for_organization(contract.organization)
               .filter(family=contract.family, pk__lt=contract.pk).order_by("-version", "-pk").first())
    if earlier is not None:
        contract.previous = earlier
        contract.version = earlier.version + 1
        contract.owner = contract.owner or earlier.owner
        contract.save(update_fields=["previous", "version", "owner"])


def version_diff(old: Contract, new: Contract) -> list[tuple[str, str]]:
    """Line-by-line differences between two versions: [(op, line)] with op "+", "-" or " "."""
    out = []
    for line in difflib.ndiff(old.text.splitlines(), new.text.splitlines()):
        if line.startswith("? "):
            continue
        out.append((line[0], line[2:]))
    return out


def versions(contract: Contract) -> list[Contract]:
    if not contract.family:
        return [contract]
    return list(Contract.objects.for_organization(contract.organization).filter(family=contract.family)
                .order_by("version", "pk"))


def rebuild_deadlines(contract: Contract) -> None:
    org = contract.organization
    Deadline.objects.for_organization(org).filter(contract=contract).delete()
    rows = []
    if contract.notice_deadline:
        rows.append((DeadlineKind.NOTICE, contract.notice_deadline))
    if contract.expiration_date:
        kind = DeadlineKind.RENEWAL if contract.auto_renewal else DeadlineKind.EXPIRY
        rows.append((kind, contract.expiration_date))
    Deadline.objects.for_organization(org).bulk_create(
        [Deadline(organization=org, contract=contract, kind=kind, date=day) for kind, day in rows])


def field_confidences(analysis: dict) -> dict[str, float]:
    """How sure the analysis is of each key field: found directly, computed, or missing."""
    clauses = {c["type"] for c in analysis.get("clauses", [])}
    out = {
        "parties": 0.9 if len(analysis["parties"]) >= 2 else 0.4,
        "effective_date": 0.9 if analysis["effective_date"] else 0.5,
        "notice_period_days": 0.9 if analysis["notice_period_days"] else (
            0.5 if "notice_period_to_terminate_renewal" in clauses else 0.8),
        "expiration_date": 0.9 if analysis["expiration_date"] else 0.6,
    }
    if analysis["auto_renewal"] and not analysis["notice_deadline"]:
        out["notice_deadline"] = 0.4
    return out


def record_analysis_decision(contract: Contract):
    from fornuft.governance.decisions import record_decision

    analysis = contract.analysis
    confidences = field_confidences(analysis)
    confidence = min(confidences.values())
    high = [r for r in analysis["risks"] if r["severity"] == "high"]
    if high:
        confidence = min(confidence, 0.3)  # every high-severity risk goes to a person
    output = {k: analysis[k] for k in ("contract_type", "language", "expiration_date", "notice_deadline",
                                       "auto_renewal", "governing_law")}
    output["risks"] = [r["code"] for r in analysis["risks"]]
    explanation = {"field_confidence": confidences, "high_risks": [r["reason"] for r in high][:10],
                   "clauses": sorted({c["type"] for c in analysis["clauses"]})}
    decision = record_decision(contract.organization, SYSTEM_KEY, subject=contract, output=output,
                               confidence=round(confidence, 3), explanation=explanation)
    if decision.needs_review:
        contract.status = ContractStatus.REVIEW
        contract.save(update_fields=["status"])
    return decision


# -- corrections -------------------------------------------------------------------------
def apply_correction(contract: Contract, changes: dict, user, *, source: str = "ui") -> Contract:
    """A person's corrections of the extracted fields: stored on the contract (kept on reanalysis),
    deadlines rebuilt, and each correction kept as a training example."""
    from fornuft.contracts.fields import CONTRACT_TYPES
    from fornuft.governance import training_data

    clean = {}
    for name, value in (changes or {}).items():
        if name not in EDITABLE_FIELDS:
            continue
        if isinstance(value, str):
            value = value.strip()
        if name in ("signed_date", "effective_date", "expiration_date", "notice_deadline"):
            try:
                value = _date(value) if value else None
            except ValueError:
                raise ValueError(_("%(field)s: give a date as YYYY-MM-DD.") % {"field": name}) from None
        elif name in ("renewal_term_months", "notice_period_days"):
            value = int(value) if value not in (None, "") else None
            if value is not None and not 0 <= value <= 3650:
                raise ValueError(_("%(field)s must be between 0 and 3650.") % {"field": name})
        elif name == "auto_renewal":
            value = None if value in (None, "", "unknown") else value in (True, "true", "yes", "1", "on")
        elif name == "value_amount":
            value = Decimal(str(value).replace(" ", "").replace(",", ".")) if value not in (None, "") else None
        elif name == "contract_type" and value not in CONTRACT_TYPES:
            raise ValueError(_("Unknown contract type."))
        elif name == "governing_law":
            value = (value or "").upper()[:8]
        clean[name] = value
    with activate(contract.organization):
        for name, value in clean.items():
            before = getattr(contract, name)
            if before == value:
                continue
            setattr(contract, name, value)
            contract.corrected = sorted(set(contract.corrected or []) | {name})
            training_data.add_example(contract.organization, SYSTEM_KEY, source=source, subject=contract,
                                      label=name, fields={"field": name, "value": _plain(value),
                                                          "was": _plain(before)}, user=user)
        if contract.status == ContractStatus.REVIEW:
            contract.status = ContractStatus.APPROVED
        contract.save()
        rebuild_deadlines(contract)
    return contract


def correct_clause(contract: Contract, start: int, end: int, clause_type: str, present: bool, user,
                   *, source: str = "ui") -> None:
    """A person marks a passage as a clause type (or says it is not one): the contract's clauses
    change at once, the mark is kept as a training example and a training run of the clause
    model is queued (fornuft.contracts.clause_learning)."""
    from fornuft.contracts.clause_learning import schedule_training
    from fornuft.contracts.clause_rules import CLAUSE_TYPES
    from fornuft.governance import training_data

    if clause_type not in CLAUSE_TYPES or not 0 <= start < end <= len(contract.text):
        raise ValueError(_("Unknown clause type or passage."))
    with activate(contract.organization):
        overlapping = Clause.objects.filter(contract=contract, clause_type=clause_type, start__lt=end, end__gt=start)
        if present and not overlapping.exists():
            Clause.objects.create(organization=contract.organization, contract=contract, clause_type=clause_type,
                                  start=start, end=end, text=contract.text[start:end], confidence=1.0)
        elif not present:
            overlapping.delete()
        training_data.add_example(contract.organization, SYSTEM_KEY, source=source, subject=contract,
                                  text=contract.text[start:end][:5000], label=clause_type if present else "none",
                                  fields={"clause_type": clause_type, "present": present}, user=user)
    schedule_training(contract.organization)


def find_passage(contract: Contract, passage: str) -> tuple[int, int] | None:
    """Where a passage a person copied from the page lies in the contract text (spaces and line
    breaks may differ), or None."""
    words = passage.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words[:400]))
    match = pattern.search(contract.text)
    return (match.start(), match.end()) if match else None


def _plain(value):
    if isinstance(value, date | Decimal):
        return str(value)
    return value


def on_review_resolved(task, correction, user) -> None:
    """Review hook: a person accepted or corrected an analysis."""
    contract = Contract.objects.for_organization(task.organization).filter(pk=task.decision.subject_id).first()
    if contract is None:
        return
    apply_correction(contract, correction or {}, user, source="review")
    if contract.status != ContractStatus.APPROVED:
        contract.status = ContractStatus.APPROVED
        contract.save(update_fields=["status"])


# -- lists, calendar, export -------------------------------------------------------------
def list_contracts(organization, *, contract_type: str = "", counterparty: str = "", risk: str = "",
                   deadline_within: int | None = None):
    with activate(organization):
        rows = Contract.objects.for_organization(organization).prefetch_related("deadlines")
        if contract_type:
            rows = rows.filter(contract_type=contract_type)
        if counterparty:
            rows = rows.filter(counterparty__icontains=counterparty[:100])
        if risk:
            rows = rows.filter(risk_light=risk)
        if deadline_within is not None:
            today = timezone.localdate()
            rows = rows.filter(deadlines__date__gte=today,
                               deadlines__date__lte=today + timedelta(days=deadline_within)).distinct()
        return list(rows[:500])


def renewing_within(organization, days: int = 90) -> list[Contract]:
    """Contracts that renew (or expire) within `days`, soonest first: the dashboard list."""
    today = timezone.localdate()
    with activate(organization):
        rows = (Contract.objects.for_organization(organization)
                .filter(expiration_date__gte=today, expiration_date__lte=today + timedelta(days=days))
                .order_by("expiration_date"))
        return list(rows[:50])


def upcoming_deadlines(organization, days: int = 365) -> list[Deadline]:
    today = timezone.localdate()
    with activate(organization):
        return list(Deadline.objects.for_organization(organization).select_related("contract")
                    .filter(date__gte=today, date__lte=today + timedelta(days=days)).order_by("date")[:500])


def ical_feed(organization) -> str:
    """The organization's deadlines as an iCalendar (RFC 5545) feed of all-day events."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fornuft//Contracts//NB", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:" + _ical_text(_("Contract deadlines"))]
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    with activate(organization):
        rows = Deadline.objects.for_organization(organization).select_related("contract").order_by("date")[:2000]
        for row in rows:
            summary = f"{row.get_kind_display()}: {row.contract}"
            lines += ["BEGIN:VEVENT", f"UID:contract-{row.contract_id}-{row.kind}-{row.date:%Y%m%d}@fornuft",
                      f"DTSTAMP:{stamp}", f"DTSTART;VALUE=DATE:{row.date:%Y%m%d}",
                      f"DTEND;VALUE=DATE:{row.date + timedelta(days=1):%Y%m%d}",
                      "SUMMARY:" + _ical_text(summary), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def _ical_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
            .replace("\n", "\\n"))


def _fold(line: str) -> str:
    out, raw = [], line.encode("utf-8")
    while len(raw) > 73:
        cut = 73
        while (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode())
        raw = b" " + raw[cut:]
    out.append(raw.decode())
    return "\r\n".join(out)


def organization_for_calendar_token(token: str):
    if not token or len(token) > 64:
        return None
    from fornuft.contracts.models import PlaybookText as Row

    row = Row.objects.all_organizations().filter(calendar_token=token).select_related("organization").first()
    return row.organization if row else None


def send_reminders(organization, today: date | None = None) -> int:
    """Mails each contract owner 30, 14 and 3 days before each deadline (once each); returns how many."""
    from django.core.mail import send_mail

    today = today or timezone.localdate()
    sent = 0
    with activate(organization):
        rows = (Deadline.objects.for_organization(organization).select_related("contract", "contract__owner")
                .filter(date__gte=today, date__lte=today + timedelta(days=max(REMINDER_DAYS))))
        for row in rows:
            days = (row.date - today).days
            due = [d for d in REMINDER_DAYS if days <= d and d not in row.reminders_sent]
            owner = row.contract.owner
            if not due or owner is None or not owner.email:
                continue
            subject = _("Contract deadline in %(days)d days: %(title)s") % {"days": days, "title": row.contract}
            body = _("%(kind)s: %(date)s\nContract: %(title)s\nCounterparty: %(party)s") % {
                "kind": row.get_kind_display(), "date": row.date.isoformat(), "title": row.contract,
                "party": row.contract.counterparty or "—"}
            send_mail(subject, body, None, [owner.email])
            row.reminders_sent = sorted(set(row.reminders_sent) | set(due))
            row.save(update_fields=["reminders_sent"])
            sent += 1
    return sent


EXPORT_COLUMNS = ("id", "title", "version", "contract_type", "language", "counterparty", "signed_date",
                  "effective_date", "expiration_date", "auto_renewal", "renewal_term_months", "notice_period_days",
                  "notice_deadline", "governing_law", "value_amount", "value_currency", "risk_light", "risks", "status")


def export_rows(organization) -> list[dict]:
    rows = []
    for contract in list_contracts(organization):
        rows.append({
            "id": contract.pk, "title": contract.title, "version": contract.version,
            "contract_type": contract.contract_type, "language": contract.language,
            "counterparty": contract.counterparty,
            "signed_date": _plain(contract.signed_date), "effective_date": _plain(contract.effective_date),
            "expiration_date": _plain(contract.expiration_date), "auto_renewal": contract.auto_renewal,
            "renewal_term_months": contract.renewal_term_months, "notice_period_days": contract.notice_period_days,
            "notice_deadline": _plain(contract.notice_deadline), "governing_law": contract.governing_law,
            "value_amount": _plain(contract.value_amount), "value_currency": contract.value_currency,
            "risk_light": contract.risk_light,
            "risks": [r.get("code") for r in (contract.analysis or {}).get("risks", [])],
            "status": contract.status,
        })
    return rows


def export(organization, fmt: str = "csv") -> str:
    rows = export_rows(organization)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "risks": " ".join(row["risks"])})
    return buffer.getvalue()
