"""Service functions behind the widget, the REST API, the agent UI and the CLI's database
side: conversations, hand-off, agent replies, feedback, the knowledge base in the database."""

from __future__ import annotations

import threading
from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.assistant import appearance, handoff, hours, training
from fornuft.assistant.engine import Assistant, KnowledgeBase, Reply, Settings, Turn
from fornuft.assistant.kb import Article as KBArticle
from fornuft.assistant.kb import parse_markdown, stored_body
from fornuft.assistant.models import Article, ArticleVersion, AssistantSettings, Conversation, Message
from fornuft.core import tenancy

RATE_LIMIT_MESSAGES = 8          # customer messages …
RATE_LIMIT_WINDOW = timedelta(seconds=30)  # … per conversation within this window
CUSTOMER_MESSAGE_MAX = 20_000  # characters kept of one customer message
TRANSPARENCY = {
    "nb": "Hei! Du chatter med en automatisk assistent (KI), ikke et menneske. Jeg svarer ut fra "
          "kunnskapsbasen vår og viser kilden. Skriv «menneske» når som helst for å snakke med en medarbeider.",
    "en": "Hi! You are chatting with an automated assistant (AI), not a person. I answer from our knowledge "
          "base and show the source. Type “human” at any time to talk to a member of staff.",
}
RATE_LIMITED = {
    "nb": "Du sender meldinger veldig raskt. Vent gjerne et halvt minutt, så svarer jeg igjen.",
    "en": "You are sending messages very quickly. Please wait half a minute and I will answer again.",
}
WAITING = {
    "nb": "Takk, meldingen er lagt til saken. En medarbeider svarer deg her.",
    "en": "Thank you, your message has been added to the case. A member of staff will reply here.",
}

_cache: dict[int, tuple[tuple, KnowledgeBase]] = {}
_cache_lock = threading.Lock()
_build_lock = threading.Lock()


def get_settings(organization) -> AssistantSettings:
    with tenancy.activate(organization):
        found = AssistantSettings.objects.filter(organization=organization).first()
        if found is None:
            found, created = AssistantSettings.objects.get_or_create(organization=organization)
            if created:  # read back: the time defaults are strings until they come from the database
                found.refresh_from_db()
        return found


class OriginError(ValueError):
    """A line of the allowed web sites is not an origin; the message names it."""


def clean_origins(text: str) -> str:
    """The allowed-origins list, one `https://host[:port]` per line; raises OriginError
    naming the first line that is not an origin (a path, a wildcard, no scheme)."""
    from urllib.parse import urlsplit

    lines = [line.strip().rstrip("/") for line in text.splitlines() if line.strip()]
    if len(lines) > 50:
        raise OriginError(_("At most 50 web sites."))
    for line in lines:
        parts = urlsplit(line) if len(line) <= 200 else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or parts.path \
                or parts.query or "*" in line:
            raise OriginError(_("%(line)s is not a web site origin; write it like https://www.example.no "
                                "(no path, no wildcard).") % {"line": line[:80]})
    return "\n".join(lines)


def _glossary_state(organization) -> tuple:
    from django.apps import apps

    if not apps.is_installed("fornuft.glossary"):
        return ()
    from fornuft.glossary.models import GlossaryEntry

    rows = GlossaryEntry.objects.for_organization(organization)
    state = rows.aggregate(latest=Max("updated_at"), count=Count("id"))
    return (state["count"], state["latest"])


def _glossary_groups(organization) -> list[list[str]]:
    """The company glossary's terms as synonym groups for retrieval (the glossary replaces
    per-knowledge-base synonym lists; those still count where an organization kept one)."""
    from django.apps import apps

    if not apps.is_installed("fornuft.glossary"):
        return []
    from fornuft.glossary import services as glossary

    return glossary.synonym_groups(organization)


