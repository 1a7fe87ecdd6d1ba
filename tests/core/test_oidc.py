"""Sign-in with Microsoft Entra ID / OIDC against a small local provider
(tests/core/oidc_provider.py): the whole authorization-code flow with PKCE."""

import http.client
import urllib.parse

import pytest
from django.test import Client

from fornuft.core import oidc
from fornuft.core.roles import Role
from fornuft.testing import factories
from tests.core.oidc_provider import FakeOIDCProvider, other_key


@pytest.fixture
def provider(settings):
    oidc._cache.clear()
    with FakeOIDCProvider() as fake:
        settings.FORNUFT_OIDC = fake.settings()
        yield fake
    oidc._cache.clear()


def _sign_in_at_provider(client: Client, provider, *, tamper_state: bool = False, lang: str = "en"):
    """Clicks "Sign in with Microsoft", lets the provider answer, follows the browser back."""
    start = client.get("/login/oidc/", {"next": "/users/"})
    assert start.status_code == 302
    authorize = urllib.parse.urlsplit(start["Location"])
    assert authorize.netloc == urllib.parse.urlsplit(provider.issuer).netloc
    sent = dict(urllib.parse.parse_qsl(authorize.query))
    assert sent["code_challenge_method"] == "S256" and sent["client_id"] == "fornuft-test-client"
    connection = http.client.HTTPConnection(authorize.hostname, authorize.port, timeout=5)
    connection.request("GET", f"{authorize.path}?{authorize.query}")
    back = connection.getresponse().getheader("Location")
    connection.close()
    callback = urllib.parse.urlsplit(back)
    query = dict(urllib.parse.parse_qsl(callback.query))
    if tamper_state:
        query["state"] = "forged-" + query["state"]
    return client.get(callback.path, query, HTTP_ACCEPT_LANGUAGE=lang)


def _logged_in(client: Client) -> bool:
    return client.get("/").status_code == 200


def test_login_page_offers_microsoft_only_when_configured(client, settings, db):
    settings.FORNUFT_OIDC = None
    assert "Sign in with" not in client.get("/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert client.get("/login/oidc/").status_code == 404
    settings.FORNUFT_OIDC = {"issuer": "https://login.example", "client_id": "x", "client_secret": "y",
                             "label": "Microsoft"}
    assert "Sign in with Microsoft" in client.get("/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_a_known_active_user_is_signed_in(provider, org, client):
    person = factories.user(org, Role.FINANCE, email="Kari.Nordmann@nordlys.no")
    provider.person = {"email": "kari.nordmann@nordlys.no"}
    response = _sign_in_at_provider(client, provider)
    assert response.status_code == 302 and response["Location"] == "/users/"
    assert _logged_in(client)
    assert int(client.session["_auth_user_id"]) == person.pk
    # The client secret went to the token endpoint, and the PKCE verifier with it.
    assert provider.token_requests[0]["code_verifier"]


def test_entra_without_an_email_claim_uses_the_sign_in_name(provider, org, client):
    factories.user(org, Role.HR, email="hr@nordlys.no")
    provider.person = {"preferred_username": "hr@nordlys.no"}
    assert _sign_in_at_provider(client, provider).status_code == 302
    assert _logged_in(client)


def test_wrong_state_is_refused(provider, org, client):
    factories.user(org, Role.FINANCE, email="kari@nordlys.no")
    provider.person = {"email": "kari@nordlys.no"}
    response = _sign_in_at_provider(client, provider, tamper_state=True)
    assert response.status_code == 400
    assert "was not started here" in response.content.decode()
    assert not _logged_in(client)


def test_a_callback_cannot_be_replayed(provider, org, client):
    factories.user(org, Role.FINANCE, email="kari@nordlys.no")
    provider.person = {"email": "kari@nordlys.no"}
    start = client.get("/login/oidc/")
    state = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(start["Location"]).query))["state"]
    client.get("/login/oidc/callback", {"state": state, "code": "guessed"})
    assert client.get("/login/oidc/callback", {"state": state, "code": "guessed"}).status_code == 400
    assert not _logged_in(client)


