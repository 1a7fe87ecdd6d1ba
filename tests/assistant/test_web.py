"""Widget endpoints, hand-off, agent UI, API, knowledge-base editing, KPIs, isolation."""

import json

import pytest
from django.test import Client

from fornuft.assistant import services
from fornuft.assistant.models import Article, Conversation, Message
from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.governance.models import Decision, TrainingExample

pytestmark = pytest.mark.django_db


def _start(client, key, origin="http://shop.example"):
    response = client.post(f"/assistant/public/{key}/conversations", data="{}", content_type="application/json",
                           HTTP_ORIGIN=origin)
    assert response.status_code == 201, response.content
    return response.json()


def _send(client, key, conversation, text, origin="http://shop.example"):
    return client.post(f"/assistant/public/{key}/conversations/{conversation}/messages",
                       data=json.dumps({"text": text}), content_type="application/json", HTTP_ORIGIN=origin)


def test_widget_conversation_starts_with_transparency_notice_and_answers(org_with_kb):
    key = services.get_settings(org_with_kb).widget_key
    client = Client()
    started = _start(client, key)
    assert started["messages"][0]["role"] == "system"
    assert "automatisk assistent" in started["messages"][0]["text"]
    response = _send(client, key, started["conversation"], "Hva koster energimerking?")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "http://shop.example"
    data = response.json()
    answer = data["messages"][-1]
    assert answer["role"] == "assistant" and answer["sources"] == ["priser"]
    assert "4 900" in answer["text"]
    assert data["status"] == "bot"
    with tenancy.activate(org_with_kb):
        assert Decision.objects.filter(system_key="assistant.answer").count() == 1


