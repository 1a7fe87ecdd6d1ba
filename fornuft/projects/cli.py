"""`fornuft project …`: plan an assignment, schedule a PSPLIB instance, assess project risk.

These three commands are the stable contract (docs/projects.md); they need no server and no
database. Errors are one line on stderr and exit status 1.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

MAX_INPUT_BYTES = 50_000_000


@click.group(name="project")
def group() -> None:
    """Projects: assignment → plan and team; scheduling; early warning."""


def _read(path: str, what: str) -> bytes:
    file = Path(path)
    if not file.is_file():
        raise click.ClickException(f"{path}: no such file")
    if file.stat().st_size > MAX_INPUT_BYTES:
        raise click.ClickException(f"{path}: the {what} is larger than {MAX_INPUT_BYTES // 1_000_000} MB")
    try:
        return file.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read the {what}: {exc.strerror}") from None


def _text(path: str, what: str) -> str:
    data = _read(path, what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")


def _parse_pins(values: tuple[str, ...]) -> dict[str, str]:
    pins = {}
    for value in values:
        task, sep, person = value.partition("=")
        if not sep or not task.strip() or not person.strip():
            raise click.ClickException(f"--pin {value!r}: write TASK=PERSON, e.g. --pin T3='Kari Nordmann'")
        pins[task.strip()] = person.strip()
    return pins


def _environment_glossary():
    """FORNUFT_GLOSSARY (industry packs or CSV files) for runs without a database, as mail's CLI does."""
    from fornuft.glossary.terms import from_environment

    return from_environment() or None


@group.command("plan")
@click.argument("assignment")
@click.option("--team", "team_path", required=True, help="team.json: the people, skills, hours and bookings.")
@click.option(
    "--history", "history_path", default=None, help="history.csv: project,task,skill,estimated_hours,actual_hours."
)
@click.option(
    "--start", "start", default=None, help="First day of work (YYYY-MM-DD). Default: the mail's date, else today."
)
@click.option(
    "--templates", "templates_path", default=None, help="Project templates (JSON) instead of the built-in ones."
)
@click.option("--pin", "pins", multiple=True, help="TASK=PERSON: keep this person on this task (repeatable).")
@click.option(
    "--time-limit", default=5.0, show_default=True, type=click.FloatRange(0.1, 600), help="Optimizer seconds."
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object on one line.")
def plan_command(assignment, team_path, history_path, start, templates_path, pins, time_limit, as_json) -> None:
    """Extract an assignment (.eml, .txt, .pdf, .docx) and plan it: tasks, dates, people."""
    from fornuft.projects.plan import plan_assignment

    if not assignment.lower().endswith((".eml", ".txt", ".pdf", ".docx")):
        raise click.ClickException(f"{assignment}: an assignment is an .eml, .txt, .pdf or .docx file")
    try:
        start_date = date.fromisoformat(start) if start else None
    except ValueError:
        raise click.ClickException(f"--start {start!r} is not a date (YYYY-MM-DD)") from None
    data = _read(assignment, "assignment")
    team_text = _text(team_path, "team file")
    history_text = _text(history_path, "history file") if history_path else None
    library = None
    if templates_path:
        try:
            library = json.loads(_text(templates_path, "template file"))
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"{templates_path}: not JSON: {exc.msg}") from None
    try:
        result = plan_assignment(
            data,
            Path(assignment).name,
            team_text,
            history_text,
            start_date,
            library=library,
            pins=_parse_pins(pins),
            time_limit=time_limit,
            glossary=_environment_glossary(),
        )
    except ValueError as exc:  # AssignmentError, TeamError, TemplateError, PlanError
        raise click.ClickException(f"{assignment}: {exc}") from None
    result["source"] = assignment
    if as_json:
        _emit(result)
        return
    click.echo(
        f"{result['title'] or '?'} for {result['client'] or '?'}; deadline {result['deadline'] or '-'}; "
        f"{'feasible' if result['feasible'] else 'NOT feasible'}; finish {result['finish_date']}"
    )
    people = {a["task"]: a["person"] for a in result["assignments"]}
    for task in result["tasks"]:
        click.echo(
            f"  {task['id']:>4} {task['start']}–{task['end']} {task['hours']:>6g} h "
            f"{people.get(task['id'], '-'):<20} {task['name']}"
        )
    for line in result["explanation"]:
        click.echo(f"  · {line}")


@group.command("schedule")
@click.argument("instance")
@click.option("--time-limit", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Solver threads.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object on one line.")
def schedule_command(instance, time_limit, workers, as_json) -> None:
    """Schedule a PSPLIB resource-constrained instance (.sm) for the shortest makespan."""
    from fornuft.projects.rcpsp import InstanceError, parse_sm, solve

    text = _text(instance, "instance")
    try:
        parsed = parse_sm(text)
    except InstanceError as exc:
        raise click.ClickException(f"{instance}: {exc}") from None
    schedule = solve(parsed, time_limit=time_limit, workers=workers)
    result = {
        "source": instance,
        "makespan": schedule.makespan,
        "optimal": schedule.optimal,
        "starts": {str(job): start for job, start in sorted(schedule.starts.items())},
    }
    if as_json:
        _emit(result)
    else:
        click.echo(
            f"{instance}: makespan {schedule.makespan} ({'proven optimal' if schedule.optimal else 'best found'})"
        )


@group.command("risk")
@click.argument("status")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per project, one per line.")
def risk_command(status, as_json) -> None:
    """Earned value (CPI, SPI, SPI(t), EAC, forecast finish) and learned risk per project."""
    from fornuft.projects.earned_value import StatusCsvError
    from fornuft.projects.risk import assess_status_csv

    try:
        results = assess_status_csv(_text(status, "status file"))
    except StatusCsvError as exc:
        raise click.ClickException(f"{status}: {exc}") from None
    for item in results:
        if as_json:
            _emit(item)
        else:
            click.echo(
                f"{item['project']}: CPI {item['cpi']} SPI {item['spi']} SPI(t) {item['spi_t']} "
                f"EAC {item['eac']} finish {item['forecast_finish']} risk {item['risk']}"
                f"{' FLAG' if item['flag'] else ''}"
            )
            for reason in item["reasons"]:
                click.echo(f"  · {reason}")
