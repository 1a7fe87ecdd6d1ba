"""Projects, end to end: services, page, API, CLI, background task and demo data."""

import pytest
from django.test import Client
from django.utils import translation

from fornuft.projects import services
from fornuft.projects.demo import DEMO_TITLES, load
from fornuft.projects.tasks import import_titles
from fornuft.testing import factories

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    """Messages in English here (the pages choose by the browser's language, the rest by
    the active one); the nb catalogue is checked by `make messages`."""
    with translation.override("en"):
        yield


def _logged_in(org) -> Client:
    client = Client(**ENGLISH)
    client.force_login(factories.user(org))
    return client


def test_items_belong_to_their_organization(org):
    services.create_item(org, "  Quarterly report ")
    services.create_item(factories.organization(), "Another company's item")
    assert [item.title for item in services.list_items(org)] == ["Quarterly report"]


@pytest.mark.parametrize("title", ["", "   ", "x" * 201])
def test_a_bad_title_is_refused_with_the_reason(org, title):
    with pytest.raises(ValueError, match="title"):
        services.create_item(org, title)


def test_the_page_adds_and_lists_items(org):
    client = _logged_in(org)
    assert client.post("/projects/", {"title": "Site visit"}).status_code == 302
    page = client.get("/projects/")
    assert page.status_code == 200 and "Site visit" in page.content.decode()
    refused = client.post("/projects/", {"title": " "})
    assert refused.status_code == 400 and "Give the item a title." in refused.content.decode()


def test_the_page_needs_a_login():
    assert Client().get("/projects/").status_code == 302


def test_the_api_adds_and_lists_items(org):
    client = _logged_in(org)
    created = client.post("/api/v1/projects/items", {"title": "From the API"}, content_type="application/json")
    assert created.status_code == 201 and created.json()["title"] == "From the API"
    assert [item["title"] for item in client.get("/api/v1/projects/items").json()] == ["From the API"]
    refused = client.post("/api/v1/projects/items", {"title": " "}, content_type="application/json")
    assert refused.status_code == 400 and refused.json()["error"]["message"] == "Give the item a title."


def test_the_task_adds_one_item_per_title(org):
    import_titles(org.pk, ["One", "Two"])
    assert sorted(item.title for item in services.list_items(org)) == ["One", "Two"]


def test_the_demo_data_is_loaded_once(org):
    load(org)
    load(org)
    assert sorted(item.title for item in services.list_items(org)) == sorted(DEMO_TITLES)
