"""Agent inbox, conversation view, knowledge-base editor, unanswered questions, KPIs, settings."""

from __future__ import annotations

from typing import Any

import nh3
from django.contrib import messages as flash
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from fornuft.assistant import appearance, kpis, review_subjects, services
from fornuft.assistant.kb import KnowledgeBaseError, parse_faq_csv, parse_markdown
from fornuft.assistant.models import Article, Conversation, Message
from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role

AGENTS = (Role.SUPPORT, Role.ADMIN, Role.MANAGER)
EDITORS = (Role.SUPPORT, Role.ADMIN, Role.MANAGER)


def render_markdown(text: str) -> str:
    """Markdown → sanitised HTML (scripts, handlers and unknown tags removed)."""
    import markdown

    return nh3.clean(markdown.markdown(text, extensions=["tables"]))


@role_required(*AGENTS)
def inbox(request):
    status = request.GET.get("status", "open")
    conversations = Conversation.objects.select_related("assigned_to")
    if status == "open":
        conversations = conversations.filter(status__in=[Conversation.Status.WAITING, Conversation.Status.AGENT,
                                                             Conversation.Status.CONTACT])
    elif status in Conversation.Status.values:
        conversations = conversations.filter(status=status)
    return render(request, "assistant/inbox.html", {"conversations": conversations[:200], "status": status,
                                                    "statuses": Conversation.Status.choices})


@role_required(*AGENTS)
def conversation_detail(request, pk: int):
    conversation = get_for_org_or_404(Conversation, pk=pk)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "reply":
                services.agent_reply(conversation, request.user, request.POST.get("text", ""))
            elif action == "take_over":
                services.take_over(conversation, request.user)
            elif action == "close":
                services.close(conversation)
            elif action == "intent":
                chosen = request.POST.get("new_intent", "").strip() or request.POST.get("intent", "")
                services.correct_intent(conversation, request.user, chosen)
                flash.success(request, _("Thank you: the correction is saved as training data."))
        except ValueError as exc:
            flash.error(request, str(exc))
        return redirect("assistant:conversation", pk=conversation.pk)
    articles = {a.slug: a for a in Article.objects.filter(slug__in=conversation.suggested_articles)}
    suggested = [articles[s] for s in conversation.suggested_articles if s in articles]
    intents = review_subjects.intent_choices(request.organization)
    if conversation.intent and conversation.intent not in intents:
        intents.append(conversation.intent)
    return render(request, "assistant/conversation.html", {
        "conversation": conversation, "transcript": conversation.messages.select_related("author"),
        "suggested": suggested, "labels": readable_conversation(conversation),
        "intent_options": [(key, review_subjects.intent_label(key)) for key in intents]})


SENTIMENTS = {"negative": gettext_lazy("Negative"), "neutral": gettext_lazy("Neutral"),
              "positive": gettext_lazy("Positive")}
CHANNELS = {"widget": gettext_lazy("Chat on the web site"), "api": "API"}
LANGUAGES = {"nb": gettext_lazy("Norwegian"), "en": gettext_lazy("English")}


def readable_conversation(conversation) -> dict:
    """The hand-off's codes as words for the agent ("asked_for_human" → "The customer asked for a person")."""
    return {
        "reason": review_subjects.reason_label(conversation.escalation_reason)
        if conversation.escalation_reason else "–",
        "topic": review_subjects.topic_label(conversation.sensitive_topic),
        "intent": review_subjects.intent_label(conversation.intent),
        "sentiment": str(SENTIMENTS.get(conversation.sentiment, conversation.sentiment)),
        "channel": str(CHANNELS.get(conversation.channel, conversation.channel)),
        "language": str(LANGUAGES.get(conversation.language, conversation.language)),
    }


@role_required(*AGENTS)
def conversation_messages(request, pk: int):
    """The transcript alone (htmx polling)."""
    conversation = get_for_org_or_404(Conversation, pk=pk)
    return render(request, "assistant/_transcript.html",
                  {"transcript": conversation.messages.select_related("author")})


@role_required(*EDITORS)
def article_list(request):
    return render(request, "assistant/article_list.html", {"articles": Article.objects.all()})


