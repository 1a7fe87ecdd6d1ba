"""The huey task and the CLI are thin shells over measurement.refresh and the services."""

import pypdfium2  # noqa: F401 - fail early if the PDF reader is missing
from click.testing import CliRunner

from fornuft.adoption import tasks
from fornuft.adoption.models import DailyRollup, Process, RollupState
from fornuft.cli import cli
from fornuft.core.tenancy import activate
from fornuft.governance.decisions import record_decision


def test_periodic_task_refreshes_every_organization(org, other_org, system):
    record_decision(org, system, subject=("t", 1), output={"a": 1}, confidence=0.9)
    tasks.refresh_rollups.call_local()
    assert DailyRollup.objects.all_organizations().get(organization=org).items == 1
    assert RollupState.objects.for_organization(other_org).exists()
    record_decision(org, system, subject=("t", 2), output={"a": 1}, confidence=0.9)
    tasks.refresh_organization(org.pk)  # huey runs immediately in tests
    assert DailyRollup.objects.all_organizations().get(organization=org).items == 2


def test_cli_quickwins_refresh_and_report(org, economy, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["adoption", "quickwins", "--org", org.slug])
    assert result.exit_code == 1 and "no processes" in result.output
    with activate(org):
        Process.objects.create(name="Fakturaer", department=economy, volume_per_month=800, minutes_per_item=6,
                               hourly_cost_nok=650, rule_based=5, data_availability="available")
    result = runner.invoke(cli, ["adoption", "quickwins", "--org", org.slug])
    assert result.exit_code == 0, result.output
    assert "1. Fakturaer: 72.0 h/month addressable" in result.output
    result = runner.invoke(cli, ["adoption", "refresh", "--org", org.slug])
    assert result.exit_code == 0 and "0 decisions measured" in result.output
    target = tmp_path / "rapport.pdf"
    result = runner.invoke(cli, ["adoption", "report", "--org", org.slug, "--lang", "en", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF")
    result = runner.invoke(cli, ["adoption", "refresh", "--org", "finnes-ikke"])
    assert result.exit_code == 1 and "no organization" in result.output
