"""The mail pipeline: one raw message in, a stored, sorted, checked and routed message out.

`ingest` stores the raw bytes first (never lost), drops duplicates (same bytes, or the
same Message-ID, sender and subject), parses and creates the `Message`; then the steps
of `STEPS` run on it under the platform's step contract (`fornuft.platform.workitems`):

1. `ParseStored`       the stored bytes are parsed again (only on `reprocess`);
2. `AttachThread`      In-Reply-To / References join the message to its thread;
3. `StoreAttachments`  each attachment into the blob store, archives inspected;
4. `SortMessage`       category, confidence, language, urgency, sentiment;
5. `CheckPhishing`     the phishing verdict with its reasons;
6. `RecordDecisions`   decisions "mail.classifier" and "mail.phishing" to the log;
7. `RouteMessage`      phishing → quarantine (stops the pipeline); else the queue/person
                       of the first matching rule, an acknowledgement draft where the rule
                       asks for one;
8. `HandAttachments`   attachments offered to invoice intake.

Steps 2, 3 and 6–8 run only on a stored message; `fornuft mail classify` runs the same
steps on an unsaved one (`analyse`), so it sorts and checks exactly as the worker does
without storing anything. A failing step marks the message FAILED with the reason;
`reprocess(message)` runs the steps again from the stored bytes. Nothing is dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from fornuft.core import blobs
from fornuft.core.tenancy import activate
from fornuft.mail import conversation_rules, phishing, routing, sorting, tone
from fornuft.mail.models import (
    AcknowledgementDraft,
    Attachment,
    BlockedSender,
    Category,
    ConversationState,
    MailEvent,
    Message,
    MessageStatus,
    OutgoingReply,
    RoutingRule,
    Stream,
    TeamQueue,
    Thread,
)
from fornuft.mail.parsing import ParsedMessage, parse_message
from fornuft.ml.language import detect_language
from fornuft.platform import events
from fornuft.platform.workitems import PipelineResult, Step, StopPipeline, mark_failed, retry, run_pipeline

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
    """A loaded model and what the organization allows it to predict (None: anything)."""

    model: object
    version: str
    allowed: set[str] | None
    # The company glossary (fornuft.glossary.terms.Glossary): jargon in a message is read
    # together with its plain words ("EO" also as "endringsordre, change order").
    glossary: object = None
    _ahead: dict[str, tuple] = field(default_factory=dict, repr=False)

    def _inputs(self, texts: list[str]) -> list[str]:
        if not self.glossary:
            return texts
        from fornuft.ml.blend import FEATURE_MARK, split_features

        expanded = []
        for text in texts:  # the glossary explains the words, not the feature channel
            words, features = split_features(text)
            expanded.append(self.glossary.expand(words) + (FEATURE_MARK + features if features else ""))
        return expanded

    def classify_ahead(self, texts: list[str]) -> None:
        """Classifies many texts in one batch (far faster per text than one by one);
        `classify` then answers those texts from the batch."""
        results = sorting.classify_texts(self.model, self._inputs(texts), self.allowed)
        for text, result in zip(texts, results, strict=True):
            self._ahead[text] = result

    def classify(self, text: str) -> tuple:
        """(category, confidence, explanation) for one text."""
        result = self._ahead.pop(text, None)
        return result if result is not None else sorting.classify_texts(self.model, self._inputs([text]),
                                                                        self.allowed)[0]


@dataclass
class MailWork:
    """What the steps of one run share: the parsed message, the model, what the shield
    knows about the organization, and what the steps found."""

    organization: object = None
    parsed: ParsedMessage | None = None
    classifier: Classifier | None = None
    context: phishing.OrgContext | None = None
    sort_explanation: dict = field(default_factory=dict)
    verdict: phishing.Verdict | None = None
    needs_review: bool = False

    @property
    def message(self) -> ParsedMessage:
        """The parsed message (`ParseStored` parses the stored bytes when a run starts without it)."""
        if self.parsed is None:
            raise RuntimeError("the message has not been parsed")
        return self.parsed

    @property
    def phishing_verdict(self) -> phishing.Verdict:
        if self.verdict is None:
            raise RuntimeError("the phishing check has not run")
        return self.verdict


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
    return Classifier(active.model, active.version, allowed, glossary=_glossary(organization))


def _glossary(organization):
    """The organization's glossary when mail sorting is set to read through it
    (`FORNUFT_MAIL_GLOSSARY`), else None. Off by default: on the blind jargon set the seed
    model, trained without glossary-expanded texts, sorted worse with it (macro-F1 0.832 ->
    0.808), so it stays off until the mail model learns from expanded texts too."""
    from django.apps import apps
    from django.conf import settings

    if not getattr(settings, "FORNUFT_MAIL_GLOSSARY", False) or not apps.is_installed("fornuft.glossary"):
        return None
    from fornuft.glossary import services as glossary

    found = glossary.glossary_for(organization)
    return found or None


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


SUBJECT_THREAD_DAYS = 30  # a same-subject message from the same correspondent joins a thread this recent


def _thread_by_subject(message: Message) -> Thread | None:
    key = conversation_rules.subject_key(message.subject)
    if not key or not message.from_address:
        return None
    since = message.received_at - timedelta(days=SUBJECT_THREAD_DAYS)
    return (Thread.objects.filter(subject_key=key, correspondent=message.from_address, last_message_at__gte=since)
            .order_by("-last_message_at").first())


def attach_thread(message: Message, parsed: ParsedMessage) -> None:
    """Joins the thread of the message this one answers (In-Reply-To, then References,
    newest first, including replies sent from the inbox); failing that, a recent thread with
    the same subject (without "Re:"/"SV:") and the same correspondent; starts a new thread
    otherwise. A new message from the customer opens a thread that was pending or done."""
    parent_ids = [i for i in [parsed.in_reply_to, *reversed(parsed.references)] if i]
    thread = None
    if parent_ids:
        parent = (Message.objects.filter(message_id__in=parent_ids, thread__isnull=False)
                  .order_by("-received_at").first())
        thread = parent.thread if parent else None
        if thread is None:
            reply = OutgoingReply.objects.filter(message_id__in=parent_ids).select_related("thread").first()
            thread = reply.thread if reply else None
    if thread is None and message.message_id:
        # a reply that arrived before its parent: adopt the reply's thread
        child = Message.objects.filter(in_reply_to=message.message_id, thread__isnull=False).first()
        thread = child.thread if child else None
    if thread is None and not parent_ids:
        thread = _thread_by_subject(message)
    message.is_bulk = bool(conversation_rules.bulk_reasons(parsed.headers, message.from_address))
    if thread is None:
        thread = Thread.objects.create(
            subject=message.subject[:500], started_at=message.received_at, last_message_at=message.received_at,
            subject_key=conversation_rules.subject_key(message.subject), correspondent=message.from_address,
            stream=Stream.OTHER if message.is_bulk else Stream.FOCUSED)
    else:
        changes: dict[str, object] = {"last_message_at": timezone.now()}
        if thread.state != ConversationState.OPEN:
            changes["state"] = ConversationState.OPEN
            MailEvent.objects.create(organization=message.organization, thread=thread, message=message, kind="reopened",
                                     detail={"old": thread.state, "new": ConversationState.OPEN})
        if not message.is_bulk and thread.stream == Stream.OTHER:
            changes["stream"] = Stream.FOCUSED  # a person answered in a bulk thread: it matters now
        Thread.objects.filter(pk=thread.pk).update(**changes)
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


def attachment_names(parsed: ParsedMessage) -> list[str]:
    """The file names the sorting model reads (inline pictures such as logos say nothing)."""
    return [a.filename for a in parsed.attachments if a.filename and not a.content_type.startswith("image/")]


def sort_message(message: Message, parsed: ParsedMessage, classifier: Classifier, context=None) -> dict:
    """Sets category, confidence, language, urgency and sentiment; returns the explanation."""
    text = sorting.with_features(sorting.message_text(parsed.subject, parsed.text, attachment_names(parsed)),
                                 sorting.parsed_features(parsed, context))
    category, confidence, explanation = classifier.classify(text)
    message.category, message.confidence = category, round(confidence, 4)
    message.language = detect_language(f"{parsed.subject}\n{parsed.text[:3000]}")
    message.urgency = tone.urgency(parsed.text, parsed.headers)
    message.sentiment = tone.sentiment(parsed.text) if category in ("customer_support", "sales_inquiry") else ""
    message.model_version = classifier.version
    return explanation


def check_phishing(message: Message, parsed: ParsedMessage, context: phishing.OrgContext) -> phishing.Verdict:
    """Sets the phishing verdict, score and reasons."""
    verdict = phishing.assess(parsed, context)
    message.phishing_verdict, message.phishing_score = verdict.verdict, verdict.score
    message.phishing_reasons = verdict.reasons
    return verdict


def record_decisions(organization, message: Message, work: MailWork) -> None:
    """Logs the category and phishing decisions; `work.needs_review` says whether the
    category decision went to a person."""
    from fornuft.governance.decisions import record_decision

    top = sorted(work.sort_explanation["probabilities"].items(), key=lambda kv: -kv[1])[:3]
    decision = record_decision(
        organization, "mail.classifier", subject=message,
        output={"category": message.category, "language": message.language, "urgency": message.urgency,
                "sentiment": message.sentiment},
        confidence=message.confidence,
        explanation={"top_features": _redacted_features(work.sort_explanation["top_features"]),
                     "probabilities": [[c, p] for c, p in top]},
        model_version=message.model_version,
    )
    message.category_decision_seq = decision.seq
    work.needs_review = decision.needs_review
    verdict = work.phishing_verdict
    decision = record_decision(
        organization, "mail.phishing", subject=message,
        output={"verdict": verdict.verdict, "score": verdict.score},
        confidence=max(verdict.score, 1 - verdict.score),
        explanation={"rules": [s.code for s in verdict.signals], "reasons": _redacted(verdict.reasons)},
        # The registry's version: the active scam-text model once one is registered ("rules-1" before).
        model_version=None,
    )
    message.phishing_decision_seq = decision.seq


def route_message(organization, message: Message, *, needs_review: bool) -> None:
    """Quarantine for phishing; otherwise queue/person from the rules, review status when
    the category needs a person, an acknowledgement draft when the rule asks for one."""
    if message.phishing_verdict == "phishing":
        message.status = MessageStatus.QUARANTINED
        message.queue = None
        return
    blocked = list(BlockedSender.objects.values_list("address", flat=True))
    if conversation_rules.sender_blocked(message.from_address, blocked):
        message.status, message.queue, message.blocked_sender = MessageStatus.QUARANTINED, None, True
        return
    rules = list(RoutingRule.objects.filter(is_active=True).select_related("queue"))
    rule = routing.choose_rule(rules, category=message.category, sender=message.from_address,
                               text=f"{message.subject}\n{message.body_text[:5000]}")
    message.queue = rule.queue if rule else None
    message.assignee = rule.assignee if rule else None
    if message.assignee_id and message.thread_id:  # the rule's person owns a conversation nobody has yet
        Thread.objects.filter(pk=message.thread_id, assignee__isnull=True).update(assignee=message.assignee_id)
    message.status = MessageStatus.REVIEW if needs_review else MessageStatus.ROUTED
    if rule and rule.send_acknowledgement and message.phishing_verdict == "clean" and message.from_address:
        draft_acknowledgement(organization, message)


# -- the steps (contract: fornuft.platform.workitems) --------------------------------------
class _StoredOnly(Step):
    """A step that writes: it runs only on a stored message (not in `analyse`)."""

    def able_to_run(self, message: Message, work: MailWork) -> bool:
        return message.pk is not None


class ParseStored(Step):
    name = "parse"

    def able_to_run(self, message: Message, work: MailWork) -> bool:
        return work.parsed is None

    def run(self, message: Message, work: MailWork) -> None:
        stored = message.stored_file
        work.parsed = parse_message(stored.read_bytes() if stored is not None else b"")


class AttachThread(_StoredOnly):
    name = "thread"

    def able_to_run(self, message: Message, work: MailWork) -> bool:
        return super().able_to_run(message, work) and message.thread_id is None

    def run(self, message: Message, work: MailWork) -> None:
        attach_thread(message, work.message)
        message.save(update_fields=["thread", "is_bulk"])


class StoreAttachments(_StoredOnly):
    name = "attachments"

    def able_to_run(self, message: Message, work: MailWork) -> bool:
        return (super().able_to_run(message, work) and bool(work.message.attachments)
                and not message.attachments.exists())

    def run(self, message: Message, work: MailWork) -> None:
        store_attachments(work.organization, message, work.message)


class SortMessage(Step):
    name = "sort"

    def run(self, message: Message, work: MailWork) -> None:
        work.classifier = work.classifier or load_classifier(work.organization)
        if work.context is None and work.organization is not None:
            work.context = _context(work.organization)  # staff and their roles weigh in below
        work.sort_explanation = sort_message(message, work.message, work.classifier, work.context)
        reweighed = sorting.reweigh(work.sort_explanation.get("probabilities") or {},
                                    sorting.structure_likelihoods(
                                        work.message, work.context,
                                        getattr(work.classifier.model, "feature_labels_", None)),
                                    work.classifier.allowed)
        if reweighed and reweighed[0] != message.category:
            message.category, message.confidence = reweighed[0], round(reweighed[1], 4)
            work.sort_explanation = {**work.sort_explanation, "label": reweighed[0],
                                     "rule": "the message's headers and recipients"}
        settled = sorting.structural_category(work.message, work.context)
        if settled and settled[1].startswith("written by") and message.category in sorting.INTERNAL_CATEGORIES:
            settled = None
        if settled and (not work.classifier.allowed or settled[0] in work.classifier.allowed):
            message.category, message.confidence = settled[0], max(message.confidence, 0.9)
            work.sort_explanation = {**work.sort_explanation, "label": settled[0], "rule": settled[1]}


class CheckPhishing(Step):
    name = "phishing"

    def run(self, message: Message, work: MailWork) -> None:
        if work.context is None:
            work.context = _context(work.organization)
        work.verdict = check_phishing(message, work.message, work.context)


class RecordDecisions(_StoredOnly):
    name = "decisions"

    def run(self, message: Message, work: MailWork) -> None:
        record_decisions(work.organization, message, work)


class RouteMessage(_StoredOnly):
    name = "route"

    def run(self, message: Message, work: MailWork) -> None:
        route_message(work.organization, message, needs_review=work.needs_review)
        message.save()
        if message.status == MessageStatus.QUARANTINED:
            why = ["blocked sender"] if message.blocked_sender else message.phishing_reasons[:1]
            raise StopPipeline("quarantined: " + "; ".join(why))
        announce_sorted(work.organization, message)


class HandAttachments(_StoredOnly):
    name = "hand-off"

    def able_to_run(self, message: Message, work: MailWork) -> bool:
        return super().able_to_run(message, work) and message.attachments.filter(
            stored__isnull=False, document_reference="").exists()

    def run(self, message: Message, work: MailWork) -> None:
        hand_attachments_to_invoices(work.organization, message)


class HandToProjects(_StoredOnly):
    """A mail sorted as a project assignment becomes a project draft (when projects is installed)."""

    name = "hand-to-projects"

    def able_to_run(self, message: Message, work: MailWork) -> bool:
        return (super().able_to_run(message, work) and message.category == "project_assignment"
                and message.status != MessageStatus.QUARANTINED and message.stored_file_id is not None)

    def run(self, message: Message, work: MailWork) -> None:
        try:
            from fornuft.projects.services import receive_assignment_mail
        except ImportError:
            return
        try:
            receive_assignment_mail(work.organization, message.stored_file, reference=f"mail:{message.pk}")
        except Exception as exc:  # the projects side must not stop mail intake
            logger.warning("project intake failed for message %s: %s", message.pk, exc)


STEPS: list[Step] = [ParseStored(), AttachThread(), StoreAttachments(), SortMessage(), CheckPhishing(),
                     RecordDecisions(), RouteMessage(), HandAttachments(), HandToProjects()]


def announce_sorted(organization, message: Message) -> None:
    """Tells other capabilities (no-code apps triggered by a category) that a stored message
    is sorted and routed: the platform event "mail.sorted". Called after the message is saved,
    by the pipeline and when a person settles the category; never for quarantine or review."""
    if message.pk and message.status == MessageStatus.ROUTED:
        events.emit("mail.sorted", organization, message=message)


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


def hand_attachments_to_invoices(organization, message: Message) -> None:
    try:
        from fornuft.invoices.services import receive_attachment
    except ImportError:
        return
    try:  # a contract attached to a mail goes to contracts, not invoices
        from fornuft.contracts.services import receive_attachment as receive_contract
    except ImportError:
        receive_contract = None
    for attachment in message.attachments.filter(stored__isnull=False, document_reference=""):
        try:
            document = receive_contract(organization, attachment.stored, source="mail", reference=str(message.pk)) \
                if receive_contract else None
            if document is None:
                document = receive_attachment(organization, attachment.stored, source="mail",
                                              reference=str(message.pk))
        except Exception as exc:  # the documents side must not stop mail intake
            logger.warning("document intake failed for attachment %s: %s", attachment.pk, exc)
            continue
        if document is not None:
            attachment.document_reference = f"{document._meta.label_lower}:{document.pk}"[:100]
            attachment.save(update_fields=["document_reference"])


# -- the pipeline --------------------------------------------------------------------------
def ingest(organization, raw: bytes, *, source: str = "", mailbox=None, context=None,
           classifier: Classifier | None = None) -> Outcome:
    """Stores, deduplicates and creates the message, then runs `STEPS` on it."""
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
            stored_file=stored, mailbox=mailbox, source=source[:500], content_hash=stored.sha256, size=len(raw),
            message_id=parsed.message_id, in_reply_to=parsed.in_reply_to, subject=parsed.subject,
            from_name=parsed.from_name, from_address=parsed.from_address, reply_to=parsed.reply_to,
            to_addresses=", ".join(parsed.to)[:5000], sent_at=_aware(parsed.date),
            body_text=parsed.text, body_html=parsed.html, problems=problems + parsed.problems,
        )
        process(organization, message, MailWork(organization, parsed, classifier, context))
        return Outcome(message, True, message.problems)


def process(organization, message: Message, work: MailWork, *, again: bool = False) -> PipelineResult:
    """Runs `STEPS` on a stored message; a failing step marks it FAILED with the reason."""
    with activate(organization):
        try:
            ensure_setup(organization)
        except Exception as exc:  # the message stays stored and says why; a retry can finish it
            mark_failed(message, f"setup: {type(exc).__name__}: {exc}")
            return PipelineResult(failed=str(exc))
        return retry(message, STEPS, work) if again else run_pipeline(message, STEPS, work)


def reprocess(message: Message, *, classifier: Classifier | None = None) -> Message:
    """Runs the steps again from the stored raw bytes (after a failure, or a new model)."""
    organization = message.organization
    process(organization, message, MailWork(organization, classifier=classifier), again=True)
    return message


def analyse(parsed: ParsedMessage, *, organization=None, classifier: Classifier,
            context: phishing.OrgContext) -> tuple[Message, MailWork]:
    """Sorts and checks a message without storing anything (`fornuft mail classify`): the
    same steps as intake, on an unsaved message, so the steps that write are skipped."""
    message = Message(subject=parsed.subject, from_name=parsed.from_name, from_address=parsed.from_address,
                      message_id=parsed.message_id, body_text=parsed.text)
    work = MailWork(organization, parsed, classifier, context)
    run_pipeline(message, STEPS, work)
    return message, work



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
