"""A hand-off that loses no customer: contact capture outside opening hours, the agent's
readable view, and the widget's colour, logo and greeting per organization."""

import json

import pytest
from django.test import Client

from fornuft.assistant import handoff, services
from fornuft.assistant.models import Conversation
from fornuft.core import tenancy
from fornuft.core.roles import Role

pytestmark = pytest.mark.django_db
ORIGIN = "http://shop.example"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _closed(org):
    config = services.get_settings(org)
    config.weekdays = ""  # never open
    config.save()
    return config


def _start(client, key):
    return client.post(f"/assistant/public/{key}/conversations", data="{}", content_type="application/json",
                       HTTP_ORIGIN=ORIGIN).json()


def _post(client, key, conversation, path, body):
    return client.post(f"/assistant/public/{key}/conversations/{conversation}/{path}", data=json.dumps(body),
                       content_type="application/json", HTTP_ORIGIN=ORIGIN)


@pytest.mark.parametrize(("text", "expected"), [
    ("912 34 567", "+47 912 34 567"), ("+47 41234567", "+47 412 34 567"), ("0047 22 33 44 55", "+47 223 34 455"),
    ("+46 70 123 45 67", "+46701234567"),
])
def test_phone_numbers_are_read_and_written_one_way(text, expected):
    assert handoff.clean_phone(text) == expected


@pytest.mark.parametrize("text", ["123", "1234 5678", "+47 912", "ring meg", "912 34 567 <script>", "+1 23"])
def test_bad_phone_numbers_are_refused(text):
    with pytest.raises(handoff.ContactError):
        handoff.clean_phone(text)


def test_contact_is_found_in_a_chat_message():
    assert handoff.contact_from_text("Ring meg på 912 34 567, takk").phone == "+47 912 34 567"
    assert handoff.contact_from_text("send til kari.nordmann@example.no.").email == "kari.nordmann@example.no"
    assert handoff.contact_from_text("i morgen kl 10") is None


def test_in_opening_hours_the_hand_off_goes_straight_to_a_person(org_with_kb):
    client = Client()
    key = services.get_settings(org_with_kb).widget_key
    conversation = _start(client, key)["conversation"]
    reply = _post(client, key, conversation, "messages", {"text": "Jeg vil snakke med et menneske"}).json()
    assert reply["status"] == "waiting"
    assert "på jobb nå" in reply["messages"][-1]["text"]


def test_outside_opening_hours_the_widget_asks_for_contact_before_the_hand_off(org_with_kb):
    _closed(org_with_kb)
    client = Client()
    key = services.get_settings(org_with_kb).widget_key
    conversation = _start(client, key)["conversation"]
    reply = _post(client, key, conversation, "messages", {"text": "Jeg vil snakke med et menneske"}).json()
    assert reply["status"] == "contact"
    assert "e-postadressen eller telefonnummeret" in reply["messages"][-1]["text"]

    refused = _post(client, key, conversation, "contact", {"email": "kari@", "phone": ""})
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "invalid_email"
    refused = _post(client, key, conversation, "contact", {"email": "", "phone": "12"})
    assert refused.json()["error"]["code"] == "invalid_phone"
    refused = _post(client, key, conversation, "contact", {"email": "", "phone": ""})
    assert refused.json()["error"]["code"] == "invalid_missing"
    refused = _post(client, key, conversation, "contact", {"email": ["x"], "phone": 5})
    assert refused.status_code == 400

    given = _post(client, key, conversation, "contact", {"email": "kari@example.no", "phone": "912 34 567"}).json()
    assert given["status"] == "waiting"
    assert "kari@example.no / +47 912 34 567" in given["messages"][0]["text"]
    assert "svar innen" in given["messages"][0]["text"]
    with tenancy.activate(org_with_kb):
        stored = Conversation.objects.get(public_id=conversation)
    assert (stored.contact_email, stored.contact_phone) == ("kari@example.no", "+47 912 34 567")


def test_a_customer_who_types_nonsense_is_asked_again_and_nothing_is_lost(org_with_kb):
    _closed(org_with_kb)
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, "Jeg vil snakke med et menneske")
    again = services.customer_message(conversation, "jeg er hjemme i kveld")
    assert "912 34 567" in again[-1].text  # an example of what to write
    conversation.refresh_from_db()
    assert conversation.status == Conversation.Status.CONTACT
    assert conversation.messages.filter(text="jeg er hjemme i kveld").exists()