def knowledge_base(organization, config: AssistantSettings | None = None) -> KnowledgeBase | None:
    """The organization's published articles as a fitted index (cached until an article changes)."""
    from fornuft.ml.retrieval import parse_synonyms

    with tenancy.activate(organization):
        published = Article.objects.filter(is_published=True)
        state = published.aggregate(latest=Max("updated_at"), count=Count("id"))
        config = config or get_settings(organization)
        key = (state["count"], state["latest"], config.synonyms, _glossary_state(organization))
        with _cache_lock:
            cached = _cache.get(organization.pk)
            if cached and cached[0] == key:
                return cached[1]
        if not key[0]:
            return None
    with _build_lock, tenancy.activate(organization):  # one build at a time; others wait and reuse it
        with _cache_lock:
            cached = _cache.get(organization.pk)
            if cached and cached[0] == key:
                return cached[1]
        articles, synonyms = [], parse_synonyms(config.synonyms.splitlines()) + _glossary_groups(organization)
        for row in published:
            parsed = parse_markdown(row.body, row.slug)
            articles.append(KBArticle(id=row.slug, title=row.title, body=parsed.body, language=row.language,
                                      tags=[t.strip() for t in row.tags.split(",") if t.strip()],
                                      questions=parsed.questions))
            if parsed.synonyms:
                synonyms.extend(parse_synonyms(parsed.synonyms))
        kb = KnowledgeBase(articles, synonyms)
        with _cache_lock:
            _cache[organization.pk] = (key, kb)
        return kb


def intent_model(organization):
    """The organization's active intent model, or None (the assistant then answers from
    retrieval alone). Never trained here: `fornuft.assistant.tasks` trains it in the
    background; this is one query and, after the first load, the process cache."""
    from fornuft.assistant.training import INTENT_SYSTEM, IntentTrainer
    from fornuft.governance import model_store

    active = model_store.load_active(organization, INTENT_SYSTEM, IntentTrainer())
    return active.model if active is not None else None


def assistant_for(organization, language: str = "nb") -> Assistant | None:
    config = get_settings(organization)
    kb = knowledge_base(organization, config)
    if kb is None:
        return None
    now = timezone.localtime()
    if handoff.is_open_now(config, now):
        next_step = {lang: hours.NEXT_STEP[lang]["open"] for lang in ("nb", "en")}
    else:  # closed: ask how we can reach the customer before the hand-off (fornuft/assistant/handoff.py)
        next_step = dict(handoff.ASK)
    from fornuft.governance.registry import get_system

    # The one threshold: the registry's (changed on the AI-system page), used by the engine.
    threshold = get_system(organization, "assistant.answer").confidence_threshold
    return Assistant(kb, Settings(answer_threshold=threshold,
                                  frustration_threshold=config.frustration_threshold),
                     intent_model=intent_model(organization), next_step=next_step)


# -- knowledge base editing ----------------------------------------------------------------------
ARTICLE_TITLE_MAX = 200  # Article.title
ARTICLE_TAGS_MAX = 200  # Article.tags
ARTICLE_BODY_MAX = 200_000


@transaction.atomic
def save_article(organization, *, slug: str, title: str, body: str, language: str = "nb", tags: str = "",
                 user=None, is_published: bool = True) -> Article:
    """Creates or updates an article; every change is kept as a version."""
    from fornuft.assistant.kb import check_article_id

    check_article_id(slug, "article")
    if not title.strip() or not body.strip():
        raise ValueError("An article needs a title and a text.")
    for label, value, limit in (("title", title, ARTICLE_TITLE_MAX), ("tags", tags, ARTICLE_TAGS_MAX),
                                ("text", body, ARTICLE_BODY_MAX)):
        if len(value) > limit:
            raise ValueError(f"The {label} is too long: {len(value)} characters, at most {limit}. Shorten it.")
    if language not in ("nb", "en"):
        raise ValueError("The language must be nb or en.")
    parse_markdown(body, slug)  # front matter that cannot be read is refused here, not at answer time
    with tenancy.activate(organization):
        article = Article.objects.filter(slug=slug).first()
        if article is None:
            article = Article(organization=organization, slug=slug, title=title, body=body, language=language,
                              tags=tags, is_published=is_published)
        else:
            if (article.title, article.body, article.language, article.tags) == (title, body, language, tags):
                return article
            article.version += 1
            article.title, article.body, article.language, article.tags = title, body, language, tags
            article.is_published = is_published
        article.save()
        ArticleVersion.objects.create(organization=organization, article=article, version=article.version,
                                      title=title, body=body, created_by=user)
    return article


def published_articles(organization) -> list[dict]:
    """The published articles as `{"slug", "title", "language"}`, for pickers in other capabilities."""
    with tenancy.activate(organization):
        return list(Article.objects.filter(is_published=True).order_by("title").values("slug", "title", "language"))


def article_text(organization, slug: str) -> str:
    """A published article as plain reply text: its title, then its text without front matter."""
    with tenancy.activate(organization):
        article = Article.objects.filter(slug=slug, is_published=True).first()
    if article is None:
        return ""
    return f"{article.title}\n\n{parse_markdown(article.body, article.slug).body.strip()}"


