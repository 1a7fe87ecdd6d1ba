"""The input defects the security probe found, each reproduced: a clear refusal in the
API's JSON error shape or on the form, never a 500, never text that is not JSON."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from fornuft.assistant import services as assistant_services
from fornuft.assistant.models import Article
from fornuft.core.models import User
from fornuft.core.roles import Role
from fornuft.testing import factories

pytestmark = pytest.mark.postgres

NEW_USER = {"password": "fjordhest-lang-42", "first_name": "Ny", "last_name": "Person", "role": "employee"}


def _create_user_by_api(client, username):
    return client.post("/api/v1/users", {**NEW_USER, "username": username}, content_type="application/json")


def test_duplicate_username_is_a_409_conflict_not_a_500(admin_client):
    assert _create_user_by_api(admin_client, "kari").status_code == 201
    response = _create_user_by_api(admin_client, "kari")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "username_taken"
    assert response.json()["error"]["message"] == "Brukernavnet kari er opptatt; velg et annet."


def test_duplicate_username_on_the_form_says_so(admin_client):
    admin_client.post("/users/new", {**NEW_USER, "username": "kari"})
    response = admin_client.post("/users/new", {**NEW_USER, "username": "kari"})
    assert response.status_code == 400
    assert "Brukernavnet kari er opptatt" in response.content.decode()


@pytest.mark.parametrize("username", ["x" * 500, "<script>alert(1)</script>", "to ord", ""])
def test_bad_usernames_are_refused_in_the_api(admin_client, org, username):
    response = _create_user_by_api(admin_client, username)
    assert response.status_code in (400, 422), response.content
    assert response.json()["error"]["code"] in ("invalid_input", "bad_request")
    assert not User.objects.filter(username=username).exists()


@pytest.mark.parametrize("username", ["x" * 500, "<script>alert(1)</script>", "to ord"])
def test_bad_usernames_are_refused_on_the_form(admin_client, username):
    response = admin_client.post("/users/new", {**NEW_USER, "username": username})
    assert response.status_code == 400
    assert not User.objects.filter(username=username).exists()


def test_too_long_article_title_is_refused_in_the_api_and_the_form(org, make_user, login):
    agent = login(make_user(org, Role.SUPPORT))
    response = agent.post("/api/v1/assistant/articles", {"slug": "lang", "title": "t" * 2500, "body": "Tekst."},
                          content_type="application/json")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_input"
    page = agent.post("/assistant/kb/new/", {"slug": "lang", "title": "t" * 2500, "body": "Tekst.",
                                              "language": "nb"}, follow=True)
    assert "too long" in page.content.decode()
    assert not Article.objects.all_organizations().filter(slug="lang").exists()
    with pytest.raises(ValueError, match="at most 200"):
        assistant_services.save_article(org, slug="lang", title="t" * 201, body="Tekst.")


def test_huge_numbers_are_refused_and_never_become_infinity(admin_client):
    body = {"name": "Fakturamottak", "volume_per_month": 1e308, "minutes_per_item": 1e308, "hourly_cost_nok": 1e308}
    response = admin_client.post("/api/v1/adoption/processes", body, content_type="application/json")
    assert response.status_code == 422
    assert b"Infinity" not in response.content
    assert response.json()["error"]["code"] == "invalid_input"


def test_a_non_finite_number_in_a_response_is_written_as_null(rf):
    from fornuft.config.api import StrictJSONRenderer

    text = StrictJSONRenderer().render(rf.get("/api/v1/x"), {"a": float("inf"), "b": [float("nan"), 1.5]},
                                       response_status=200)
    assert json.loads(text) == {"a": None, "b": [None, 1.5]}


def test_a_1000_character_upload_filename_gets_a_clear_answer(org, login):
    finance = login(factories.user(org, Role.FINANCE))
    long_name = "faktura-" + "a" * 1000 + ".pdf"
    page = finance.post("/documents/invoices/upload",
                        {"files": [SimpleUploadedFile(long_name, b"%PDF-1.4\n", content_type="application/pdf")]},
                        follow=True)
    assert page.status_code == 200
    assert b"<html" in page.content.lower()
    api = finance.post("/api/v1/documents/invoices",
                       {"file": SimpleUploadedFile(long_name, b"%PDF-1.4\n", content_type="application/pdf")})
    assert api.status_code < 500
    if api.status_code >= 400:
        assert api.json()["error"]["message"]
    else:
        assert len(api.json()["filename"]) <= 255


def test_a_bare_400_becomes_the_error_page_or_the_json_shape(admin_client):
    # Django answers a malformed multipart body with 400; it used to be a bare page.
    body = b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.pdf\"\r\n\r\n"
    page = admin_client.post("/documents/invoices/upload", body, content_type="multipart/form-data; boundary=")
    assert page.status_code == 400
    assert b"<html" in page.content.lower() and b"request" in page.content.lower()
    api = admin_client.post("/api/v1/documents/invoices", body, content_type="multipart/form-data; boundary=")
    assert api.status_code == 400
    assert api.json()["error"]["code"] == "bad_request"


def test_chat_feedback_errors_are_sentences_not_python(org):
    config = assistant_services.get_settings(org)
    conversation = assistant_services.start_conversation(org)
    url = f"/assistant/public/{config.widget_key}/conversations/{conversation.public_id}/feedback"
    for payload in ({"csat": "x"}, {"csat": 1e308}, {"message": "abc", "value": 1}, {"message": 2**70, "value": 1},
                    {"message": 1, "value": "opp"}, {"csat": [1]}):
        response = Client().post(url, data=json.dumps(payload), content_type="application/json")
        assert response.status_code in (400, 404), payload
        message = response.json()["error"]["message"]
        assert "invalid literal" not in message and "int()" not in message and "Error" not in message
        assert "csat" in message or message == "No such message."


def test_api_errors_never_leak_exception_text(admin_client):
    response = admin_client.get(f"/api/v1/users/{2**70}")
    assert response.status_code in (400, 404)
    assert "Python int" not in response.json()["error"]["message"]
