"""Public chat endpoints for the embeddable widget, identified by the organization's widget
key. Anonymous: each view activates the key's organization itself. CORS headers are sent
only here (the rest of Fornuft stays same-origin); no cookies are used, so no CSRF.

Abuse is held back three ways: a browser on a site that is not on the organization's
allowed list (by default only its own web site) is refused; each address and each widget
key may start only so many conversations and send only so many messages a minute; and a
conversation that floods is answered politely without storing (services.rate_limited)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeGuard

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from fornuft.assistant import handoff, services
from fornuft.assistant.models import AssistantSettings, Conversation, Message
from fornuft.core import tenancy
from fornuft.core.auth import client_ip
from fornuft.core.ratelimit import Limit, exceeded

MAX_BODY = 200 * 1024
WIDGET_JS = Path(__file__).parent / "static" / "assistant" / "widget.js"


def _limits(kind: str) -> tuple[Limit, Limit]:
    """New conversations or messages per minute, per visitor address and per widget key
    (FORNUFT_WIDGET_* settings, docs/configuration.md)."""
    per_minute = settings.FORNUFT_WIDGET_LIMITS
    return Limit(per_minute[f"{kind}_per_address"], 60), Limit(per_minute[f"{kind}_per_key"], 60)


def allowed_origins(config: AssistantSettings) -> list[str]:
    """The web sites that may embed the chat: the organization's list, or, when it is
    empty, the organization's own site (https:// + its e-mail domain, with and without
    www.). Never any site."""
    listed = [o.strip().rstrip("/").lower() for o in config.allowed_origins.splitlines() if o.strip()]
    if listed:
        return listed
    domain = (config.organization.domain or "").strip().lower()
    return [f"https://{domain}", f"https://www.{domain}"] if domain else []


def _origin_allowed(config: AssistantSettings | None, origin: str | None) -> bool:
    """A request without an Origin header comes from no browser page (a server, curl):
    the list protects visitors' browsers, the rate limits hold back scripts."""
    if config is None:
        return False
    if origin is None:
        return True
    return origin.strip().rstrip("/").lower() in allowed_origins(config)