def test_cors_preflight_and_origin_allow_list(org_with_kb):
    config = services.get_settings(org_with_kb)
    config.allowed_origins = "https://nordfjell.no"
    config.save()
    client = Client()
    preflight = client.options(f"/assistant/public/{config.widget_key}/conversations",
                               HTTP_ORIGIN="https://nordfjell.no", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "https://nordfjell.no"
    assert "Content-Type" in preflight["Access-Control-Allow-Headers"]
    refused = client.post(f"/assistant/public/{config.widget_key}/conversations", data="{}",
                          content_type="application/json", HTTP_ORIGIN="https://evil.example")
    assert refused.status_code == 403
    assert "Access-Control-Allow-Origin" not in refused
    # The rest of Fornuft sends no CORS headers.
    assert "Access-Control-Allow-Origin" not in client.get("/api/v1/assistant/articles",
                                                           HTTP_ORIGIN="https://nordfjell.no")


def test_unknown_widget_key_is_404(db):
    response = Client().post("/assistant/public/wk_nope/conversations", data="{}", content_type="application/json")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "unknown_widget"


def test_widget_script_is_served(db):
    response = Client().get("/assistant/widget.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    body = response.content.decode()
    assert "eval(" not in body and "innerHTML" not in body


def test_hand_off_then_agent_reply_and_bot_stays_silent(org_with_kb, make_user, login):
    key = services.get_settings(org_with_kb).widget_key
    client = Client()
    conversation_id = _start(client, key)["conversation"]
    data = _send(client, key, conversation_id, "Jeg vil snakke med et menneske").json()
    assert data["status"] == "waiting"
    assert "medarbeider" in data["messages"][-1]["text"]
    conversation = Conversation.objects.all_organizations().get(public_id=conversation_id)
    assert conversation.escalation_reason == "asked_for_human"
    assert "Grunn: Kunden ba om å få snakke med en person" in conversation.summary  # words, not the code
    agent = make_user(org_with_kb, Role.SUPPORT, username="agent-a")
    agent_client = login(agent)
    inbox = agent_client.get("/assistant/")
    assert inbox.status_code == 200 and f"/assistant/c/{conversation.pk}/" in inbox.content.decode()
    page = agent_client.get(f"/assistant/c/{conversation.pk}/").content.decode()
    assert "Jeg vil snakke med et menneske" in page
    assert "Message object" not in page   # the transcript is not mistaken for flash messages
    agent_client.post(f"/assistant/c/{conversation.pk}/", {"action": "reply", "text": "Hei, Kari her!"})
    conversation.refresh_from_db()
    assert conversation.status == "agent" and conversation.first_response_at is not None
    after = _send(client, key, conversation_id, "Hva koster energimerking?").json()
    assert [m["role"] for m in after["messages"]] == ["customer"]   # the bot no longer answers
    polled = client.get(f"/assistant/public/{key}/conversations/{conversation_id}/messages?after=0").json()
    assert any(m["role"] == "agent" and m["text"] == "Hei, Kari her!" for m in polled["messages"])


def test_next_step_mentions_ticket_outside_opening_hours(org_with_kb):
    config = services.get_settings(org_with_kb)
    config.weekdays = ""            # never open
    config.save()
    conversation = services.start_conversation(org_with_kb)
    new = services.customer_message(conversation, "Jeg vil snakke med et menneske")
    assert "medarbeider" in new[-1].text and "stengt" in new[-1].text and "e-postadressen" in new[-1].text
    new = services.customer_message(conversation, "kari@example.no")
    assert "kari@example.no" in new[-1].text and "stengt" in new[-1].text and "svar innen" in new[-1].text


def test_html_is_escaped_in_the_agent_view(org_with_kb, make_user, login):
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, '<script>alert("x")</script><img src=x onerror=alert(1)> menneske')
    agent = make_user(org_with_kb, Role.SUPPORT, username="agent-x")
    page = login(agent).get(f"/assistant/c/{conversation.pk}/").content.decode()
    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;" in page
    assert "<img src=x" not in page


def test_flooding_is_rate_limited_politely(org_with_kb):
    key = services.get_settings(org_with_kb).widget_key
    client = Client()
    conversation_id = _start(client, key)["conversation"]
    replies = [_send(client, key, conversation_id, f"Hva koster radonmåling {i}?").json() for i in range(12)]
    last = replies[-1]["messages"]
    assert last[0]["role"] == "system" and "raskt" in last[0]["text"]
    with tenancy.activate(org_with_kb):
        assert Message.objects.filter(role="customer").count() == services.RATE_LIMIT_MESSAGES


@pytest.mark.parametrize("payload", [b"", b"not json", b"[1,2]", b'{"text": 5}'])
def test_bad_widget_input_is_a_clear_400(org_with_kb, payload):
    key = services.get_settings(org_with_kb).widget_key
    client = Client()
    conversation_id = _start(client, key)["conversation"]
    response = client.post(f"/assistant/public/{key}/conversations/{conversation_id}/messages", data=payload,
                           content_type="application/json")
    assert response.status_code == 400
    assert "text" in response.json()["error"]["message"]


def test_huge_and_empty_messages(org_with_kb):
    key = services.get_settings(org_with_kb).widget_key
    client = Client()
    conversation_id = _start(client, key)["conversation"]
    huge = _send(client, key, conversation_id, "å" * 100_000)
    assert huge.status_code == 413
    assert "shorter" in huge.json()["error"]["message"]
    long_text = _send(client, key, conversation_id, "hei " * 5000).json()
    assert "for lang" in long_text["messages"][0]["text"]
    empty = _send(client, key, conversation_id, "   ").json()
    assert empty["messages"][0]["role"] == "system"


def test_feedback_and_csat(org_with_kb):
    key = services.get_settings(org_with_kb).widget_key
    client = Client()
    conversation_id = _start(client, key)["conversation"]
    answer = _send(client, key, conversation_id, "Hva er kontonummeret deres?").json()["messages"][-1]
    url = f"/assistant/public/{key}/conversations/{conversation_id}/feedback"
    assert client.post(url, data=json.dumps({"message": answer["id"], "value": -1}),
                       content_type="application/json").status_code == 200
    assert client.post(url, data=json.dumps({"csat": 4}), content_type="application/json").status_code == 200
    assert client.post(url, data=json.dumps({"csat": 9}), content_type="application/json").status_code == 400
    conversation = Conversation.objects.all_organizations().get(public_id=conversation_id)
    assert conversation.csat == 4
    assert Message.objects.all_organizations().get(pk=answer["id"]).feedback == -1


def test_agent_correction_becomes_training_data(org_with_kb, make_user, login):
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, "Jeg vil snakke med et menneske om fakturaen")
    agent = make_user(org_with_kb, Role.SUPPORT, username="agent-c")
    login(agent).post(f"/assistant/c/{conversation.pk}/", {"action": "intent", "intent": "invoice"})
    with tenancy.activate(org_with_kb):
        example = TrainingExample.objects.get(system_key="assistant.answer")
        assert example.label == "invoice" and "fakturaen" in example.text and example.source == "ui"
        assert Decision.objects.filter(actor_user=agent, system_key="assistant.escalation").exists()


def test_cross_organization_is_404_in_ui_and_api(org_with_kb, other_org, make_user, login):
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, "menneske")
    stranger = login(make_user(other_org, Role.SUPPORT, username="agent-b"))
    assert stranger.get(f"/assistant/c/{conversation.pk}/").status_code == 404
    assert stranger.get(f"/api/v1/assistant/conversations/{conversation.pk}").status_code == 404
    assert stranger.get("/assistant/kb/priser/").status_code == 404
    assert stranger.post("/api/v1/assistant/ask", data=json.dumps({"message": "hei", "session":
                         conversation.public_id}), content_type="application/json").status_code == 404
    assert stranger.get("/api/v1/assistant/articles").json() == []


def test_employee_cannot_open_agent_inbox(org_with_kb, make_user, login):
    assert login(make_user(org_with_kb, Role.EMPLOYEE, username="emp")).get("/assistant/").status_code == 403


