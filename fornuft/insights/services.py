"""The actions of insights. Views, the API, the CLI, tasks and the demo call these and nothing
else; another capability uses insights only through this module.

Every import is stored in the blob store before it is read, gets the next version number
of its data set, and keeps the problems the checks found (a file that cannot be read is
kept as a refused version with the reason). Forecasts, staffing plans and price
suggestions are stored as `Run`s and logged as decisions (insights.forecast,
insights.staffing, insights.price)."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from fornuft.core.tenancy import activate
from fornuft.insights.models import NAME_LENGTH, Dataset, DatasetKind, DatasetVersion, Run, RunKind, VersionStatus

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
DEFAULT_HORIZON = 12
SUFFIXES = {".csv", ".txt", ".xlsx", ".xlsm", ".xml"}


# --- imports -----------------------------------------------------------------------------


def import_file(
    organization,
    filename: str,
    data: bytes,
    *,
    kind: str = DatasetKind.SALES,
    dataset_name: str | None = None,
    mapping: dict | None = None,
) -> DatasetVersion:
    """Stores `data` as the next version of the data set and checks it. ValueError for a file
    that is refused before it is stored (empty, too large, wrong type)."""
    from fornuft.core import blobs

    filename = Path(filename or "upload.csv").name[:255]
    suffix = Path(filename).suffix.lower()
    if kind not in DatasetKind.values:
        raise ValueError(_("Unknown kind of data: %(kind)s.") % {"kind": kind})
    if suffix not in SUFFIXES:
        raise ValueError(_("Upload a CSV, Excel (.xlsx) or SAF-T (.xml) file."))
    if not data:
        raise ValueError(_("The file is empty."))
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValueError(_("The file is larger than %(mb)d MB.") % {"mb": MAX_UPLOAD_BYTES // (1024 * 1024)})
    name = (dataset_name or Path(filename).stem or filename).strip()[:NAME_LENGTH]
    with activate(organization), transaction.atomic():
        stored = blobs.store(organization, data, filename=filename, source_label="insights import")
        dataset, _created = Dataset.objects.get_or_create(
            organization=organization, name=name, defaults={"kind": kind, "mapping": mapping or {}}
        )
        if mapping is not None and mapping != dataset.mapping:
            dataset.mapping = mapping
            dataset.save(update_fields=["mapping"])
        number = (dataset.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
        version = DatasetVersion.objects.create(
            organization=organization, dataset=dataset, number=number, stored_file=stored, filename=filename
        )
        check_version(version)
        transaction.on_commit(lambda: _queue_retraining(version.pk))
    return version


def _queue_retraining(version_id: int) -> None:
    from fornuft.insights.tasks import retrain_forecast

    retrain_forecast(version_id)


@contextlib.contextmanager
def _version_file(version: DatasetVersion) -> Iterator[Path]:
    suffix = Path(version.filename).suffix or ".csv"
    with tempfile.TemporaryDirectory(prefix="fornuft-insights-") as folder:
        path = Path(folder) / f"data{suffix}"
        with version.stored_file.open() as source, path.open("wb") as target:
            while chunk := source.read(1 << 20):
                target.write(chunk)
        yield path


def check_version(version: DatasetVersion) -> DatasetVersion:
    """Reads and checks a stored version; keeps the problems or the reason it was refused."""
    from fornuft.insights import pricing, staffing
    from fornuft.insights.quality import check_series
    from fornuft.insights.saft import parse_saft
    from fornuft.insights.series import read_series

    kind = version.dataset.kind
    problems: list[dict] = []
    try:
        with _version_file(version) as path:
            if kind in (DatasetKind.SALES, DatasetKind.TIME):
                raws = read_series(path, version.dataset.mapping or None)
                version.row_count = sum(len(r.observations) for r in raws)
                version.series_count = len(raws)
                for raw in raws:
                    checked = check_series(raw, horizon=DEFAULT_HORIZON)
                    problems += [
                        {
                            "series": raw.name,
                            "code": w.code,
                            "message": w.message,
                            "fix": w.fix,
                            "dates": w.dates[:50],
                            "rows": w.rows[:50],
                        }
                        for w in checked.warnings
                    ]
            elif kind == DatasetKind.SAFT:
                sales = parse_saft(path.read_bytes())
                version.row_count = sales.transactions
                version.series_count = 1 + len(sales.by_customer)
                from fornuft.insights.series import Observation, RawSeries

                total = RawSeries(
                    "total", [Observation(0, date.fromisoformat(m), v) for m, v in sorted(sales.by_month.items())]
                )
                checked = check_series(total, horizon=DEFAULT_HORIZON)
                problems += [
                    {
                        "series": "total",
                        "code": w.code,
                        "message": w.message,
                        "fix": w.fix,
                        "dates": w.dates[:50],
                        "rows": [],
                    }
                    for w in checked.warnings
                ]
            elif kind == DatasetKind.BIDS:
                bids = pricing.read_bids(path)
                version.row_count = len(bids)
                version.series_count = len({(b.segment, b.service) for b in bids})
            elif kind == DatasetKind.DEMAND:
                demand = staffing.read_demand(path)
                version.row_count = len(demand)
                version.series_count = len({skill for _, skill in demand})
    except ValueError as exc:
        version.status = VersionStatus.REFUSED
        version.error = str(exc)[:2000]
    else:
        version.status = VersionStatus.CHECKED
        version.error = ""
    version.problems = problems
    version.save()
    return version


def list_datasets(organization) -> list[Dataset]:
    with activate(organization):
        return list(Dataset.objects.prefetch_related("versions"))


def get_dataset(organization, pk: int) -> Dataset:
    with activate(organization):
        return Dataset.objects.get(pk=pk)


def get_version(organization, pk: int) -> DatasetVersion:
    with activate(organization):
        return DatasetVersion.objects.select_related("dataset", "stored_file").get(pk=pk)


def set_mapping(organization, dataset: Dataset, mapping: dict) -> DatasetVersion | None:
    """Changes the column mapping and checks the latest version again."""
    clean = {
        key: str(value).strip()[:100]
        for key, value in mapping.items()
        if key in ("series", "date", "value") and value and str(value).strip()
    }
    if "date" not in clean or "value" not in clean:
        raise ValueError(_("Choose the date column and the value column."))
    with activate(organization), transaction.atomic():
        dataset.mapping = clean
        dataset.save(update_fields=["mapping"])
        latest = dataset.latest()
        return check_version(latest) if latest else None


def file_columns(version: DatasetVersion) -> list[str]:
    """The header of a stored table (for the column-mapping form)."""
    from fornuft.insights.tabular import TableProblem, open_table

    try:
        with _version_file(version) as path:
            return [c for c in open_table(path).header if c][:100]
    except TableProblem:
        return []


# --- forecasts ---------------------------------------------------------------------------


def _raw_series(version: DatasetVersion):
    from fornuft.insights.saft import parse_saft
    from fornuft.insights.series import Observation, RawSeries, read_series

    with _version_file(version) as path:
        if version.dataset.kind == DatasetKind.SAFT:
            sales = parse_saft(path.read_bytes())
            raws = [
                RawSeries(
                    "total", [Observation(0, date.fromisoformat(m), v) for m, v in sorted(sales.by_month.items())]
                )
            ]
            return raws
        return read_series(path, version.dataset.mapping or None)


def _forecast_confidence(warning_codes: set[str]) -> float:
    """Trust in the data: 1.0 when clean, less for each kind of problem found."""
    serious = {"TOO_SHORT", "LEVEL_SHIFT", "UNIT_MIXUP", "CURRENCY_MIX"}
    score = 1.0 - 0.1 * len(warning_codes - serious) - 0.25 * len(warning_codes & serious)
    return round(max(0.1, score), 2)


def run_forecast(
    organization, version: DatasetVersion, *, horizon: int = DEFAULT_HORIZON, season_length: int | None = None
) -> Run:
    """Forecasts every series of the version and their total; stores the run and logs it."""
    from fornuft.governance.decisions import record_decision
    from fornuft.insights.forecasting import forecast_series

    if version.status != VersionStatus.CHECKED:
        raise ValueError(_("This version was refused: %(error)s") % {"error": version.error})
    results = forecast_series(_raw_series(version), horizon, season_length, with_total=True)
    series = []
    codes: set[str] = set()
    for r in results:
        entry = r.as_json()
        entry["backtest"] = {k: round(v, 4) for k, v in r.backtest.items()}
        entry["model_mase"] = None if r.model_mase is None else round(r.model_mase, 4)
        entry["naive_mase"] = None if r.naive_mase is None else round(r.naive_mase, 4)
        entry["windows"] = r.windows
        entry["holiday_effect"] = r.holiday_effect
        entry["history"] = [
            {"date": d.isoformat(), "value": v} for d, v in zip(r.checked.dates, r.checked.observed, strict=True)
        ][-260:]
        entry["step"] = r.checked.step.label if r.checked.step else None
        series.append(entry)
        codes |= {w.code for w in r.checked.warnings}
    with activate(organization), transaction.atomic():
        run = Run.objects.create(
            organization=organization,
            kind=RunKind.FORECAST,
            version=version,
            parameters={"horizon": horizon, "season_length": season_length},
            result={"series": series},
        )
        confidence = _forecast_confidence(codes)
        record_decision(
            organization,
            "insights.forecast",
            subject=run,
            output={
                "series": [{"series": s["series"], "model": s["model"], "periods": len(s["forecast"])} for s in series]
            },
            confidence=confidence,
            explanation={
                "data_problems": sorted(codes),
                "dataset": version.dataset.name,
                "version": version.number,
                "backtest": [
                    {"series": s["series"], "model_mase": s["model_mase"], "naive_mase": s["naive_mase"]}
                    for s in series
                ],
            },
        )
    return run


def latest_forecast(organization, dataset: Dataset) -> Run | None:
    with activate(organization):
        return (
            Run.objects.filter(kind=RunKind.FORECAST, version__dataset=dataset).order_by("-created_at", "-pk").first()
        )


def list_runs(organization, kind: str | None = None, limit: int = 50) -> list[Run]:
    with activate(organization):
        runs = Run.objects.select_related("version__dataset")
        if kind:
            runs = runs.filter(kind=kind)
        return list(runs[:limit])


def get_run(organization, pk: int) -> Run:
    with activate(organization):
        return Run.objects.select_related("version__dataset").get(pk=pk)


# --- price -------------------------------------------------------------------------------


def suggest_price(
    organization, version: DatasetVersion | None, *, segment: str, service: str, cost: float, markup: float = 0.25
) -> Run:
    """The price suggestion for a quote from the quote history `version`; stored and logged."""
    from fornuft.governance.decisions import record_decision
    from fornuft.insights.pricing import read_bids
    from fornuft.ml.pricing import suggest

    bids = []
    if version is not None:
        if version.dataset.kind != DatasetKind.BIDS:
            raise ValueError(_("Choose a quote history (won and lost quotes)."))
        with _version_file(version) as path:
            bids = read_bids(path)
    suggestion = suggest(bids, segment.strip()[:100], service.strip()[:100], float(cost), markup=markup)
    result = suggestion.as_json()
    result["curve"] = suggestion.curve
    result["fallback"] = suggestion.fallback
    result["cost"] = float(cost)
    with activate(organization), transaction.atomic():
        run = Run.objects.create(
            organization=organization,
            kind=RunKind.PRICE,
            version=version,
            parameters={"segment": segment[:100], "service": service[:100], "cost": float(cost), "markup": markup},
            result=result,
        )
        record_decision(
            organization,
            "insights.price",
            subject=run,
            output={"suggested_price": result["suggested_price"], "win_probability": result["win_probability"]},
            confidence=0.5 if suggestion.fallback else 0.9,
            explanation={"reasons": result["explanation"]},
        )
    return run


# --- staffing ----------------------------------------------------------------------------


def plan_staffing(organization, version: DatasetVersion, team: dict) -> Run:
    """A staffing plan for the demand `version` with the team file `team`; stored and logged."""
    from fornuft.governance.decisions import record_decision
    from fornuft.insights import staffing

    if version.dataset.kind != DatasetKind.DEMAND:
        raise ValueError(_("Choose a staffing demand file (week,skill,hours)."))
    people = staffing.parse_team(team)
    with _version_file(version) as path:
        demand = staffing.read_demand(path)
    result = staffing.plan(demand, people)
    result["suggestions"] = staffing.shortfall_suggestions(result)
    with activate(organization), transaction.atomic():
        run = Run.objects.create(
            organization=organization,
            kind=RunKind.STAFFING,
            version=version,
            parameters={"people": len(people)},
            result=result,
        )
        record_decision(
            organization,
            "insights.staffing",
            subject=run,
            output={"total_shortfall_hours": result["total_shortfall_hours"], "total_cost": result["total_cost"]},
            confidence=1.0 if result["status"] == "optimal" else 0.6,
            explanation={"solver": "CP-SAT", "status": result["status"], "shortfall_by_skill": result["suggestions"]},
        )
    return run


DEMAND_DATASET = "Demand forecast"
MIN_BIDS_FOR_WIN_RATE = 20


def win_rate(organization) -> float | None:
    """The share of quotes won in the latest checked quote history, or None with fewer than
    MIN_BIDS_FOR_WIN_RATE quotes (too few to say)."""
    from fornuft.insights import pricing

    for dataset in list_datasets(organization):
        version = dataset.latest() if dataset.kind == DatasetKind.BIDS else None
        if version is None or version.status != VersionStatus.CHECKED:
            continue
        with _version_file(version) as path:
            bids = pricing.read_bids(path)
        if len(bids) >= MIN_BIDS_FOR_WIN_RATE:
            return sum(b.won for b in bids) / len(bids)
    return None


def forecast_staffing_demand(
    organization,
    *,
    first_week: date | None = None,
    weeks: int = DEFAULT_HORIZON,
    history: DatasetVersion | None = None,
    win_probability: float | None = None,
) -> DatasetVersion:
    """Demand per skill and week from the organization's projects (approved and running ones
    booked, draft and proposed ones weighted by `win_probability` — by default the win rate
    of the quote history, else 50 %) and, when given, a time registration data set (one
    series per skill). Stored as the next version of the "Demand forecast" data set, so a
    staffing plan can be made from it like from an imported demand file."""
    from fornuft.insights import demand
    from fornuft.projects import services as projects

    if history is not None and history.dataset.kind != DatasetKind.TIME:
        raise ValueError(_("Choose a time registration data set as history."))
    probability = win_probability if win_probability is not None else win_rate(organization)
    probability = demand.DEFAULT_WIN_PROBABILITY if probability is None else probability
    first_week = first_week or date.today()  # noqa: DTZ011 - the local calendar day
    items = demand.items_from_projects(
        [{"title": p.title, "status": p.status, "plan": p.plan} for p in projects.list_projects(organization)],
        win_probability=probability,
    )
    from_history = {}
    if history is not None:
        from_history = demand.history_forecast(_raw_series(history), first_week, weeks)
    rows = demand.forecast_demand(items, first_week, weeks, from_history)
    if not rows:
        raise ValueError(_("No demand found: no planned projects in these weeks and no history."))
    version = import_file(
        organization,
        f"demand-{demand.monday(first_week).isoformat()}.csv",
        demand.as_demand_csv(rows).encode(),
        kind=DatasetKind.DEMAND,
        dataset_name=DEMAND_DATASET,
    )
    return version


# --- review corrections ------------------------------------------------------------------


def _number(value) -> float | None:
    try:
        number = float(str(value).replace("\u00a0", "").replace(" ", "").replace(",", "."))
    except (TypeError, ValueError):
        return None
    return number if number == number and abs(number) < 1e15 else None


def on_review_resolved(task, correction, user) -> None:
    """Review hook of insights.forecast, insights.price and insights.staffing: the reviewer's
    verdict becomes a training example of the system (accepted, or the corrected values next
    to what the system proposed), and the run keeps the reviewed values — a retraining of a
    forecast then uses the reviewed horizon and season length."""
    from fornuft.governance import training_data

    decision = task.decision
    if decision.subject_type != "insights.run":
        return
    with activate(task.organization):
        run = Run.objects.select_related("version__dataset").filter(pk=decision.subject_id).first()
    if run is None:
        return
    correction = correction or {}
    parameters, result = run.parameters or {}, run.result or {}
    fields: dict = {"run": run.pk, "verdict": "corrected" if correction else "accepted"}
    if run.kind == RunKind.PRICE:
        cost = _number(parameters.get("cost"))
        proposed = _number(result.get("suggested_price"))
        reviewed = _number(correction.get("suggested_price")) if "suggested_price" in correction else proposed
        fields |= {"segment": parameters.get("segment", ""), "service": parameters.get("service", ""), "cost": cost,
                   "proposed_price": proposed, "reviewed_price": reviewed,
                   "reviewed_markup": round(reviewed / cost - 1, 4) if reviewed and cost else None}
        text = f"{fields['segment']} / {fields['service']}"
    elif run.kind == RunKind.FORECAST:
        reviewed = {}
        for name in ("horizon", "season_length"):
            if name in correction:
                value = _number(correction[name])
                reviewed[name] = int(value) if value is not None and 1 <= value <= 520 else None
        fields |= {"dataset": run.version.dataset.name if run.version_id else "", "proposed": {
            "horizon": parameters.get("horizon"), "season_length": parameters.get("season_length")},
            "reviewed": reviewed, "models": {s.get("series"): s.get("model") for s in result.get("series", [])[:50]}}
        text = fields["dataset"]
        if reviewed:
            run.parameters = {**parameters, "reviewed": reviewed}
            with activate(task.organization):
                run.save(update_fields=["parameters"])
    elif run.kind == RunKind.STAFFING:
        fields |= {"proposed": {k: result.get(k) for k in ("total_shortfall_hours", "total_cost")},
                   "reviewed": {k: _number(v) for k, v in correction.items()}}
        text = ""
    else:
        return
    training_data.add_example(task.organization, decision.system_key, source="review", subject=run, text=text,
                              label=fields["verdict"], fields=fields, user=user)


# --- digest ------------------------------------------------------------------------------


def monthly_digest(organization, today: date | None = None) -> dict:
    """The management digest: each data set's latest forecast for the next periods, its data
    problems and model accuracy, the latest staffing shortfall and price suggestions."""
    from django.utils import timezone

    today = today or timezone.localdate()
    lines = [_("Management digest, %(month)s") % {"month": today.strftime("%Y-%m")}, ""]
    sections = []
    with activate(organization):
        for dataset in Dataset.objects.all():
            run = (
                Run.objects.filter(kind=RunKind.FORECAST, version__dataset=dataset)
                .order_by("-created_at", "-pk")
                .first()
            )
            if run is None:
                continue
            total = next(
                (s for s in run.result.get("series", []) if s["series"] == "total"),
                (run.result.get("series") or [None])[0],
            )
            if not total or not total["forecast"]:
                continue
            next_three = total["forecast"][:3]
            problems = sorted({w["code"] for s in run.result["series"] for w in s["warnings"]})
            sections.append(
                {
                    "dataset": dataset.name,
                    "model": total["model"],
                    "next": next_three,
                    "problems": problems,
                    "model_mase": total.get("model_mase"),
                    "naive_mase": total.get("naive_mase"),
                }
            )
            lines.append(
                f"{dataset.name}: "
                + ", ".join(f"{p['date']} {p['mean']:,.0f} ({p['lo80']:,.0f}–{p['hi80']:,.0f})" for p in next_three)
            )
            if problems:
                lines.append("  " + _("Data problems: %(codes)s") % {"codes": ", ".join(problems)})
        staffing_run = Run.objects.filter(kind=RunKind.STAFFING).order_by("-created_at", "-pk").first()
        if staffing_run:
            lines.append(
                _("Staffing: shortfall %(hours)s h") % {"hours": staffing_run.result.get("total_shortfall_hours")}
            )
            for entry in staffing_run.result.get("suggestions", [])[:5]:
                lines.append("  " + _("Hire or subcontract %(skill)s: %(hours)s h") % entry)
    if len(lines) == 2:
        lines.append(_("No forecasts yet: import sales data first."))
    return {"text": "\n".join(lines), "sections": sections}
