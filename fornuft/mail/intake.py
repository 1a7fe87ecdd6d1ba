"""The mail pipeline: one raw message in, a stored, sorted, checked and routed message out.

Steps, in order (each one's contract in its docstring):

1. `store_raw`      the raw bytes go to the blob store before anything reads them;
2. `find_duplicate` same bytes, or same Message-ID from the same sender → nothing new;
3. `parse`          headers, text, HTML, links, attachments; problems are noted, never raised;
4. `attach_thread`  In-Reply-To / References join the message to its thread;
5. `store_attachments`;
6. `sort_message`   category, language, urgency, sentiment → decision "mail.classifier";
7. `check_phishing` verdict → decision "mail.phishing";
8. `route_message`  phishing → quarantine; else the queue/person of the first matching rule,
                    an acknowledgement draft for sales/support, attachments to documents.

A failure after step 1 marks the message FAILED with the reason; `reprocess(message)`
runs steps 3–8 again from the stored bytes. Nothing is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from fornuft.core import blobs
from fornuft.core.tenancy import activate
from fornuft.mail import phishing, routing, sorting, tone
from fornuft.mail.models import (
    AcknowledgementDraft,
    Attachment,
    Category,
    Message,
    MessageStatus,
    RoutingRule,
    TeamQueue,
    Thread,
)
from fornuft.mail.parsing import ParsedMessage, parse_message
from fornuft.ml.language import detect_language

logger = logging.getLogger(__name__)

DEFAULT_MAIL_MAX_BYTES = 200 * 1024 * 1024
HEAD_BYTES_WHEN_TOO_LARGE = 1024 * 1024


@dataclass
class Outcome:
    message: Message
    created: bool
    problems: list[str] = field(default_factory=list)


@dataclass
class Classifier:
    """A loaded model and what the organization allows it to predict."""

    model: object
    version: str
    allowed: set[str]


def mail_size_limit() -> int:
    return int(getattr(settings, "FORNUFT_MAIL_MAX_BYTES", DEFAULT_MAIL_MAX_BYTES))


# -- setup ---------------------------------------------------------------------------------
def ensure_setup(organization) -> None:
    """Creates the default categories, team queues and routing rules once per organization."""
    from fornuft.mail.models import DEFAULT_CATEGORIES

    with activate(organization):
        if Category.objects.exists():
            return
        with transaction.atomic():
            for order, (key, name) in enumerate(DEFAULT_CATEGORIES):
                Category.objects.get_or_create(key=key, defaults={"name": str(name), "sort_order": order})
            for queue_key, queue_name, categories in routing.DEFAULT_QUEUES:
                queue, _ = TeamQueue.objects.get_or_create(key=queue_key, defaults={"name": queue_name})
                for category in categories:
                    RoutingRule.objects.get_or_create(
                        category_key=category, sender_contains="", keywords="",
                        defaults={"name": f"{category} → {queue_name}", "queue": queue, "priority": 100,
                                  "send_acknowledgement": category in routing.ACKNOWLEDGE_CATEGORIES})
            # The phishing shield's scam-text model gets its first registered version in the
            # background (the seed model scores meanwhile).
            from fornuft.mail.tasks import register_scam_model

            organization_id = organization.pk
            transaction.on_commit(lambda: register_scam_model(organization_id))


def load_classifier(organization) -> Classifier:
    """The organization's active model (or the seed model) and its active categories."""
    from fornuft.governance import model_store
    from fornuft.mail.training import CategoryTrainer

    with activate(organization):
        allowed = set(Category.objects.filter(is_active=True).values_list("key", flat=True))
    active = model_store.load_active(organization, "mail.classifier", CategoryTrainer())
    assert active is not None  # noqa: S101 - the seed model is CategoryTrainer's baseline
    return Classifier(active.model, active.version, allowed)


# -- steps ---------------------------------------------------------------------------------
def store_raw(organization, raw: bytes, *, source: str):
    """Stores the raw bytes (0-byte messages too). Returns (stored_file, problems). A
    message over the mail size limit keeps its first megabyte and is marked."""
    problems = []
    name = (source.rsplit("/", 1)[-1] or "message.eml")[:200]
    try:
        stored = blobs.store(organization, raw, filename=name, content_type="message/rfc822",
                             source_label="mail", allow_empty=True, size_limit=mail_size_limit())
    except blobs.BlobTooLarge:
        limit_mb = mail_size_limit() // (1024 * 1024)
        problems.append(f"message is larger than the mail limit of {limit_mb} MB; only its first megabyte "
                        "was stored")
        stored = blobs.store(organization, raw[:HEAD_BYTES_WHEN_TOO_LARGE], filename=name,
                             content_type="message/rfc822", source_label="mail", allow_empty=True)
    return stored, problems


def find_duplicate(organization, content_hash: str, parsed: ParsedMessage | None = None) -> Message | None:
    messages = Message.objects.for_organization(organization)
    existing = messages.filter(content_hash=content_hash).first()
    if existing is not None or parsed is None or not parsed.message_id:
        return existing
    return messages.filter(message_id=parsed.message_id, from_address=parsed.from_address,
                           subject=parsed.subject).first()


