"""Insights from the command line.

The contracts (stable; external evaluations use them) work in a bare shell, without a
database or server:
    fornuft forecast CSV --horizon H [--season-length M] --json
    fornuft quote price --history bids.csv --quote quote.json --json
    fornuft staffing plan --demand demand.csv --staff staff.json --json
    fornuft staffing roster INSTANCE.xml [--seconds S] --json   (INRC 2010 nurse rostering)
    fornuft staffing demand --from DATE --weeks N [--booked plan.json]… [--pipeline pipeline.csv]
        [--history time.csv] [--json]   (demand.csv for `staffing plan`, or rows with the sources)
A file that cannot be read gives one line on stderr naming the row and column (and, with
--json, the object {"error": {"code", "message"}} on stdout), exit 1.

`fornuft insights …` works on the organization's stored imports (needs the database)."""

from __future__ import annotations

import json
import sys

import click

from fornuft.platform.cli import organization_option, prepare_database, resolve_organization

DEFAULT_MARKUP = 0.25


def _fail(exc: Exception, as_json: bool, code: str | None = None) -> None:
    message = str(exc).strip() or type(exc).__name__
    if as_json:
        click.echo(
            json.dumps(
                {"error": {"code": code or getattr(exc, "code", "bad_input"), "message": message}}, ensure_ascii=False
            )
        )
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _emit(obj: dict) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


@click.command(name="forecast")
@click.argument("csv_path", metavar="CSV", type=click.Path(dir_okay=False))
@click.option("--horizon", "horizon", type=int, required=True, help="Periods to forecast.")
@click.option(
    "--season-length",
    type=int,
    default=None,
    help="Periods per season (default from the step: 52 weekly, 12 monthly, 4 quarterly, 7 daily).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per series and line.")
def forecast(csv_path: str, horizon: int, season_length: int | None, as_json: bool) -> None:
    """Forecast each series of CSV (series,date,value; series optional) with 80/95 % intervals."""
    from fornuft.insights.forecasting import forecast_file

    try:
        results = forecast_file(csv_path, horizon, season_length)
    except (ValueError, OSError) as exc:
        _fail(exc, as_json)
        return
    for result in results:
        if as_json:
            _emit(result.as_json())
            continue
        click.echo(
            f"{result.checked.name}: {result.model}"
            + (
                f" (backtest MASE {result.model_mase:.2f}, seasonal naive {result.naive_mase:.2f})"
                if result.model_mase is not None and result.naive_mase is not None
                else ""
            )
        )
        for warning in result.checked.warnings:
            click.echo(f"  ! {warning.code}: {warning.as_json()['message']}")
        for d, m, lo, hi in zip(result.dates, result.mean, result.lo95, result.hi95, strict=True):
            click.echo(f"  {d.isoformat()}  {m:12,.1f}   95 %: {lo:,.1f} – {hi:,.1f}")


@click.group(name="quote")
def quote() -> None:
    """Quotes: price suggestions from the won and lost quote history."""


@quote.command(name="price")
@click.option(
    "--history",
    "history_path",
    type=click.Path(dir_okay=False),
    required=True,
    help="bids.csv: date,segment,service,cost,price,won",
)
@click.option(
    "--quote",
    "quote_path",
    type=click.Path(dir_okay=False),
    required=True,
    help='quote.json: {"segment", "service", "cost"} (optional "markup": the fallback rule)',
)
@click.option(
    "--markup", type=float, default=None, help=f"Markup rule when history is short (default {DEFAULT_MARKUP})."
)
@click.option("--json", "as_json", is_flag=True)
def price(history_path: str, quote_path: str, markup: float | None, as_json: bool) -> None:
    """Suggest the price that maximises (price − cost) × P(win)."""
    from fornuft.insights.pricing import read_bids, read_quote
    from fornuft.ml.pricing import suggest

    try:
        bids = read_bids(history_path)
        q = read_quote(quote_path)
        rule = markup if markup is not None else q.get("markup", DEFAULT_MARKUP)
        suggestion = suggest(bids, q["segment"], q["service"], q["cost"], markup=rule, day=q.get("date"))
    except (ValueError, OSError) as exc:
        _fail(exc, as_json)
        return
    out = suggestion.as_json()
    if as_json:
        _emit(out)
        return
    click.echo(
        f"Suggested price {out['suggested_price']:,.2f} (win probability {out['win_probability']:.0%}, "
        f"expected margin {out['expected_margin']:,.2f}); range {out['price_range'][0]:,.2f} – "
        f"{out['price_range'][1]:,.2f}"
    )
    for line in out["explanation"]:
        click.echo(f"  - {line}")


@click.group(name="staffing")
def staffing() -> None:
    """Staffing: plans against demand per skill and week."""


@staffing.command(name="plan")
@click.option(
    "--demand", "demand_path", type=click.Path(dir_okay=False), required=True, help="demand.csv: week,skill,hours"
)
@click.option(
    "--staff",
    "staff_path",
    type=click.Path(dir_okay=False),
    required=True,
    help="staff.json: the team file of projects (+ max_hours_per_week, cost_per_hour)",
)
@click.option("--json", "as_json", is_flag=True)
def plan(demand_path: str, staff_path: str, as_json: bool) -> None:
    """Least shortfall, then least cost (OR-Tools CP-SAT)."""
    from fornuft.insights import staffing as logic

    try:
        demand = logic.read_demand(demand_path)
        people = logic.read_team(staff_path)
        result = logic.plan(demand, people)
    except (ValueError, OSError, RuntimeError) as exc:
        _fail(exc, as_json)
        return
    if as_json:
        _emit(logic.contract(result))
        return
    for row in result["weeks"]:
        who = ", ".join(f"{a['person']} {a['hours']:g} h" for a in row["assigned"]) or "nobody"
        click.echo(
            f"{row['week']}  {row['skill']:<20} {row['demand_hours']:>7g} h  {who}"
            + (f"  SHORT {row['shortfall_hours']:g} h" if row["shortfall_hours"] else "")
        )
    click.echo(f"Total shortfall {result['total_shortfall_hours']:g} h, cost {result['total_cost']:,.2f}")
    for entry in logic.shortfall_suggestions(result):
        click.echo(f"  hire or subcontract {entry['skill']}: {entry['hours']:g} h over {len(entry['weeks'])} week(s)")


