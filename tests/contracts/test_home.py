"""The home page ("Mitt arbeid") tells the contract roles which contracts renew or expire within
90 days and which notice deadlines are close; other roles do not see contracts there."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone, translation

from fornuft.contracts import services
from fornuft.core.roles import Role
from fornuft.testing import factories
from tests.contracts.samples import EN_LICENCE, NO_SERVICE


@pytest.fixture
def org(db):
    return factories.organization()


def _home(org, role):
    client = Client(HTTP_ACCEPT_LANGUAGE="nb")
    client.force_login(factories.user(org, role=role))
    response = client.get("/")
    assert response.status_code == 200
    return response, {item.key: item for item in response.context["items"]}


def _contract(org, text, name, *, expires_in, notice_in=None):
    with translation.override("en"):
        contract = services.upload_contract(org, text.encode("utf-8"), filename=name, in_background=False)
        today = timezone.localdate()
        changes = {"expiration_date": str(today + timedelta(days=expires_in))}
        if notice_in is not None:
            changes["notice_deadline"] = str(today + timedelta(days=notice_in))
        return services.apply_correction(contract, changes, None)


@pytest.mark.parametrize("role", [Role.ADMIN, Role.MANAGER, Role.FINANCE, Role.HR])
def test_contract_roles_see_the_contracts_that_renew_within_90_days(org, role):
    soon = _contract(org, NO_SERVICE, "drift.txt", expires_in=40, notice_in=10)
    _contract(org, EN_LICENCE, "licence.txt", expires_in=200)
    response, items = _home(org, role)
    renewing = items["contracts.renewing"]
    assert renewing.count == 1 and [entry.url for entry in renewing.entries] == [f"/contracts/{soon.pk}/"]
    html = response.content.decode()
    assert "Avtaler som fornyes innen 90 dager" in html and f'href="/contracts/{soon.pk}/"' in html
    notice = items["contracts.notice"]
    assert notice.count == 1 and notice.urgent
    assert "Siste frist for oppsigelse innen 30 dager" in html


@pytest.mark.parametrize("role", [Role.EMPLOYEE, Role.SUPPORT, Role.AUDITOR])
def test_other_roles_see_no_contracts_on_their_home(org, role):
    _contract(org, NO_SERVICE, "drift.txt", expires_in=40, notice_in=10)
    response, items = _home(org, role)
    assert not {key for key in items if key.startswith("contracts.")}
    assert "Avtaler som fornyes" not in response.content.decode()


def test_the_home_list_leaves_out_expired_far_off_and_other_organizations_contracts(org):
    _contract(org, NO_SERVICE, "utlopt.txt", expires_in=-5, notice_in=-40)
    _contract(org, EN_LICENCE, "langt-frem.txt", expires_in=91, notice_in=31)
    other = factories.organization()
    _contract(other, NO_SERVICE, "annen.txt", expires_in=20, notice_in=5)
    _response, items = _home(org, Role.MANAGER)
    assert items["contracts.renewing"].count == 0
    assert "contracts.notice" not in items  # no notice deadline inside 30 days: nothing urgent
