"""The language model's help on the review page, on request: a summary of the subject, a draft
reply grounded in the knowledge base, and a second opinion on each correctable field.

Only offered when a model is configured and the subject has text to work from (a mail's body,
a chat's turns). Each answer is an `AIText`, logged as a decision of its own AI system by
`uses`, and shown to the reviewer marked as AI-generated; nothing is changed by it."""

from __future__ import annotations

from dataclasses import dataclass, field

from fornuft.platform.llm import uses
from fornuft.platform.llm.client import language_model

ACTIONS = ("summary", "draft_reply", "second_opinion")
KB_PASSAGES = 3


@dataclass
class Assistance:
    """What the reviewer asked for and what came back (`texts` empty: the model gave nothing usable)."""

    action: str
    texts: list[tuple[str, uses.AIText]] = field(default_factory=list)  # (label, text)
    sources: list[str] = field(default_factory=list)  # titles of the passages a draft may cite, [1], [2] …


def subject_text(subject) -> str:
    if subject.body:
        return subject.body
    return "\n".join(f"{speaker}: {text}" for speaker, text in subject.transcript)


def offered(subject) -> tuple[str, ...]:
    """The actions worth offering for this subject; none while no model is configured."""
    if language_model() is None or not subject_text(subject).strip():
        return ()
    return ACTIONS


def assist(organization, task, subject, action: str, fields=()) -> Assistance:
    """Runs one action; ValueError for an action this subject does not offer."""
    if action not in offered(subject):
        raise ValueError(action)
    reference = ("governance.reviewtask", task.pk)
    text = subject_text(subject)
    language = "en" if getattr(task.decision, "output", {}).get("language") == "en" else "nb"
    result = Assistance(action)
    if action == "summary":
        summary = uses.summarize(organization, text, subject=reference, language=language, purpose="review")
        result.texts = [("", summary)] if summary else []
    elif action == "draft_reply":
        question = _customer_words(subject)
        passages = _passages(organization, question)
        result.sources = [p["title"] for p in passages]
        draft = uses.draft_reply(organization, question, passages, subject=reference, language=language)
        result.texts = [("", draft)] if draft else []
    else:
        for correctable in fields:
            current = subject.values.get(correctable.name)
            opinion = uses.second_opinion(organization, str(correctable.label), None if current is None
                                          else str(current), text, subject=reference)
            if opinion is not None:
                result.texts.append((str(correctable.label), opinion))
    return result


def _customer_words(subject) -> str:
    """The customer's last words: a mail's body, or a chat's last turn by the customer."""
    if subject.transcript:
        from fornuft.assistant.models import Message

        customer = str(Message.Role.CUSTOMER.label)  # the transcript's speakers are labels in the reader's language
        said = [text for speaker, text in subject.transcript if speaker == customer]
        return said[-1] if said else subject.transcript[-1][1]
    return subject.body


def _passages(organization, question: str) -> list[dict]:
    """The knowledge-base passages the assistant itself would answer from."""
    from fornuft.assistant.services import knowledge_base

    kb = knowledge_base(organization)
    if kb is None:
        return []
    passages, seen = [], set()
    for hit in kb.search(question, k=KB_PASSAGES * 2):
        passage = kb.passages[hit.index]
        if passage.article_id in seen:
            continue
        seen.add(passage.article_id)
        passages.append({"title": passage.title, "text": passage.text})
        if len(passages) == KB_PASSAGES:
            break
    return passages