def attach_thread(message: Message, parsed: ParsedMessage) -> None:
    """Joins the thread of the message this one answers (In-Reply-To, then References,
    newest first); starts a new thread otherwise."""
    parent_ids = [i for i in [parsed.in_reply_to, *reversed(parsed.references)] if i]
    thread = None
    if parent_ids:
        parent = (Message.objects.filter(message_id__in=parent_ids, thread__isnull=False)
                  .order_by("-received_at").first())
        thread = parent.thread if parent else None
    if thread is None and message.message_id:
        # a reply that arrived before its parent: adopt the reply's thread
        child = Message.objects.filter(in_reply_to=message.message_id, thread__isnull=False).first()
        thread = child.thread if child else None
    if thread is None:
        thread = Thread.objects.create(subject=message.subject[:500], started_at=message.received_at,
                                       last_message_at=message.received_at)
    else:
        Thread.objects.filter(pk=thread.pk).update(last_message_at=timezone.now())
    message.thread = thread


def store_attachments(organization, message: Message, parsed: ParsedMessage) -> list[Attachment]:
    saved = []
    for item in parsed.attachments[:100]:
        attachment = Attachment(message=message, filename=item.filename[:255], content_type=item.content_type[:150],
                                size=item.size)
        if item.size == 0:
            attachment.problem = "empty attachment"
        else:
            try:
                attachment.stored = blobs.store(organization, item.data, filename=item.filename,
                                                content_type=item.content_type, source_label="mail attachment")
            except (blobs.BlobTooLarge, blobs.BlobEmpty) as exc:
                attachment.problem = str(exc)[:300]
        if item.filename and item.content_type in ("application/zip", "application/x-zip-compressed") or \
                item.filename.lower().endswith(".zip"):
            problem = phishing.inspect_archive(item.data)
            if problem:
                attachment.problem = f"archive {problem}"[:300]
        attachment.save()
        saved.append(attachment)
    return saved


def _redacted(reasons: list[str]) -> list[str]:
    try:
        from fornuft.governance.privacy import redact

        return [redact(reason) for reason in reasons]
    except Exception:  # privacy tooling unavailable: keep the signal codes only
        return []


def _redacted_features(features: list[dict]) -> list[list]:
    """The n-grams behind a decision, with any personal data in them replaced (e.g. [EMAIL])."""
    try:
        from fornuft.governance.privacy import redact
    except ImportError:
        return [[f["feature"][:2] + "…", f["weight"]] for f in features]
    return [[redact(f["feature"]), f["weight"]] for f in features]


def sort_message(organization, message: Message, parsed: ParsedMessage, classifier: Classifier):
    """Sets category, confidence, language, urgency, sentiment; logs the decision."""
    from fornuft.governance.decisions import record_decision

    text = sorting.message_text(parsed.subject, parsed.text)
    category, confidence, explanation = sorting.classify_texts(classifier.model, [text], classifier.allowed)[0]
    message.category, message.confidence = category, round(confidence, 4)
    message.language = detect_language(f"{parsed.subject}\n{parsed.text[:3000]}")
    message.urgency = tone.urgency(parsed.text, parsed.headers)
    message.sentiment = tone.sentiment(parsed.text) if category in ("customer_support", "sales_inquiry") else ""
    message.model_version = classifier.version
    top = sorted(explanation["probabilities"].items(), key=lambda kv: -kv[1])[:3]
    decision = record_decision(
        organization, "mail.classifier", subject=message,
        output={"category": category, "language": message.language, "urgency": message.urgency,
                "sentiment": message.sentiment},
        confidence=message.confidence,
        explanation={"top_features": _redacted_features(explanation["top_features"]),
                     "probabilities": [[c, p] for c, p in top]},
        model_version=classifier.version,
    )
    message.category_decision_seq = decision.seq
    return decision


def check_phishing(organization, message: Message, parsed: ParsedMessage, context: phishing.OrgContext):
    from fornuft.governance.decisions import record_decision

    verdict = phishing.assess(parsed, context)
    message.phishing_verdict, message.phishing_score = verdict.verdict, verdict.score
    message.phishing_reasons = verdict.reasons
    decision = record_decision(
        organization, "mail.phishing", subject=message,
        output={"verdict": verdict.verdict, "score": verdict.score},
        confidence=max(verdict.score, 1 - verdict.score),
        explanation={"rules": [s.code for s in verdict.signals], "reasons": _redacted(verdict.reasons)},
        # The registry's version: the active scam-text model once one is registered ("rules-1" before).
        model_version=None,
    )
    message.phishing_decision_seq = decision.seq
    return verdict


