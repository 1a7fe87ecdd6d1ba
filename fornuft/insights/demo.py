"""The part of insights in the demo company (`fornuft demo`): three years of monthly sales
for two product lines, a quote history and a staffing demand. Running it again changes nothing."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from fornuft.insights import services
from fornuft.insights.models import DatasetKind

SALES = "Demo: sales per month"
BIDS = "Demo: quote history"
DEMAND = "Demo: staffing demand"


def _sales_csv() -> bytes:
    rng = random.Random(14)
    lines = ["series,date,value"]
    for series, base in (("Service", 400_000), ("Installation", 650_000)):
        for k in range(36):
            year, month = 2023 + k // 12, k % 12 + 1
            season = 1 + 0.25 * math.cos(2 * math.pi * (month - 3) / 12) - (0.35 if month == 7 else 0)
            value = base * (1 + 0.01 * k) * season * rng.uniform(0.93, 1.07)
            lines.append(f"{series},{year}-{month:02d}-01,{value:.0f}")
    return ("\n".join(lines) + "\n").encode()


def _bids_csv() -> bytes:
    rng = random.Random(15)
    lines = ["date,segment,service,cost,price,won"]
    start = date(2024, 1, 1)
    for k in range(160):
        segment = rng.choice(["private", "public", "housing"])
        service = rng.choice(["installation", "service"])
        cost = rng.uniform(20_000, 200_000)
        ratio = rng.uniform(1.05, 1.6)
        logit = 3.0 - 12 * (ratio - 1.0) + (0.8 if segment == "public" else 0)
        won = int(rng.random() < 1 / (1 + math.exp(-logit)))
        lines.append(f"{start + timedelta(days=3 * k)},{segment},{service},{cost:.0f},{cost * ratio:.0f},{won}")
    return ("\n".join(lines) + "\n").encode()


def _demand_csv() -> bytes:
    lines = ["week,skill,hours"]
    monday = date(2026, 1, 5)
    for week in range(8):
        day = monday + timedelta(weeks=week)
        lines += [
            f"{day},electrician,{80 + 10 * (week % 3)}",
            f"{day},plumber,{40 + 5 * week}",
            f"{day},project manager,{20}",
        ]
    return ("\n".join(lines) + "\n").encode()


def load(organization) -> None:
    existing = {dataset.name for dataset in services.list_datasets(organization)}
    for name, kind, filename, make in (
        (SALES, DatasetKind.SALES, "sales.csv", _sales_csv),
        (BIDS, DatasetKind.BIDS, "quotes.csv", _bids_csv),
        (DEMAND, DatasetKind.DEMAND, "demand.csv", _demand_csv),
    ):
        if name not in existing:
            services.import_file(organization, filename, make(), kind=kind, dataset_name=name)