def test_a_forged_signature_is_refused(provider, org, client):
    factories.user(org, Role.FINANCE, email="kari@nordlys.no")
    provider.person = {"email": "kari@nordlys.no"}
    provider.sign_with = other_key()
    response = _sign_in_at_provider(client, provider)
    assert response.status_code == 403
    assert "could not be verified" in response.content.decode()
    assert not _logged_in(client)


def test_an_expired_token_is_refused(provider, org, client):
    factories.user(org, Role.FINANCE, email="kari@nordlys.no")
    provider.person = {"email": "kari@nordlys.no"}
    provider.extra_claims = {"exp": 1_000_000_000}
    response = _sign_in_at_provider(client, provider, lang="nb")
    assert response.status_code == 403
    assert "har gått ut" in response.content.decode()
    assert not _logged_in(client)


def test_a_token_for_another_client_is_refused(provider, org, client):
    factories.user(org, Role.FINANCE, email="kari@nordlys.no")
    provider.person = {"email": "kari@nordlys.no"}
    provider.extra_claims = {"aud": "some-other-app"}
    assert _sign_in_at_provider(client, provider).status_code == 403
    assert not _logged_in(client)


def test_an_unknown_person_is_not_given_an_account(provider, org, client):
    provider.person = {"email": "fremmed@nordlys.no"}
    response = _sign_in_at_provider(client, provider)
    assert response.status_code == 403
    assert "No Fornuft user has the email fremmed@nordlys.no" in response.content.decode()
    assert not _logged_in(client)
    assert not org.users.filter(email="fremmed@nordlys.no").exists()


def test_a_deactivated_user_is_refused(provider, org, client):
    person = factories.user(org, Role.FINANCE, email="kari@nordlys.no")
    person.is_active = False
    person.save(update_fields=["is_active"])
    provider.person = {"email": "kari@nordlys.no"}
    response = _sign_in_at_provider(client, provider, lang="nb")
    assert response.status_code == 403
    assert "deaktivert" in response.content.decode()
    assert not _logged_in(client)


def test_accounts_are_created_only_when_switched_on_and_for_the_own_domain(provider, settings, client, db):
    organization = factories.organization("Nordlys AS", domain="nordlys.no")
    settings.FORNUFT_OIDC = provider.settings(create_users=True)
    provider.person = {"email": "ny@konkurrent.no"}
    assert _sign_in_at_provider(client, provider).status_code == 403
    provider.person = {"email": "ny.ansatt@nordlys.no", "given_name": "Ny", "family_name": "Ansatt"}
    assert _sign_in_at_provider(client, provider).status_code == 302
    created = organization.users.get(email="ny.ansatt@nordlys.no")
    assert created.role == Role.EMPLOYEE and not created.has_usable_password()


def test_the_configured_organization_limits_who_signs_in(provider, settings, org, other_org, client):
    factories.user(other_org, Role.ADMIN, email="sjef@konkurrent.no")
    settings.FORNUFT_OIDC = provider.settings(organization=org.slug)
    provider.person = {"email": "sjef@konkurrent.no"}
    assert _sign_in_at_provider(client, provider).status_code == 403
    assert not _logged_in(client)


def test_an_unreachable_provider_gives_a_clear_message(settings, client, db):
    oidc._cache.clear()
    settings.FORNUFT_OIDC = {"issuer": "http://127.0.0.1:9/none", "client_id": "x", "client_secret": "y",
                             "label": "Microsoft", "timeout": 2}
    response = client.get("/login/oidc/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 502
    assert "could not be reached" in response.content.decode()


def test_unsigned_tokens_are_never_accepted(provider):
    import base64
    import json

    def part(value):
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    token = f"{part({'alg': 'none'})}.{part({'iss': provider.issuer, 'aud': 'fornuft-test-client'})}."
    with pytest.raises(oidc.OIDCError) as caught:
        oidc.verify_id_token(token, nonce="n")
    assert caught.value.code == "bad_algorithm"