def test_a_conversation_waiting_for_contact_is_in_the_agents_open_list(org_with_kb, make_user, login):
    _closed(org_with_kb)
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, "Jeg vil snakke med et menneske")
    agent = login(make_user(org_with_kb, Role.SUPPORT))
    html = agent.get("/assistant/", HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert f"/assistant/c/{conversation.pk}/" in html


def test_agent_view_uses_words_not_codes_and_offers_intents_in_a_list(org_with_kb, make_user, login):
    _closed(org_with_kb)
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, "Jeg vil snakke med et menneske")
    services.customer_message(conversation, "Ring meg på 912 34 567")
    agent = login(make_user(org_with_kb, Role.SUPPORT))
    html = agent.get(f"/assistant/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "asked_for_human" not in html and "Kunden ba om å få snakke med en person" in html
    assert 'href="tel:+4791234567"' in html
    assert '<select id="intent-field" name="intent">' in html
    assert 'class="chat-message chat-customer"' in html and "Kunde" in html


def test_agent_picks_an_intent_from_the_list(org_with_kb, make_user, login):
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, "Hva koster en radonmåling?")
    agent = login(make_user(org_with_kb, Role.SUPPORT))
    agent.post(f"/assistant/c/{conversation.pk}/", {"action": "intent", "intent": "priser"})
    conversation.refresh_from_db()
    assert conversation.intent == "priser"
    agent.post(f"/assistant/c/{conversation.pk}/", {"action": "intent", "intent": "priser", "new_intent": "klage"})
    conversation.refresh_from_db()
    assert conversation.intent == "klage"


def test_widget_colour_logo_and_greeting_are_set_on_the_settings_page(org_with_kb, admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = admin_client.post("/assistant/settings/", {
        "opens": "08:00", "closes": "16:00", "weekdays": "0,1,2,3,4", "response_hours": "4",
        "allowed_origins": ORIGIN, "widget_colour": "#7a1f3d", "greeting_nb": "Hei og velkommen til Nordlys!",
        "greeting_en": "Welcome to Nordlys!", "widget_logo": SimpleUploadedFile("logo.png", PNG, "image/png")})
    assert response.status_code == 302
    key = services.get_settings(org_with_kb).widget_key
    look = Client().get(f"/assistant/public/{key}/appearance").json()
    assert look["colour"] == "#7a1f3d" and look["greeting"]["nb"] == "Hei og velkommen til Nordlys!"
    logo = Client().get(look["logo"].removeprefix("http://testserver"))
    assert logo.status_code == 200 and logo["Content-Type"] == "image/png" and logo.content == PNG
    started = _start(Client(), key)
    assert [m["text"] for m in started["messages"]][-1] == "Hei og velkommen til Nordlys!"
    assert "automatisk assistent" in started["messages"][0]["text"]  # the AI notice still comes first


@pytest.mark.parametrize(("field", "value", "message"), [
    ("widget_colour", "#ffff66", "for lys"),
    ("widget_colour", "rød", "#1f4e79"),
    ("greeting_nb", "x" * 501, "500"),
])
def test_unusable_appearance_is_refused_with_a_message(org_with_kb, admin_client, field, value, message):
    form = {"opens": "08:00", "closes": "16:00", "weekdays": "0,1,2,3,4", "response_hours": "4",
            "allowed_origins": ORIGIN, "widget_colour": "#1f4e79", field: value}
    html = admin_client.post("/assistant/settings/", form, follow=True, HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert message in html
    assert services.get_settings(org_with_kb).widget_colour == "#1f4e79"


def test_an_svg_logo_is_refused(org_with_kb, admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    html = admin_client.post("/assistant/settings/", {
        "opens": "08:00", "closes": "16:00", "weekdays": "0,1,2,3,4", "response_hours": "4",
        "allowed_origins": ORIGIN, "widget_colour": "#1f4e79",
        "widget_logo": SimpleUploadedFile("logo.svg", svg, "image/svg+xml")},
        follow=True, HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "PNG, JPEG eller WebP" in html
    assert not services.get_settings(org_with_kb).widget_logo_type


def test_only_admins_and_managers_change_the_widget(org_with_kb, make_user, login):
    support = login(make_user(org_with_kb, Role.SUPPORT))
    assert support.post("/assistant/settings/", {"widget_colour": "#000000"}).status_code == 403


def test_unknown_widget_key_has_no_appearance(db):
    assert Client().get("/assistant/public/wk_nope/appearance").status_code == 404
    assert Client().get("/assistant/public/wk_nope/logo").status_code == 404


def test_contact_details_are_found_exported_and_erased_for_a_data_subject_request(org_with_kb, other_org):
    from fornuft.assistant import personal_data
    from fornuft.governance.privacy.providers import SubjectQuery

    _closed(org_with_kb)
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, "Jeg vil snakke med et menneske")
    services.give_contact(conversation, handoff.Contact(email="kari@example.no", phone="+47 912 34 567"))
    assert [hit.record_id for hit in personal_data.search(org_with_kb, SubjectQuery(phone="91234567"))] \
        == [str(conversation.pk)]
    hits = personal_data.search(org_with_kb, SubjectQuery(email="KARI@example.no"))
    assert len(hits) == 1 and personal_data.search(other_org, SubjectQuery(email="kari@example.no")) == []
    exported = personal_data.export(org_with_kb, hits[0]).data
    assert exported["contact_phone"] == "+47 912 34 567" and exported["messages"]
    personal_data.erase(org_with_kb, hits[0])
    assert personal_data.search(org_with_kb, SubjectQuery(email="kari@example.no")) == []