def route_message(organization, message: Message, *, needs_review: bool) -> None:
    """Quarantine for phishing; otherwise queue/person from the rules, review status when
    the category needs a person, an acknowledgement draft when the rule asks for one."""
    if message.phishing_verdict == "phishing":
        message.status = MessageStatus.QUARANTINED
        message.queue = None
        return
    rules = list(RoutingRule.objects.filter(is_active=True).select_related("queue"))
    rule = routing.choose_rule(rules, category=message.category, sender=message.from_address,
                               text=f"{message.subject}\n{message.body_text[:5000]}")
    message.queue = rule.queue if rule else None
    message.assignee = rule.assignee if rule else None
    message.status = MessageStatus.REVIEW if needs_review else MessageStatus.ROUTED
    if rule and rule.send_acknowledgement and message.phishing_verdict == "clean" and message.from_address:
        draft_acknowledgement(organization, message)


def draft_acknowledgement(organization, message: Message) -> AcknowledgementDraft | None:
    text = routing.acknowledgement_text(category=message.category, language=message.language,
                                        subject=message.subject, sender_name=message.from_name,
                                        organization_name=organization.name)
    if text is None or AcknowledgementDraft.objects.filter(message=message).exists():
        return None
    subject, body = text
    return AcknowledgementDraft.objects.create(message=message, language="en" if message.language == "en" else "nb",
                                               to_address=message.reply_to or message.from_address,
                                               subject=subject, body=body)


def hand_attachments_to_documents(organization, message: Message) -> None:
    try:
        from fornuft.invoices.services import receive_attachment
    except ImportError:
        return
    for attachment in message.attachments.filter(stored__isnull=False, document_reference=""):
        try:
            document = receive_attachment(organization, attachment.stored, source="mail", reference=str(message.pk))
        except Exception as exc:  # the documents side must not stop mail intake
            logger.warning("document intake failed for attachment %s: %s", attachment.pk, exc)
            continue
        if document is not None:
            attachment.document_reference = f"{document._meta.label_lower}:{document.pk}"[:100]
            attachment.save(update_fields=["document_reference"])


# -- the pipeline --------------------------------------------------------------------------
def ingest(organization, raw: bytes, *, source: str = "", mailbox=None, context=None,
           classifier: Classifier | None = None) -> Outcome:
    """Runs the whole pipeline for one raw message (see module docstring)."""
    raw = raw or b""
    with activate(organization):
        stored, problems = store_raw(organization, raw, source=source)
        duplicate = find_duplicate(organization, stored.sha256)
        if duplicate is not None:
            return Outcome(duplicate, False, [])
        parsed = parse_message(raw)
        duplicate = find_duplicate(organization, stored.sha256, parsed)
        if duplicate is not None:
            return Outcome(duplicate, False, [])
        message = Message.objects.create(
            raw=stored, mailbox=mailbox, source=source[:500], content_hash=stored.sha256, size=len(raw),
            message_id=parsed.message_id, in_reply_to=parsed.in_reply_to, subject=parsed.subject,
            from_name=parsed.from_name, from_address=parsed.from_address, reply_to=parsed.reply_to,
            to_addresses=", ".join(parsed.to)[:5000], sent_at=_aware(parsed.date),
            body_text=parsed.text, body_html=parsed.html, problems=problems + parsed.problems,
        )
        process(organization, message, parsed, context=context, classifier=classifier, new=True)
        return Outcome(message, True, message.problems)


def process(organization, message: Message, parsed: ParsedMessage, *, context=None,
            classifier: Classifier | None = None, new: bool = False) -> None:
    """Steps 4–8 for a stored message; a failure marks it FAILED with the reason."""
    try:
        ensure_setup(organization)
        with transaction.atomic():
            if new or message.thread_id is None:
                attach_thread(message, parsed)
            if new:
                store_attachments(organization, message, parsed)
            classifier = classifier or load_classifier(organization)
            context = context if context is not None else _context(organization)
            decision = sort_message(organization, message, parsed, classifier)
            check_phishing(organization, message, parsed, context)
            route_message(organization, message, needs_review=decision.needs_review)
            message.save()
        if message.status != MessageStatus.QUARANTINED:
            hand_attachments_to_documents(organization, message)
    except Exception as exc:  # keep the stored message, say why, continue with the next one
        logger.exception("processing mail %s failed", message.pk)
        message.status = MessageStatus.FAILED
        message.problems = [*message.problems, f"processing failed: {type(exc).__name__}: {exc}"[:500]]
        Message.objects.for_organization(message.organization_id).filter(pk=message.pk).update(
            status=message.status, problems=message.problems)


def reprocess(message: Message, *, classifier: Classifier | None = None) -> Message:
    """Runs parsing and steps 4–8 again from the stored raw bytes."""
    organization = message.organization
    raw = message.raw.read_bytes() if message.raw is not None else b""
    parsed = parse_message(raw)
    with activate(organization):
        message.problems = [p for p in message.problems if not p.startswith("processing failed")]
        process(organization, message, parsed, classifier=classifier)
    return message


def _context(organization):
    from fornuft.mail.context import organization_context

    return organization_context(organization)


def _aware(value):
    if value is None:
        return None
    try:
        if timezone.is_naive(value):
            return timezone.make_aware(value, timezone.get_default_timezone())
        return value
    except (ValueError, OverflowError):
        return None
