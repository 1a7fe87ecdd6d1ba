"""Mail actions: the one function per action that views, the API, the CLI and tasks call.

- `quarantine_message(message, user)`: a person reports a message as phishing;
- `release_message(message, user)`: a person decides a quarantined message is safe;
- `send_acknowledgement(draft, user, subject=…, body=…)`: a person approves and sends a
  drafted acknowledgement (nothing is sent without a person);
- `discard_acknowledgement(draft, user)`;
- `reprocess_message(message)`: runs the intake steps again (after a failure).

Each person's decision is logged in governance and kept as a training example.
"""

from __future__ import annotations

from django.core.mail import EmailMessage, send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.core.tenancy import activate
from fornuft.governance.training_data import ExampleSource
from fornuft.mail import intake
from fornuft.mail.models import AcknowledgementDraft, DraftStatus, Message, MessageStatus
from fornuft.mail.training import PHISHING, _resolve_review_silently, add_example

PHISHING_RULES_VERSION = "rules-1"


class MailActionError(ValueError):
    """The action does not fit the message or draft as it is now (the text says why)."""


def quarantine_message(message: Message, user) -> Message:
    """A person reports a message as phishing: logged, quarantined, learned from."""
    from fornuft.governance.decisions import record_decision

    organization = message.organization
    with activate(organization), transaction.atomic():
        decision = record_decision(organization, "mail.phishing", subject=message,
                                   output={"verdict": "phishing", "previous": message.phishing_verdict},
                                   confidence=1.0, explanation={"verdict": "reported by a person"},
                                   actor=user, model_version=PHISHING_RULES_VERSION)
        message.phishing_decision_seq = decision.seq
        message.phishing_verdict = "phishing"
        message.status = MessageStatus.QUARANTINED
        message.queue = None
        message.save()
        add_example(organization, message, system=PHISHING, label="phishing", source=ExampleSource.REPORT,
                    user=user)
    return message


def release_message(message: Message, user) -> Message:
    """A person decides a quarantined message is safe: logged, routed to its queue, learned
    from, and its attachments handed on as for any other message."""
    from fornuft.governance.decisions import record_decision

    organization = message.organization
    with activate(organization), transaction.atomic():
        if message.status != MessageStatus.QUARANTINED:
            raise MailActionError(_("The message is not in quarantine."))
        decision = record_decision(organization, "mail.phishing", subject=message,
                                   output={"verdict": "clean", "previous": message.phishing_verdict,
                                           "released": True},
                                   confidence=1.0, explanation={"verdict": "released by a person"},
                                   actor=user, model_version=PHISHING_RULES_VERSION)
        _resolve_review_silently(organization, message.phishing_decision_seq, user, {"verdict": "clean"})
        message.phishing_decision_seq = decision.seq
        message.phishing_verdict = "clean"
        intake.route_message(organization, message, needs_review=False)
        message.status = MessageStatus.RELEASED if message.queue_id is None else MessageStatus.ROUTED
        message.save()
        add_example(organization, message, system=PHISHING, label="clean", source=ExampleSource.RELEASE, user=user)
    with activate(organization):
        intake.hand_attachments_to_invoices(organization, message)
    return message


def _open_draft(draft: AcknowledgementDraft) -> None:
    if draft.status != DraftStatus.DRAFT:
        raise MailActionError(_("This draft was already handled."))


def send_acknowledgement(draft: AcknowledgementDraft, user, *, subject: str | None = None,
                         body: str | None = None) -> AcknowledgementDraft:
    """Sends the draft (with the person's edits) and records who approved it. If sending
    fails, the draft stays a draft and the error reaches the caller."""
    _open_draft(draft)
    draft.subject = (subject if subject is not None else draft.subject)[:500]
    draft.body = body if body is not None else draft.body
    if not draft.subject.strip() or not draft.body.strip():
        raise MailActionError(_("Write a subject and a text before sending."))
    from fornuft.mail import smtp

    if smtp.server_for(draft.organization) is not None:  # the organization's own server, set up in the UI
        smtp.send(draft.organization, EmailMessage(draft.subject, draft.body, to=[draft.to_address]))
    else:
        send_mail(draft.subject, draft.body, None, [draft.to_address])
    draft.status, draft.approved_by, draft.approved_at = DraftStatus.SENT, user, timezone.now()
    draft.save()
    return draft


def discard_acknowledgement(draft: AcknowledgementDraft, user) -> AcknowledgementDraft:
    _open_draft(draft)
    draft.status = DraftStatus.DISCARDED
    draft.save(update_fields=["status"])
    return draft


def reprocess_message(message: Message) -> Message:
    """Runs the intake steps again from the stored bytes (the platform's retry)."""
    return intake.reprocess(message)


def route_message_to(organization, message_id: int, target: str) -> str:
    """Moves a message to the team queue (key or name) or the person (username, e-mail or
    full name) that `target` names, for another capability (a no-code app's "route" action);
    returns "queue:<key>" or "person:<username>". MailActionError when nothing matches."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q, Value
    from django.db.models.functions import Concat

    from fornuft.mail.models import TeamQueue

    wanted = (target or "").strip()
    with activate(organization):
        message = Message.objects.get(pk=message_id)
        if message.status == MessageStatus.QUARANTINED:
            raise MailActionError(_("A quarantined message is not routed."))
        queue = TeamQueue.objects.filter(Q(key__iexact=wanted) | Q(name__iexact=wanted)).first() if wanted else None
        if queue is not None:
            message.queue = queue
            message.save(update_fields=["queue"])
            return f"queue:{queue.key}"
        person = (get_user_model().objects.filter(organization=organization, is_active=True)
                  .annotate(full=Concat("first_name", Value(" "), "last_name"))
                  .filter(Q(username__iexact=wanted) | Q(email__iexact=wanted) | Q(full__iexact=wanted))
                  .first()) if wanted else None
        if person is None:
            raise MailActionError(_("No queue or person is called “%(name)s”.") % {"name": wanted})
        message.assignee = person
        message.save(update_fields=["assignee"])
        return f"person:{person.username}"