def test_article_edit_preview_versions_and_import(org_with_kb, admin_client):
    preview = admin_client.post("/assistant/kb/new/", {"slug": "ny", "title": "Ny", "language": "nb",
                                                       "body": "# Ny\n\n**fet** <script>x()</script>",
                                                       "action": "preview"}).content.decode()
    assert "<strong>fet</strong>" in preview and "<script>x()" not in preview
    admin_client.post("/assistant/kb/new/", {"slug": "ny", "title": "Ny", "language": "nb", "body": "Første",
                                             "action": "save"})
    admin_client.post("/assistant/kb/ny/", {"title": "Ny", "language": "nb", "body": "Andre", "action": "save"})
    with tenancy.activate(org_with_kb):
        article = Article.objects.get(slug="ny")
        assert article.version == 2 and article.versions.count() == 2
    from django.core.files.uploadedfile import SimpleUploadedFile

    csv = SimpleUploadedFile("faq.csv", b"id,question,answer\nfaq-hund,Kan jeg ta med hund?,Ja.\n")
    md = SimpleUploadedFile("garanti.md", "---\ntitle: Garanti\n---\nTre års garanti på rapporten.".encode())
    admin_client.post("/assistant/kb/import/", {"files": [csv, md]})
    bad = SimpleUploadedFile("bad.csv", b"question\nx\n")
    response = admin_client.post("/assistant/kb/import/", {"files": [bad]}, follow=True)
    assert "id,question,answer" in response.content.decode()
    with tenancy.activate(org_with_kb):
        assert Article.objects.filter(slug__in=["faq-hund", "garanti"]).count() == 2
    conversation = services.start_conversation(org_with_kb)
    answer = services.customer_message(conversation, "Hvor lang garanti gir dere på rapporten?")[-1]
    assert answer.sources == ["garanti"]


def test_kpis_and_unanswered_pages(org_with_kb, admin_client):
    from fornuft.assistant.demo import load

    load(org_with_kb)
    load(org_with_kb)   # idempotent
    with tenancy.activate(org_with_kb):
        assert Conversation.objects.filter(channel="demo").count() == 4
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, "Hvem vant fotball-VM i 1998?")
    page = admin_client.get("/assistant/kpis/")
    assert page.status_code == 200
    kpis = page.context["kpis"]
    assert kpis["conversations"] == 5 and 0 < kpis["containment"] < 1
    assert "no_answer" in kpis["reasons"]["labels"]
    assert "fotball-VM" in admin_client.get("/assistant/unanswered/").content.decode()


def test_api_ask_and_suggest_reply(org_with_kb, admin_client):
    response = admin_client.post("/api/v1/assistant/ask", data=json.dumps({"message": "How do I pay the invoice?"}),
                                 content_type="application/json")
    assert response.status_code == 200
    data = response.json()
    assert data["messages"][-1]["sources"] == ["en-invoices"]
    again = admin_client.post("/api/v1/assistant/ask", data=json.dumps({"message": "I want a human",
                              "session": data["session"]}), content_type="application/json").json()
    assert again["status"] == "waiting"
    suggestion = admin_client.post("/api/v1/assistant/suggest-reply",
                                   data=json.dumps({"text": "Hei, hva er kontonummeret for å betale fakturaen?"}),
                                   content_type="application/json").json()
    assert suggestion["sources"] == ["faktura-og-betaling"] and "3201 45 67890" in suggestion["answer"]
    assert services.suggest_reply(org_with_kb, "x" * 50_000)["answer"]
    mail = ("Hei!\nHvor lang tid har jeg på å betale fakturaen?\n\nMvh\nKari\n\n"
            "Den 3. mars skrev Nordfjell:\n> Vi har sendt rapporten om radonmåling.")
    assert services.suggest_reply(org_with_kb, mail)["sources"] == ["faktura-og-betaling"]


def test_article_questions_front_matter_in_the_editor(org_with_kb, admin_client):
    body = "---\nquestions:\n  - Får jeg rabatt som student?\n---\nStudenter får 20 % rabatt på energiattest."
    preview = admin_client.post("/assistant/kb/new/", {"slug": "student", "title": "Studentrabatt", "language": "nb",
                                                       "body": body, "action": "preview"}).content.decode()
    rendered = preview.split('id="preview"', 1)[1]
    assert "20 % rabatt" in rendered and "questions:" not in rendered    # front matter is not shown as text
    admin_client.post("/assistant/kb/new/", {"slug": "student", "title": "Studentrabatt", "language": "nb",
                                             "body": body, "action": "save"})
    conversation = services.start_conversation(org_with_kb)
    answer = services.customer_message(conversation, "Får jeg rabatt som student?")[-1]
    assert answer.sources == ["student"] and "20 % rabatt" in answer.text
    response = admin_client.post("/assistant/kb/new/", {"slug": "brutt", "title": "Brutt", "language": "nb",
                                                        "body": "---\nquestions: [ikke lukket\n---\nTekst",
                                                        "action": "save"}, follow=True)
    assert "not valid YAML" in response.content.decode()
    with tenancy.activate(org_with_kb):
        assert not Article.objects.filter(slug="brutt").exists()
