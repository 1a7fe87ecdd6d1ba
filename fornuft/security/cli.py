"""`fornuft security …`: sign-in alerts, the ransomware watcher and the backup scan.

`logins`, `watch` and `scan` work from a bare shell, without a server or a database
(the published contract, docs/security.md); `logins --store` also files the alerts as
incidents in the organization's database."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from fornuft.platform.cli import organization_option

# Services (and through them the models) are imported inside the commands: `fornuft`
# lists its commands before Django is set up.


@click.group(name="security")
def group() -> None:
    """Sign-in monitoring, the ransomware watcher and backup snapshot checks."""


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


GEOIP_HELP = "City-level GeoIP range table (CSV) over the installed country database, or 'off'."


def _load_config(path: str | None) -> dict:
    if not path:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"{path}: not a readable JSON settings file ({exc})") from None
    if not isinstance(data, dict):
        raise click.ClickException(f"{path}: the settings must be a JSON object")
    return data


def detector_options(config: dict, geoip_path: str | None, zone: str) -> dict:
    """The Detector's keyword arguments from a settings object (the same keys the settings page stores)."""
    from fornuft.security.detection import KnownTravel, Thresholds
    from fornuft.security.geo import Networks, installed_geoip
    from fornuft.security.signins import parse_time

    try:
        thresholds = Thresholds.from_dict(config.get("thresholds") or {})
        vpn = Networks(config.get("vpn") or [])
        travel = [KnownTravel(str(t["user"]), str(t["country"]).upper(), parse_time(str(t["start"])),
                              parse_time(str(t["end"]))) for t in config.get("travel") or []]
        allowed = {str(user).lower(): {kind: set(values) for kind, values in kinds.items()}
                   for user, kinds in (config.get("allowed") or {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise click.ClickException(f"settings: {exc}") from None
    geoip_path = geoip_path or config.get("geoip")
    try:
        geoip = installed_geoip(geoip_path)
    except OSError as exc:
        raise click.ClickException(f"{geoip_path}: cannot read the GeoIP table ({exc.strerror}); give a CSV of "
                                   "address ranges, or 'off'") from None
    return {"thresholds": thresholds, "vpn": vpn, "travel": travel, "allowed": allowed, "geoip": geoip,
            "zone": zone}


@group.command()
@click.argument("logs", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["auto", "fornuft", "entra", "sshd", "windows", "csv"]),
              default="auto", show_default=True, help="Log format (auto detects it per file).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per alert, one per line.")
@click.option("--zone", default="Europe/Oslo", show_default=True,
              help="Time zone of syslog lines without one, and of off-hours.")
@click.option("--geoip", "geoip_path", type=click.Path(), help=GEOIP_HELP)
@click.option("--config", "config_path", type=click.Path(),
              help='JSON: {"thresholds": {...}, "vpn": [CIDR...], "travel": [{user,country,start,end}], '
                   '"allowed": {user: {"country": [...], "device": [...], "hour": [...]}}}')
@click.option("--store", is_flag=True, help="Also store the sign-ins and file the alerts as incidents.")
@organization_option
def logins(logs, fmt, as_json, zone, geoip_path, config_path, store, org_slug):
    """Read sign-in logs and print the alerts: brute force, spraying, stuffing, impossible travel, new
    country or device, off-hours, success after failures."""
    from zoneinfo import ZoneInfoNotFoundError

    from fornuft.security.detection import detect
    from fornuft.security.signins import ParseReport, UnknownFormat, read_file

    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(zone)
        options = detector_options(_load_config(config_path), geoip_path, zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise click.ClickException(f"unknown time zone {zone!r}") from None
    events, failed = [], 0
    for log in logs:
        report = ParseReport()
        try:
            events.extend(read_file(log, fmt, zone=zone, report=report))
        except (OSError, UnknownFormat, ValueError) as exc:
            message = getattr(exc, "strerror", None) or str(exc)
            click.echo(f"{log}: {message}", err=True)
            failed += 1
            continue
        except ZoneInfoNotFoundError:
            raise click.ClickException(f"unknown time zone {zone!r}") from None
        if report.skipped or not report.events:
            click.echo(f"{log}: {report.format}, {report.events} sign-ins read, {report.skipped} unreadable "
                       f"line(s) skipped" + (f" (first: {report.examples[0]})" if report.examples else ""), err=True)
    alerts = detect(events, **options)
    if store:
        from fornuft.platform.cli import prepare_database, resolve_organization

        prepare_database()
        organization = resolve_organization(org_slug)
        from fornuft.security import services

        services.store_signins(organization, events, alerts)
    for alert in alerts:
        if as_json:
            _emit(alert.as_json())
        else:
            click.echo(f"{alert.severity:6} {alert.rule:22} {alert.as_json()['first_seen']}  {alert.reason}")
    if failed:
        sys.exit(1)


@group.command()
@click.argument("logs", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["auto", "fornuft", "entra", "sshd", "windows", "csv"]),
              default="auto", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line: ready, then alerts.")
@click.option("--zone", default="Europe/Oslo", show_default=True)
@click.option("--geoip", "geoip_path", type=click.Path(), help=GEOIP_HELP)
@click.option("--config", "config_path", type=click.Path(), help="The same settings file as `logins --config`.")
@click.option("--from-start", is_flag=True, help="Read the files from their start (default: only new lines).")
@click.option("--store", is_flag=True, help="File the alerts as incidents in the organization's database.")
@organization_option
def tail(logs, fmt, as_json, zone, geoip_path, config_path, from_start, store, org_slug):
    """Follow sign-in logs as they grow (rotation included) and print alerts seconds after the sign-in."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from fornuft.security.detection import Detector
    from fornuft.security.tailing import run_tail

    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise click.ClickException(f"unknown time zone {zone!r}") from None
    options = detector_options(_load_config(config_path), geoip_path, zone)
    detector = Detector(**options)
    organization = None
    if store:
        from fornuft.platform.cli import prepare_database, resolve_organization

        prepare_database()
        organization = resolve_organization(org_slug)

    def output(obj: dict) -> None:
        if as_json:
            _emit(obj)
        elif "rule" in obj:
            click.echo(f"{obj['first_seen']} {obj['severity']:6} {obj['rule']}: {obj['reason']}")
        if organization is not None and "rule" in obj:
            from fornuft.security import services

            services.raise_alert(organization, obj)

    def problem(obj: dict) -> None:
        sys.stderr.write(json.dumps(obj, ensure_ascii=False) + "\n")
        sys.stderr.flush()

    sys.exit(run_tail([Path(p) for p in logs], detector, output, problem, fmt=fmt, zone=zone, from_start=from_start))


@group.command()
@click.argument("dirs", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line: ready, then alerts.")
@click.option("--no-canaries", is_flag=True, help="Do not plant canary files.")
@click.option("--webhook", help="POST each alert as JSON to this URL.")
@click.option("--mail", "mail_to", help="Mail each alert to this address (Django's mail settings).")
@click.option("--command", "command", help="Run this command on each alert, the alert as JSON on its stdin.")
def watch(dirs, as_json, no_canaries, webhook, mail_to, command):
    """Watch file shares for ransomware until SIGINT or SIGTERM."""
    from fornuft.security.responses import Responder
    from fornuft.security.watcher import run_watcher

    responder = Responder(webhook=webhook, mail_to=mail_to, command=command)

    def output(obj: dict) -> None:
        if as_json:
            _emit(obj)
        elif "rule" in obj:
            click.echo(f"{obj['time']} {obj['severity']:6} {obj['rule']}: {obj['reason']}")
            sys.stdout.flush()
        else:
            click.echo(json.dumps(obj))
            sys.stdout.flush()
        if "rule" in obj:
            responder.respond(obj)

    def problem(obj: dict) -> None:
        sys.stderr.write(json.dumps(obj, ensure_ascii=False) + "\n")
        sys.stderr.flush()

    code = run_watcher([Path(d) for d in dirs], output, problem, canaries=not no_canaries)
    responder.close()
    sys.exit(code)


@group.command()
@click.argument("snapshot", type=click.Path())
@click.option("--baseline", "baseline", required=True, type=click.Path(), help="The older snapshot to compare with.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def scan(snapshot, baseline, as_json):
    """Compare a backup snapshot with an older one: clean, suspicious or encrypted."""
    from fornuft.security.snapshots import scan_snapshot

    for path in (snapshot, baseline):
        if not Path(path).is_dir():
            raise click.ClickException(f"{path}: not a directory")
    result = scan_snapshot(Path(snapshot), Path(baseline))
    if as_json:
        _emit(result)
    else:
        click.echo(f"{result['verdict']}: {result['reason']}")
        for name in result["files"][:20]:
            click.echo(f"  {name}")