def import_articles(organization, articles: list[KBArticle], user=None) -> int:
    """Saves parsed articles (from a folder, uploaded .md files or an FAQ CSV); returns how many."""
    for item in articles:
        save_article(organization, slug=item.id, title=item.title, body=stored_body(item), language=item.language,
                     tags=", ".join(item.tags), user=user)
    return len(articles)


# -- conversations ----------------------------------------------------------------------------------
def start_conversation(organization, channel: str = "widget", language: str = "nb") -> Conversation:
    """A new conversation, opened with the transparency notice (EU AI Act Art. 50)."""
    with tenancy.activate(organization):
        conversation = Conversation.objects.create(organization=organization, channel=channel, language=language)
        Message.objects.create(organization=organization, conversation=conversation, role=Message.Role.SYSTEM,
                               text=TRANSPARENCY.get(language, TRANSPARENCY["nb"]))
        greeting = appearance.greeting(get_settings(organization), language)
        if greeting:
            Message.objects.create(organization=organization, conversation=conversation,
                                   role=Message.Role.ASSISTANT, text=greeting)
    return conversation


def _history(conversation) -> list[Turn]:
    turns = []
    for message in conversation.messages.exclude(role=Message.Role.SYSTEM).order_by("-created_at", "-pk")[:12]:
        turns.append(Turn(message.role, message.text, sources=message.sources, options=message.options,
                          query=message.resolved_query, language=conversation.language,
                          frustration=message.frustration))
    return list(reversed(turns))


def rate_limited(conversation) -> bool:
    since = timezone.now() - RATE_LIMIT_WINDOW
    return conversation.messages.filter(role=Message.Role.CUSTOMER, created_at__gte=since).count() \
        >= RATE_LIMIT_MESSAGES


def customer_message(conversation: Conversation, text: str) -> list[Message]:
    """Stores the customer's message and, while the assistant is in charge, its reply.
    Returns the new messages. Once a person has taken over, the bot stays silent."""
    organization = conversation.organization
    with tenancy.activate(organization):
        if rate_limited(conversation):
            notice = Message(organization=organization, conversation=conversation, role=Message.Role.SYSTEM,
                             text=RATE_LIMITED.get(conversation.language, RATE_LIMITED["nb"]))
            return [notice]  # not stored: flooding must not fill the database
        history = _history(conversation)
        stored_text = text[:CUSTOMER_MESSAGE_MAX]
        if conversation.status == Conversation.Status.CONTACT:
            return _contact_reply(conversation, stored_text)
        if conversation.status in (Conversation.Status.AGENT, Conversation.Status.WAITING,
                                   Conversation.Status.CLOSED):
            message = Message.objects.create(organization=organization, conversation=conversation,
                                             role=Message.Role.CUSTOMER, text=stored_text)
            conversation.status = conversation.status if conversation.status != Conversation.Status.CLOSED \
                else Conversation.Status.WAITING
            conversation.save(update_fields=["status", "updated_at"])
            if conversation.status == Conversation.Status.WAITING and not conversation.messages.filter(
                    role=Message.Role.SYSTEM, text=WAITING.get(conversation.language, WAITING["nb"])).exists():
                notice = Message.objects.create(organization=organization, conversation=conversation,
                                                role=Message.Role.SYSTEM,
                                                text=WAITING.get(conversation.language, WAITING["nb"]))
                return [message, notice]
            return [message]
        assistant = assistant_for(organization)
        if assistant is None:
            from fornuft.assistant.engine import Reply as EmptyReply

            reply = EmptyReply(answer="", sources=[], intent=None, sentiment="neutral", escalate=True,
                               escalation_reason="no_answer", confidence=0.0, language=conversation.language)
            reply.answer = {"nb": "Kunnskapsbasen er tom ennå.", "en": "The knowledge base is empty."}[
                "en" if conversation.language == "en" else "nb"]
        else:
            reply = assistant.reply(text, history)
        if reply.notice:  # empty or far too long: answer politely, store nothing of it
            return [Message(organization=organization, conversation=conversation, role=Message.Role.SYSTEM,
                            text=reply.answer)]
        return _store_turn(conversation, stored_text, reply)


