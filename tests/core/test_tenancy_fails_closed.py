"""With no organization active, a scoped query raises instead of returning every
organization's rows; code that works across organizations says so by name."""

import pytest
from click.testing import CliRunner
from django.db import transaction
from huey.contrib.djhuey import HUEY, db_task
from huey.exceptions import TaskException

from fornuft.core import tenancy
from fornuft.core.models import Department
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import AISystem, Decision
from fornuft.testing import factories

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_logs(org, other_org):
    for organization, count in ((org, 2), (other_org, 3)):
        system = factories.ai_system(organization, key="t.sorter", confidence_threshold=0.0)
        for n in range(count):
            record_decision(organization, system, subject=("item", n), output={"label": "a"}, confidence=0.9)
    return org, other_org


@db_task()
def count_decisions_forgetting_the_organization() -> int:
    """A task written wrongly: it never activates an organization."""
    return Decision.objects.count()


@db_task()
def count_decisions_of(organization_id: int) -> int:
    """The same task written right: it activates the organization it works for."""
    from fornuft.core.models import Organization

    organization = Organization.objects.get(pk=organization_id)
    with tenancy.activate(organization):
        return Decision.objects.count()


@pytest.mark.parametrize("query", [
    lambda: list(Decision.objects.all()),
    lambda: Decision.objects.count(),
    lambda: Decision.objects.filter(confidence__gt=0).exists(),
    lambda: Decision.objects.first(),
    lambda: AISystem.objects.get(key="t.sorter"),
    lambda: AISystem.objects.update(name="renamed"),
    lambda: AISystem.objects.filter(pk__in=Decision.objects.values("system_id")).exists(),  # as a subquery
    lambda: list(AISystem.objects.filter(key="t.sorter").values_list("name", flat=True)),
])
def test_a_query_outside_any_organization_raises(two_logs, query):
    # (a savepoint: a failed update marks the surrounding transaction for rollback)
    with pytest.raises(tenancy.TenantScopeMissing, match=r"activate\(organization\)"), transaction.atomic():
        query()
    assert not AISystem.objects.all_organizations().filter(name="renamed").exists()


def test_the_error_names_the_model_and_both_ways_out(two_logs):
    with pytest.raises(tenancy.TenantScopeMissing) as raised:
        Decision.objects.count()
    message = str(raised.value)
    assert "Decision rows cannot be read" in message
    assert "Decision.objects.all_organizations()" in message


def test_organization_users_raise_outside_any_organization(org):
    factories.user(org)
    with pytest.raises(tenancy.TenantScopeMissing, match="users cannot be listed"):
        tenancy.organization_users()
    with tenancy.activate(org):
        assert tenancy.organization_users().count() == 1


def test_activated_queries_and_the_named_cross_organization_path(two_logs):
    org, other_org = two_logs
    with tenancy.activate(org):
        assert Decision.objects.count() == 2
    with tenancy.activate(other_org):
        assert Decision.objects.count() == 3
    assert Decision.objects.all_organizations().count() == 5


def test_a_related_manager_is_bound_to_its_parent_row(two_logs):
    org, other_org = two_logs
    system = AISystem.objects.all_organizations().get(organization=other_org, key="t.sorter")
    assert system.decisions.count() == 3
    with tenancy.activate(org):  # still filtered by the active organization
        assert system.decisions.count() == 0


def test_saving_needs_an_organization_explicitly_or_active(org):
    Department.objects.create(organization=org, name="Explicit")  # a CLI or demo loader naming it
    with pytest.raises(tenancy.TenantScopeMissing, match="names none"):
        Department.objects.create(name="Nobody's")
    with tenancy.activate(org):
        assert sorted(Department.objects.values_list("name", flat=True)) == ["Explicit"]


def test_a_task_that_forgets_to_activate_fails_loudly_instead_of_leaking(two_logs):
    org, _other = two_logs
    assert HUEY.immediate
    # Enqueued from inside a request of `org`: the task still starts with nothing active,
    # as it would in the worker process, so it cannot quietly count every organization's rows.
    with tenancy.activate(org):
        result = count_decisions_forgetting_the_organization()
        with pytest.raises(TaskException, match="TenantScopeMissing"):
            result.get()
        assert Decision.objects.count() == 2  # the caller's organization is active again
    assert count_decisions_of(org.pk).get() == 2


def test_the_platform_tasks_work_organization_by_organization(two_logs):
    from fornuft.adoption.models import RollupState
    from fornuft.adoption.tasks import refresh_organization
    from fornuft.core.tasks import verify_decision_chains
    from fornuft.governance.tasks import nightly_retention_purge, purge_organization

    org, other_org = two_logs
    summary = verify_decision_chains().get()
    assert summary["broken"] == [] and summary["records"] == 5
    assert nightly_retention_purge.call_local()  # periodic: every organization in turn
    purge_organization(other_org.pk).get()
    refresh_organization(other_org.pk).get()
    assert RollupState.objects.all_organizations().get(organization=other_org).decisions_seen == 3


def test_a_cli_command_works_for_the_organization_it_resolved(two_logs):
    import click

    from fornuft.cli import resolve_organization

    org, other_org = two_logs

    @click.command()
    @click.option("--org", "org_slug")
    def count(org_slug):
        resolve_organization(org_slug)
        click.echo(Decision.objects.count())

    result = CliRunner().invoke(count, ["--org", other_org.slug])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "3"
    with pytest.raises(tenancy.TenantScopeMissing):  # the command's scope ended with it
        Decision.objects.count()


def test_a_named_organization_is_read_explicitly_but_not_across_an_active_one(two_logs):
    org, other_org = two_logs
    assert Decision.objects.for_organization(other_org).count() == 3  # a task or CLI naming it
    with tenancy.activate(org):
        assert Decision.objects.for_organization(org).count() == 2
        with pytest.raises(tenancy.CrossTenantError, match="organization"):
            Decision.objects.for_organization(other_org)
    with tenancy.activate(None), pytest.raises(tenancy.CrossTenantError):
        Decision.objects.for_organization(org)


def test_bulk_create_keeps_the_write_rule(org, other_org):
    with tenancy.activate(org):
        Department.objects.bulk_create([Department(name="Salg")])  # takes the active organization
        with pytest.raises(tenancy.CrossTenantError):
            Department.objects.bulk_create([Department(organization=other_org, name="Innbrudd")])
    with pytest.raises(tenancy.TenantScopeMissing):
        Department.objects.bulk_create([Department(name="Nobody's")])
    assert list(Department.objects.all_organizations().values_list("organization_id", "name")) == [(org.pk, "Salg")]


def test_data_migrations_are_not_scoped(db):
    """Historical models get Django's plain manager, so a data migration reads every row."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    historical = MigrationLoader(connection).project_state().apps.get_model("governance", "Decision")
    assert not isinstance(historical._default_manager, tenancy.OrgScopedManager)
    assert isinstance(Decision._default_manager, tenancy.OrgScopedManager)
