"""Public chat endpoints for the embeddable widget, identified by the organization's widget
key. Anonymous: each view activates the key's organization itself. CORS headers are sent
only here (the rest of Fornuft stays same-origin); no cookies are used, so no CSRF."""

from __future__ import annotations

import json
from pathlib import Path

from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from fornuft.assistant import services
from fornuft.assistant.models import AssistantSettings, Conversation, Message
from fornuft.core import tenancy

MAX_BODY = 200 * 1024
WIDGET_JS = Path(__file__).parent / "static" / "assistant" / "widget.js"


def _origin_allowed(config: AssistantSettings | None, origin: str | None) -> bool:
    if config is None:
        return False
    allowed = [o.strip().rstrip("/") for o in config.allowed_origins.splitlines() if o.strip()]
    return not allowed or (origin or "").rstrip("/") in allowed


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


def _config(key: str) -> AssistantSettings | None:
    with tenancy.system_scope():
        return AssistantSettings.objects.select_related("organization").filter(widget_key=key).first()


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
            try:
                after = int(request.GET.get("after", "0"))
            except ValueError:
                after = 0
            rows = [_message_json(m) for m in conversation.messages.filter(pk__gt=after)]
            return _cors(JsonResponse({"messages": rows, "status": conversation.status}), request, config)
        if request.method != "POST":
            return _error(request, config, 405, "method", "Use GET or POST.")
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
    config = _config(key)
    if request.method == "OPTIONS":
        return _cors(HttpResponse(status=204), request, config)
    if config is None or request.method != "POST":
        return _error(request, config, 404, "not_found", "Unknown widget key.")
    conversation = _conversation(config, public_id)
    if conversation is None:
        return _error(request, config, 404, "not_found", "No such conversation.")
    try:
        data = _body(request)
        with tenancy.activate(config.organization):
            if "csat" in data:
                services.give_csat(conversation, int(data["csat"]))
            else:
                message = conversation.messages.filter(pk=int(data.get("message", 0))).first()
                if message is None:
                    return _error(request, config, 404, "not_found", "No such message.")
                services.give_feedback(message, int(data.get("value", 0)))
    except (ValueError, TypeError) as exc:
        return _error(request, config, 400, "bad_feedback", str(exc) or "Bad feedback.")
    return _cors(JsonResponse({"ok": True}), request, config)