def _cors(response, request, config):
    origin = request.headers.get("Origin")
    if origin and _origin_allowed(config, origin):
        response["Access-Control-Allow-Origin"] = origin
        response["Vary"] = "Origin"
        response["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response["Access-Control-Allow-Headers"] = "Content-Type"
        response["Access-Control-Max-Age"] = "600"
    return response


def _error(request, config, status: int, code: str, message: str):
    return _cors(JsonResponse({"error": {"code": code, "message": message}}, status=status), request, config)


def _throttled(request, config, scope: str, per_address: Limit, per_key: Limit):
    """A 429 when this address or this widget key has used up its minute; else None."""
    wait = exceeded(f"widget-{scope}-ip", client_ip(request), per_address) or \
        exceeded(f"widget-{scope}-key", config.widget_key, per_key)
    if not wait:
        return None
    response = _error(request, config, 429, "rate_limited",
                      "Too many requests from this site or address. Wait a minute and try again.")
    response["Retry-After"] = str(wait)
    return response


def _config(key: str) -> AssistantSettings | None:
    # The widget key is what tells us the organization, so this lookup must search them all.
    return AssistantSettings.objects.all_organizations().select_related("organization").filter(widget_key=key).first()


def _message_json(message: Message) -> dict:
    return {"id": message.pk, "role": message.role, "text": message.text, "sources": message.sources,
            "options": message.options, "created_at": message.created_at.isoformat() if message.created_at else None}


def _body(request) -> dict:
    if len(request.body) > MAX_BODY:
        raise ValueError("too_large")
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        raise ValueError("bad_json") from None
    if not isinstance(data, dict):
        raise ValueError("bad_json")
    return data


def widget_js(request):
    response = HttpResponse(WIDGET_JS.read_bytes(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=300"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@csrf_exempt
def start(request, key: str):
    config = _config(key)
    if request.method == "OPTIONS":
        return _cors(HttpResponse(status=204), request, config)
    if config is None:
        return _error(request, config, 404, "unknown_widget", "Unknown widget key.")
    if not _origin_allowed(config, request.headers.get("Origin")):
        return _error(request, config, 403, "origin_not_allowed", "This web site may not use the chat.")
    if request.method != "POST":
        return _error(request, config, 405, "method", "Use POST.")
    refused = _throttled(request, config, "start", *_limits("starts"))
    if refused:
        return refused
    try:
        data = _body(request)
    except ValueError as exc:
        return _error(request, config, 400, str(exc), "Send a small JSON object.")
    language = "en" if data.get("language") == "en" else "nb"
    conversation = services.start_conversation(config.organization, channel="widget", language=language)
    with tenancy.activate(config.organization):
        messages = [_message_json(m) for m in conversation.messages.all()]
    return _cors(JsonResponse({"conversation": conversation.public_id, "messages": messages}, status=201),
                 request, config)


def _conversation(config, public_id: str) -> Conversation | None:
    with tenancy.activate(config.organization):
        return Conversation.objects.filter(public_id=public_id).first()


def _post_to_conversation(request, key: str, public_id: str):
    """(config, conversation, None) for a POST the widget may make to one of its conversations,
    else (config, None, the answer: the CORS preflight, or the refusal with its reason)."""
    config = _config(key)
    if request.method == "OPTIONS":
        return config, None, _cors(HttpResponse(status=204), request, config)
    if config is None or request.method != "POST":
        return config, None, _error(request, config, 404, "not_found", "Unknown widget key.")
    if not _origin_allowed(config, request.headers.get("Origin")):
        return config, None, _error(request, config, 403, "origin_not_allowed", "This web site may not use the chat.")
    conversation = _conversation(config, public_id)
    if conversation is None:
        return config, None, _error(request, config, 404, "not_found", "No such conversation.")
    return config, conversation, _throttled(request, config, "message", *_limits("messages"))


@csrf_exempt
def messages(request, key: str, public_id: str):
    config = _config(key)
    if request.method == "OPTIONS":
        return _cors(HttpResponse(status=204), request, config)
    if config is None:
        return _error(request, config, 404, "unknown_widget", "Unknown widget key.")
    if not _origin_allowed(config, request.headers.get("Origin")):
        return _error(request, config, 403, "origin_not_allowed", "This web site may not use the chat.")
    conversation = _conversation(config, public_id)
    if conversation is None:
        return _error(request, config, 404, "not_found", "No such conversation.")
    with tenancy.activate(config.organization):
        if request.method == "GET":
            after_text = request.GET.get("after", "0")
            after = int(after_text) if after_text.isdigit() and len(after_text) < 18 else 0
            rows = [_message_json(m) for m in conversation.messages.filter(pk__gt=after)]
            return _cors(JsonResponse({"messages": rows, "status": conversation.status}), request, config)
        if request.method != "POST":
            return _error(request, config, 405, "method", "Use GET or POST.")
        refused = _throttled(request, config, "message", *_limits("messages"))
        if refused:
            return refused
        try:
            data = _body(request)
        except ValueError as exc:
            if str(exc) == "too_large":
                return _error(request, config, 413, "too_large",
                              "The message is too long. Please write a shorter question.")
            return _error(request, config, 400, "bad_json", "Send JSON: {\"text\": \"...\"}.")
        text = data.get("text")
        if not isinstance(text, str):
            return _error(request, config, 400, "text_missing", "Send JSON: {\"text\": \"...\"}.")
        new = services.customer_message(conversation, text)
        conversation.refresh_from_db()
        rows = [_message_json(m) if m.pk else {**_message_json(m), "id": None} for m in new]
        return _cors(JsonResponse({"messages": rows, "status": conversation.status}), request, config)


@csrf_exempt
def feedback(request, key: str, public_id: str):
    """{"message": id, "value": 1|-1} (thumbs) or {"csat": 1..5} (end of conversation)."""
    config, conversation, refused = _post_to_conversation(request, key, public_id)
    if refused is not None:
        return refused
    bad = ("Send {\"csat\": 1 to 5} for the conversation, or {\"message\": id, \"value\": 1 or -1} "
           "for one answer.")
    try:
        data = _body(request)
    except ValueError:
        return _error(request, config, 400, "bad_feedback", bad)
    csat, message_id, value = data.get("csat"), data.get("message"), data.get("value")
    with tenancy.activate(config.organization):
        if "csat" in data:
            if not _whole_number(csat) or not 1 <= csat <= 5:
                return _error(request, config, 400, "bad_feedback", bad)
            services.give_csat(conversation, csat)
        else:
            if not _whole_number(message_id) or value not in (1, -1) or isinstance(value, bool):
                return _error(request, config, 400, "bad_feedback", bad)
            message = conversation.messages.filter(pk=message_id).first() if 0 < message_id < 2**62 else None
            if message is None:
                return _error(request, config, 404, "not_found", "No such message.")
            try:
                services.give_feedback(message, value)
            except ValueError as exc:  # our own sentence: thumbs go on the assistant's answers
                return _error(request, config, 400, "bad_feedback", str(exc))
    return _cors(JsonResponse({"ok": True}), request, config)


def _whole_number(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


CONTACT_ERRORS = {
    "missing": "Give an e-mail address or a phone number.",
    "email": "That is not a valid e-mail address.",
    "phone": "That is not a valid phone number.",
}


@csrf_exempt
def contact(request, key: str, public_id: str):
    """{"email": "...", "phone": "..."} (one may be empty): how to reach the customer
    outside opening hours. Errors carry a code the widget turns into its own sentence."""
    config, conversation, refused = _post_to_conversation(request, key, public_id)
    if refused is not None:
        return refused
    try:
        data = _body(request)
        email, phone = data.get("email", ""), data.get("phone", "")
        if not isinstance(email, str) or not isinstance(phone, str):
            raise handoff.ContactError("missing")
        given = handoff.contact_from_form(email, phone)
    except ValueError as exc:
        field = exc.field if isinstance(exc, handoff.ContactError) else "missing"
        return _error(request, config, 400, f"invalid_{field}", CONTACT_ERRORS[field])
    message = services.give_contact(conversation, given)
    conversation.refresh_from_db()
    return _cors(JsonResponse({"messages": [_message_json(message)], "status": conversation.status}),
                 request, config)


def widget_appearance(request, key: str):
    """Colour, greeting and logo address for widget.js (public: shown on the company's site)."""
    config = _config(key)
    if config is None:
        return _error(request, config, 404, "unknown_widget", "Unknown widget key.")
    logo = request.build_absolute_uri(f"/assistant/public/{key}/logo") if config.widget_logo_type else None
    response = JsonResponse({"colour": config.widget_colour, "logo": logo,
                             "greeting": {"nb": config.greeting_nb, "en": config.greeting_en}})
    response["Cache-Control"] = "public, max-age=60"
    response["Access-Control-Allow-Origin"] = "*"  # nothing secret: what the site shows anyway
    return response


def widget_logo(request, key: str):
    config = _config(key)
    if config is None or not config.widget_logo_type:
        raise Http404
    response = HttpResponse(bytes(config.widget_logo), content_type=config.widget_logo_type)
    response["Cache-Control"] = "public, max-age=300"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Content-Security-Policy"] = "default-src 'none'"
    return response