@transaction.atomic
def _store_turn(conversation: Conversation, text: str, reply: Reply) -> list[Message]:
    from fornuft.governance.decisions import record_decision

    organization = conversation.organization
    customer = Message.objects.create(organization=organization, conversation=conversation,
                                      role=Message.Role.CUSTOMER, text=text, resolved_query=reply.resolved_query[:2000],
                                      frustration=reply.frustration, confidence=reply.confidence,
                                      unanswered=reply.escalation_reason == "no_answer")
    answer = Message.objects.create(organization=organization, conversation=conversation,
                                    role=Message.Role.ASSISTANT, text=reply.answer, sources=reply.sources,
                                    options=reply.options, confidence=reply.confidence)
    conversation.language = reply.language
    conversation.sentiment = reply.sentiment
    conversation.frustration = max(conversation.frustration, reply.frustration)
    if reply.intent:
        conversation.intent = reply.intent
    fields = ["language", "sentiment", "frustration", "intent", "updated_at"]
    if reply.escalate:
        closed = not handoff.is_open_now(get_settings(organization), timezone.localtime())
        conversation.status = Conversation.Status.CONTACT if closed and not conversation.has_contact \
            else Conversation.Status.WAITING
        conversation.escalation_reason = reply.escalation_reason or ""
        conversation.sensitive_topic = reply.sensitive_topic or ""
        conversation.escalated_at = timezone.now()
        conversation.suggested_articles = reply.suggested_articles
        conversation.summary = summarize(conversation, reply)
        fields += ["status", "escalation_reason", "sensitive_topic", "escalated_at", "suggested_articles", "summary"]
        record_decision(organization, "assistant.escalation", subject=("assistant.conversation", conversation.pk),
                        output={"escalate": True, "reason": reply.escalation_reason,
                                "sensitive_topic": reply.sensitive_topic, "sentiment": reply.sentiment},
                        confidence=1.0, explanation={"rules": [reply.escalation_reason],
                                                     "frustration": round(reply.frustration, 2),
                                                     "suggested_articles": reply.suggested_articles})
    if reply.sources or reply.escalation_reason == "no_answer":
        # Every answer (or "I don't know") is a decision; one below the registry's threshold
        # opens a review like any other system's, next to the hand-off.
        record_decision(organization, "assistant.answer", subject=("assistant.message", answer.pk),
                        output={"sources": reply.sources, "intent": reply.intent, "language": reply.language,
                                "answered": reply.escalation_reason != "no_answer"},
                        confidence=reply.confidence,
                        explanation={"top_features": [p["heading"] or p["article_id"] for p in reply.passages][:3]})
    conversation.save(update_fields=fields)
    return [customer, answer]


def _contact_reply(conversation: Conversation, text: str) -> list[Message]:
    """The customer's answer to "how can we reach you?": the contact is taken from it, or
    they are asked again with an example. Their words are kept either way."""
    organization = conversation.organization
    message = Message.objects.create(organization=organization, conversation=conversation,
                                     role=Message.Role.CUSTOMER, text=text)
    contact = handoff.contact_from_text(text)
    if contact is None:
        notice = Message.objects.create(organization=organization, conversation=conversation,
                                        role=Message.Role.SYSTEM,
                                        text=handoff.NOT_CONTACT.get(conversation.language, handoff.NOT_CONTACT["nb"]))
        return [message, notice]
    return [message, give_contact(conversation, contact)]


def give_contact(conversation: Conversation, contact: handoff.Contact) -> Message:
    """Stores how the customer can be reached and completes the hand-off: the conversation
    waits for a person, and the customer is told when to expect an answer."""
    organization = conversation.organization
    with tenancy.activate(organization), transaction.atomic():
        conversation.contact_email = contact.email or conversation.contact_email
        conversation.contact_phone = contact.phone or conversation.contact_phone
        fields = ["contact_email", "contact_phone", "updated_at"]
        if conversation.status == Conversation.Status.CONTACT:
            conversation.status = Conversation.Status.WAITING
            fields.append("status")
        conversation.save(update_fields=fields)
        text = handoff.after_contact_message(get_settings(organization), timezone.localtime(), contact,
                                             conversation.language)
        return Message.objects.create(organization=organization, conversation=conversation,
                                      role=Message.Role.SYSTEM, text=text)


