"""The public chat widget under abuse: other web sites are refused by default, and each
address and each widget key may open only so many conversations a minute."""

import json

import pytest
from django.test import Client, override_settings

from fornuft.assistant import services
from fornuft.assistant.models import Conversation
from fornuft.core.roles import Role
from fornuft.testing import factories

pytestmark = pytest.mark.django_db
LIMITS = {"starts_per_address": 3, "starts_per_key": 5, "messages_per_address": 4, "messages_per_key": 100}


@pytest.fixture
def shop():
    """An organization with its own web site (its e-mail domain) and no list of its own."""
    return factories.organization("Nordlys Butikk AS", domain="nordlys.no")


def _start(client, key, origin=None, address="203.0.113.7"):
    extra = {"HTTP_ORIGIN": origin} if origin else {}
    return client.post(f"/assistant/public/{key}/conversations", data="{}", content_type="application/json",
                       REMOTE_ADDR=address, **extra)


def test_by_default_only_the_organizations_own_site_may_use_the_chat(shop):
    key = services.get_settings(shop).widget_key
    client = Client()
    assert _start(client, key, "https://nordlys.no").status_code == 201
    assert _start(client, key, "https://www.nordlys.no").status_code == 201
    refused = _start(client, key, "https://evil.example")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "origin_not_allowed"
    assert "Access-Control-Allow-Origin" not in refused


def test_a_burst_from_another_site_opens_no_conversation(shop):
    key = services.get_settings(shop).widget_key
    client = Client()
    statuses = {_start(client, key, "https://evil.example", address=f"198.51.100.{n % 250}").status_code
                for n in range(300)}
    assert statuses == {403}
    assert Conversation.objects.all_organizations().filter(organization=shop).count() == 0


def test_without_a_domain_or_a_list_no_site_may_embed_it(org):
    key = services.get_settings(org).widget_key
    assert _start(Client(), key, "https://nordlys.no").status_code == 403


def test_the_list_an_admin_sets_replaces_the_default(shop):
    config = services.get_settings(shop)
    config.allowed_origins = "https://butikk.example"
    config.save()
    client = Client()
    assert _start(client, config.widget_key, "https://butikk.example").status_code == 201
    assert _start(client, config.widget_key, "https://nordlys.no").status_code == 403


@override_settings(FORNUFT_WIDGET_LIMITS=LIMITS)
def test_one_address_may_open_only_so_many_conversations_a_minute(shop):
    key = services.get_settings(shop).widget_key
    client = Client()
    assert [_start(client, key, "https://nordlys.no").status_code for _ in range(3)] == [201, 201, 201]
    refused = _start(client, key, "https://nordlys.no")
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["Access-Control-Allow-Origin"] == "https://nordlys.no"  # the widget can read the answer
    assert _start(client, key, "https://nordlys.no", address="203.0.113.8").status_code == 201


@override_settings(FORNUFT_WIDGET_LIMITS=LIMITS)
def test_one_widget_key_may_open_only_so_many_conversations_a_minute(shop, other_org):
    key = services.get_settings(shop).widget_key
    client = Client()
    statuses = [_start(client, key, "https://nordlys.no", address=f"203.0.113.{n}").status_code for n in range(7)]
    assert statuses == [201] * 5 + [429, 429]
    # Another organization's widget is not affected.
    other = services.get_settings(other_org)
    other.allowed_origins = "https://andre.example"
    other.save()
    assert _start(client, other.widget_key, "https://andre.example").status_code == 201


@override_settings(FORNUFT_WIDGET_LIMITS=LIMITS)
def test_messages_are_limited_per_address_across_conversations(shop):
    key = services.get_settings(shop).widget_key
    client = Client()
    statuses = []
    for _ in range(3):
        conversation = _start(client, key, "https://nordlys.no", address="203.0.113.9").json()["conversation"]
        for _ in range(2):
            statuses.append(client.post(f"/assistant/public/{key}/conversations/{conversation}/messages",
                                        data=json.dumps({"text": "Hei"}), content_type="application/json",
                                        HTTP_ORIGIN="https://nordlys.no", REMOTE_ADDR="203.0.113.9").status_code)
    assert statuses[:4] == [200] * 4 and set(statuses[4:]) == {429}


def test_the_admin_sets_the_list_on_the_settings_page_and_sees_what_applies(shop, login):
    admin = login(factories.user(shop, Role.ADMIN))
    page = admin.get("/assistant/settings/").content.decode()
    assert "https://nordlys.no" in page  # the default in effect is shown
    refused = admin.post("/assistant/settings/", {"allowed_origins": "*.evil.example\nhttps://ok.example/side",
                                                   "opens": "08:00", "closes": "16:00", "weekdays": "0,1,2,3,4",
                                                   "response_hours": "4"}, follow=True)
    assert "ikke en nettstedsadresse" in refused.content.decode()
    assert services.get_settings(shop).allowed_origins == ""
    admin.post("/assistant/settings/", {"allowed_origins": "https://butikk.example/\n\nhttps://www.butikk.example",
                                        "opens": "08:00", "closes": "16:00", "weekdays": "0,1,2,3,4",
                                        "response_hours": "4"})
    assert services.get_settings(shop).allowed_origins == "https://butikk.example\nhttps://www.butikk.example"