@staffing.command(name="demand")
@click.option("--from", "first", required=True, help="First week (any date in it, or 2026-W03).")
@click.option("--weeks", type=click.IntRange(1, 156), required=True, help="Number of weeks.")
@click.option(
    "--booked",
    "booked_paths",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="A booked project's plan (the JSON of `fornuft project plan`); repeat for more.",
)
@click.option(
    "--pipeline",
    "pipeline_path",
    type=click.Path(dir_okay=False),
    help="pipeline.csv: name,skill,hours,start,end,probability",
)
@click.option(
    "--history",
    "history_path",
    type=click.Path(dir_okay=False),
    help="Time registration CSV: series(=skill),date,value",
)
@click.option("--probability", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Win probability of pipeline rows without one.")
@click.option("--json", "as_json", is_flag=True, help="Rows with booked, pipeline and history hours.")
def demand(first, weeks, booked_paths, pipeline_path, history_path, probability, as_json) -> None:
    """Demand per skill and week from booked plans, the weighted pipeline and history; prints
    demand.csv for `fornuft staffing plan --demand`."""
    from pathlib import Path

    from fornuft.insights import demand as logic
    from fornuft.insights.series import read_series
    from fornuft.insights.staffing import parse_week

    try:
        try:
            start = parse_week(first, row=0, column="--from")
        except ValueError:
            raise ValueError(f"--from {first!r} is not a date (use YYYY-MM-DD or 2026-W03)") from None
        items = []
        for path in booked_paths:
            try:
                plan_json = json.loads(Path(path).read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: not JSON (line {exc.lineno}, column {exc.colno})") from None
            if not isinstance(plan_json, dict) or not isinstance(plan_json.get("tasks"), list):
                raise ValueError(f"{path}: not a project plan (no \"tasks\" list)")
            items += logic.items_from_projects([{"title": plan_json.get("title") or path, "status": "approved",
                                                 "plan": plan_json}])
        if pipeline_path:
            items += logic.read_pipeline(pipeline_path, probability)
        history = logic.history_forecast(read_series(history_path), start, weeks) if history_path else {}
        rows = logic.forecast_demand(items, start, weeks, history)
    except (ValueError, OSError) as exc:
        _fail(exc, as_json)
        return
    if as_json:
        _emit({"weeks": weeks, "from": start.isoformat(), "rows": rows})
        return
    click.echo(logic.as_demand_csv(rows), nl=False)


@staffing.command(name="roster")
@click.argument("instance_path", metavar="INSTANCE.xml", type=click.Path(dir_okay=False))
@click.option("--seconds", type=click.FloatRange(0.1, 3600), default=15.0, show_default=True, help="Solver time limit.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: penalty, penalty per rule and the roster.")
def roster(instance_path: str, seconds: float, as_json: bool) -> None:
    """A nurse roster for an INRC 2010 instance (competition XML): the cover met exactly, one
    shift a day, and the least soft-rule penalty CP-SAT finds within the time limit."""
    from fornuft.insights import nurse_rostering as logic
    from fornuft.insights.inrc_instance import InstanceProblem, read_instance

    try:
        instance = read_instance(instance_path)
        result = logic.solve(instance, seconds=seconds)
    except (InstanceProblem, logic.NoRoster) as exc:
        _fail(exc, as_json)
        return
    out = logic.contract(instance, result)
    if as_json:
        _emit(out)
        return
    click.echo(
        f"{instance.name}: penalty {out['penalty']} (lower bound {out['lower_bound']}, {out['status'].lower()}, "
        f"{out['seconds']:g} s)"
    )
    for rule, value in out["penalty_by_rule"].items():
        click.echo(f"  {rule:<30} {value}")
    for row in out["roster"]:
        click.echo(f"  {row['nurse']:<10} " + " ".join(s or "-" for s in row["shifts"]))


@click.group(name="insights")
def group() -> None:
    """Insights on stored imports: forecasts, data checks and the monthly digest."""


@group.command(name="import")
@organization_option
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--kind", type=click.Choice(["sales", "saft", "bids", "time"]), default="sales")
@click.option("--name", default=None, help="Name of the data set (default: the file name).")
def import_file(org_slug: str | None, path: str, kind: str, name: str | None) -> None:
    """Store a file as a new version of a data set and check it."""
    prepare_database()
    from pathlib import Path

    from fornuft.insights import services

    organization = resolve_organization(org_slug)
    try:
        version = services.import_file(
            organization, Path(path).name, Path(path).read_bytes(), kind=kind, dataset_name=name
        )
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"{version.dataset.name} version {version.number}: {version.row_count} rows, {len(version.problems)} problem(s)"
    )


@group.command(name="digest")
@organization_option
def digest(org_slug: str | None) -> None:
    """Print the monthly management digest."""
    prepare_database()
    from fornuft.insights import services

    organization = resolve_organization(org_slug)
    click.echo(services.monthly_digest(organization)["text"])


COMMANDS = [forecast, quote, staffing, group]