@role_required(*EDITORS)
def article_edit(request, slug: str | None = None):
    article = get_for_org_or_404(Article, slug=slug) if slug else None
    data: dict[str, Any] = {"slug": article.slug if article else "", "title": article.title if article else "",
            "body": article.body if article else "", "language": article.language if article else "nb",
            "tags": article.tags if article else ""}
    preview = None
    if request.method == "POST":
        data = {k: request.POST.get(k, "").strip() for k in ("slug", "title", "body", "language", "tags")}
        if article:
            data["slug"] = article.slug
        if data["language"] not in ("nb", "en"):
            data["language"] = "nb"
        if request.POST.get("action") == "preview":
            try:  # the front matter (alternative questions, synonyms) is not part of the text
                preview = render_markdown(parse_markdown(data["body"], data["slug"] or "preview").body)
            except KnowledgeBaseError as exc:
                flash.error(request, str(exc))
        else:
            try:
                saved = services.save_article(request.organization, user=request.user, **data)
            except (ValueError, KnowledgeBaseError) as exc:
                flash.error(request, str(exc))
            else:
                flash.success(request, _("Article saved (version %(v)s).") % {"v": saved.version})
                return redirect("assistant:article-edit", slug=saved.slug)
    versions = article.versions.all()[:20] if article else []
    return render(request, "assistant/article_edit.html", {"article": article, "data": data, "preview": preview,
                                                           "versions": versions})


@role_required(*EDITORS)
@require_POST
def article_import(request):
    imported = 0
    try:
        for upload in request.FILES.getlist("files"):
            if upload.size > 512 * 1024:
                raise KnowledgeBaseError(f"{upload.name}: larger than 512 KB; split the article")
            try:
                text = upload.read().decode("utf-8")
            except UnicodeDecodeError:
                raise KnowledgeBaseError(f"{upload.name}: not UTF-8 text; save it as UTF-8") from None
            stem, _dot, suffix = upload.name.rpartition(".")
            if suffix.lower() == "csv":
                found = parse_faq_csv(text, upload.name)
            elif suffix.lower() in ("md", "markdown"):
                found = [parse_markdown(text, stem)]
            else:
                raise KnowledgeBaseError(f"{upload.name}: upload .md articles or an FAQ .csv (id,question,answer)")
            imported += services.import_articles(request.organization, found, user=request.user)
    except (KnowledgeBaseError, ValueError) as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, _("%(n)s articles imported.") % {"n": imported})
    return redirect("assistant:article-list")


@role_required(*EDITORS)
def unanswered(request):
    rows = Message.objects.filter(role=Message.Role.CUSTOMER, unanswered=True).select_related("conversation")
    disliked = Message.objects.filter(role=Message.Role.ASSISTANT, feedback=-1).select_related("conversation")
    return render(request, "assistant/unanswered.html", {"rows": rows[:300], "disliked": disliked[:100]})


@role_required(*AGENTS)
def kpi_view(request):
    return render(request, "assistant/kpis.html", {"kpis": kpis.compute(request.organization)})


@role_required(Role.ADMIN, Role.MANAGER)
def settings_view(request):
    config = services.get_settings(request.organization)
    if request.method == "POST":
        from datetime import time

        try:
            config.opens = time.fromisoformat(request.POST.get("opens", "08:00"))
            config.closes = time.fromisoformat(request.POST.get("closes", "16:00"))
            config.weekdays = request.POST.get("weekdays", "0,1,2,3,4")[:20]
            config.response_hours = max(1, min(200, int(request.POST.get("response_hours", "4"))))
            config.allowed_origins = services.clean_origins(request.POST.get("allowed_origins", ""))
            config.synonyms = request.POST.get("synonyms", "")[:20000]
            _read_appearance(request, config)
        except (services.OriginError, appearance.AppearanceError) as exc:
            flash.error(request, str(exc))
        except ValueError:
            flash.error(request, _("Use times like 08:00 and a whole number of hours."))
        else:
            config.save()
            flash.success(request, _("Settings saved."))
            return redirect("assistant:settings")
    widget_url = request.build_absolute_uri(reverse("assistant:widget-js"))
    from fornuft.assistant.public import allowed_origins

    return render(request, "assistant/settings.html", {
        "config": config, "widget_url": widget_url,
        "default_origins": [] if config.allowed_origins.strip() else allowed_origins(config)})


def _read_appearance(request, config) -> None:
    """Colour, greetings and logo from the settings form (AppearanceError when one is unusable)."""
    config.widget_colour = appearance.clean_colour(request.POST.get("widget_colour", config.widget_colour))
    config.greeting_nb = appearance.clean_greeting(request.POST.get("greeting_nb", ""))
    config.greeting_en = appearance.clean_greeting(request.POST.get("greeting_en", ""))
    upload = request.FILES.get("widget_logo")
    if upload is not None:
        data = upload.read(appearance.LOGO_MAX_BYTES + 1)
        config.widget_logo_type = appearance.clean_logo(data)
        config.widget_logo = data
    elif request.POST.get("remove_logo"):
        config.widget_logo, config.widget_logo_type = b"", ""