def summarize(conversation, reply: Reply) -> str:
    """A short summary for the agent: reason, topic, mood and the customer's questions."""
    from django.utils import translation

    from fornuft.assistant import review_subjects
    from fornuft.core.formatting import number
    from fornuft.governance.privacy import redact

    questions = [m.text for m in conversation.messages.filter(role=Message.Role.CUSTOMER).order_by("pk")][-3:]
    with translation.override("nb"):  # stored once, in the organization's first language: words, not codes
        reason = review_subjects.reason_label(reply.escalation_reason or "")
        topic = review_subjects.topic_label(reply.sensitive_topic or "")
        subject = review_subjects.intent_label(reply.intent) if reply.intent else (
            reply.suggested_articles[0] if reply.suggested_articles else "ukjent")
        mood = SENTIMENT_NB.get(reply.sentiment, reply.sentiment)
        lines = [f"Grunn: {reason}" + (f" ({topic})" if topic else ""),
                 f"Tema: {subject} · Stemning: {mood} · Frustrasjon: {number(reply.frustration, 2)}",
                 "Kunden spurte: " + " / ".join(redact(q)[:160] for q in questions)]
    return "\n".join(lines)


SENTIMENT_NB = {"negative": "negativ", "neutral": "nøytral", "positive": "positiv"}


def agent_reply(conversation: Conversation, user, text: str) -> Message:
    """A person answers; from now on the bot stays silent in this conversation."""
    text = (text or "").strip()
    if not text:
        raise ValueError("Write a reply first.")
    with tenancy.activate(conversation.organization), transaction.atomic():
        message = Message.objects.create(organization=conversation.organization, conversation=conversation,
                                         role=Message.Role.AGENT, text=text[:20_000], author=user)
        conversation.status = Conversation.Status.AGENT
        conversation.assigned_to = conversation.assigned_to or user
        if conversation.first_response_at is None:
            conversation.first_response_at = timezone.now()
        conversation.save(update_fields=["status", "assigned_to", "first_response_at", "updated_at"])
    return message


def take_over(conversation: Conversation, user) -> None:
    with tenancy.activate(conversation.organization):
        conversation.status = Conversation.Status.AGENT
        conversation.assigned_to = user
        if conversation.escalated_at is None:
            conversation.escalated_at = timezone.now()
            conversation.escalation_reason = conversation.escalation_reason or "agent_took_over"
        conversation.save(update_fields=["status", "assigned_to", "escalated_at", "escalation_reason", "updated_at"])


def close(conversation: Conversation) -> None:
    with tenancy.activate(conversation.organization):
        conversation.status = Conversation.Status.CLOSED
        conversation.save(update_fields=["status", "updated_at"])


def give_feedback(message: Message, value: int) -> None:
    if value not in (1, -1) or message.role != Message.Role.ASSISTANT:
        raise ValueError("Feedback is thumbs up (1) or down (-1) on an assistant answer.")
    with tenancy.activate(message.organization):
        message.feedback = value
        message.save(update_fields=["feedback"])


def give_csat(conversation: Conversation, score: int) -> None:
    if score not in range(1, 6):
        raise ValueError("CSAT is a whole number from 1 to 5.")
    with tenancy.activate(conversation.organization):
        conversation.csat = score
        conversation.save(update_fields=["csat", "updated_at"])


def correct_intent(conversation: Conversation, user, intent: str):
    """An agent's correction: the customer's first question becomes a training example."""
    from fornuft.governance.decisions import record_decision
    from fornuft.governance.training_data import ExampleSource, add_example

    intent = (intent or "").strip()[:80]
    if not intent:
        raise ValueError("Give the correct intent.")
    with tenancy.activate(conversation.organization):
        first = conversation.messages.filter(role=Message.Role.CUSTOMER).order_by("pk").first()
        if first is None:
            raise ValueError("The conversation has no customer message to learn from.")
        example = add_example(conversation.organization, training.INTENT_SYSTEM, subject=conversation,
                              text=first.text[:2000], label=intent, source=ExampleSource.UI, user=user)
        training.schedule_training(conversation.organization)
        conversation.intent = intent
        conversation.save(update_fields=["intent", "updated_at"])
        record_decision(conversation.organization, "assistant.escalation",
                        subject=("assistant.conversation", conversation.pk), output={"intent": intent},
                        confidence=1.0, actor=user, explanation={"rules": ["agent correction"]})
    return example


def suggest_reply(organization, text: str) -> dict:
    """A suggested answer for a customer_support e-mail, for an agent to edit and send:
    `{"answer", "sources", "confidence", "language", "escalate", "escalation_reason", "intent"}`."""
    assistant = assistant_for(organization)
    if assistant is None:
        return {"answer": "", "sources": [], "confidence": 0.0, "language": "nb", "escalate": True,
                "escalation_reason": "no_answer", "intent": None}
    from fornuft.ml.text import strip_quoted

    body = strip_quoted(text or "")  # the customer's new words, not the quoted thread or signature
    body = body[:assistant.settings.max_message_chars]
    return assistant.reply(body, []).contract()
