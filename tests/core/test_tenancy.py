"""A user of organization A must never see organization B's data: UI and API answer 404."""

import pytest

from fornuft.core import tenancy
from fornuft.core.models import ApiToken
from fornuft.core.roles import Role
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import AISystem, Decision, ReviewTask
from fornuft.testing import factories

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_orgs(org, other_org):
    admin_a = factories.user(org, Role.ADMIN, username="admin-a")
    admin_b = factories.user(other_org, Role.ADMIN, username="admin-b")
    system_b = factories.ai_system(other_org, key="b.sorter", confidence_threshold=0.9)
    decision_b = record_decision(other_org, system_b, subject=("doc", 1), output={"label": "x"}, confidence=0.5)
    token_b, _key = ApiToken.issue(admin_b, "b token")
    with tenancy.activate(other_org):
        review_b = ReviewTask.objects.get(decision=decision_b)
    return {"admin_a": admin_a, "admin_b": admin_b, "system_b": system_b, "decision_b": decision_b,
            "review_b": review_b, "token_b": token_b}


def test_ui_gives_404_for_another_organizations_objects(two_orgs, login):
    client = login(two_orgs["admin_a"])
    urls = [
        f"/governance/systems/{two_orgs['system_b'].key}/",
        f"/governance/decisions/{two_orgs['decision_b'].seq}/",
        f"/governance/reviews/{two_orgs['review_b'].pk}/",
        f"/users/{two_orgs['admin_b'].pk}/password",
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    resolve_url = f"/governance/reviews/{two_orgs['review_b'].pk}/resolve"
    assert client.post(resolve_url, {"verdict": "accept"}).status_code == 404
    assert client.post(f"/tokens/{two_orgs['token_b'].pk}/revoke").status_code == 404
    two_orgs["review_b"].refresh_from_db()
    assert two_orgs["review_b"].status == "open"


def test_own_objects_are_found(two_orgs, login):
    client = login(two_orgs["admin_b"])
    assert client.get(f"/governance/systems/{two_orgs['system_b'].key}/").status_code == 200
    assert client.get(f"/governance/reviews/{two_orgs['review_b'].pk}/").status_code == 200


def test_api_gives_404_for_another_organizations_objects(two_orgs, login):
    client = login(two_orgs["admin_a"])
    for url in [
        f"/api/v1/governance/systems/{two_orgs['system_b'].key}",
        f"/api/v1/governance/decisions/{two_orgs['decision_b'].seq}",
        f"/api/v1/governance/reviews/{two_orgs['review_b'].pk}",
        f"/api/v1/users/{two_orgs['admin_b'].pk}",
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]["code"] == "not_found"
    listing = client.get("/api/v1/governance/systems").json()
    assert "b.sorter" not in {system["key"] for system in listing}
    assert client.get("/api/v1/governance/decisions").json()["count"] == 0


def test_scoped_manager_filters_by_active_organization(two_orgs, org, other_org):
    with tenancy.activate(org):
        assert not AISystem.objects.filter(key="b.sorter").exists()
        assert Decision.objects.count() == 0
    with tenancy.activate(other_org):
        assert AISystem.objects.filter(key="b.sorter").exists()
    with tenancy.activate(None):  # anonymous request: sees nothing
        assert AISystem.objects.count() == 0


def test_saving_a_row_of_another_organization_is_refused(two_orgs, org):
    system_b = two_orgs["system_b"]
    with tenancy.activate(org), pytest.raises(tenancy.CrossTenantError):
        system_b.save()


def test_rows_created_in_scope_belong_to_the_active_organization(org):
    from fornuft.core.models import Department

    with tenancy.activate(org):
        department = Department.objects.create(name="Salg")
    assert department.organization == org


def test_anonymous_request_cannot_write(org):
    from fornuft.core.models import Department

    with tenancy.activate(None), pytest.raises(tenancy.CrossTenantError):
        Department(organization=org, name="X").save()
