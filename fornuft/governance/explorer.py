"""Decision-log explorer: exports and per-system oversight figures."""

from __future__ import annotations

import csv
import io
import json
from statistics import median

from django.db.models import Count, Q

from fornuft.governance.models import Decision, ReviewStatus, ReviewTask

EXPORT_LIMIT = 100_000
EXPORT_FIELDS = ("seq", "created_at", "system_key", "model_version", "subject_type", "subject_id", "output_json",
                 "confidence", "explanation_json", "actor", "needs_review", "prev_hash", "hash")


def oversight_figures(system) -> dict:
    """Share of decisions taken automatically vs sent to a person, override rate, time to review."""
    counts = Decision.objects.for_organization(system.organization_id).filter(system=system) \
        .aggregate(total=Count("id"), automatic=Count("id", filter=Q(actor="system")),
                   to_review=Count("id", filter=Q(actor="system", needs_review=True)),
                   by_person=Count("id", filter=~Q(actor="system")))
    reviews = ReviewTask.objects.for_organization(system.organization_id).filter(system=system)
    review_counts = reviews.aggregate(
        resolved=Count("id", filter=~Q(status=ReviewStatus.OPEN)),
        corrected=Count("id", filter=Q(status=ReviewStatus.CORRECTED)),
        open=Count("id", filter=Q(status=ReviewStatus.OPEN)))
    durations = [(resolved - opened).total_seconds() for opened, resolved in
                 reviews.filter(resolved_at__isnull=False).order_by("-resolved_at")
                 .values_list("opened_at", "resolved_at")[:5000]]
    touches = [t for t in reviews.filter(touch_seconds__isnull=False).order_by("-resolved_at")
               .values_list("touch_seconds", flat=True)[:5000]]
    automatic = counts["automatic"]
    return {
        **counts, **review_counts,
        "automatic_share": (automatic - counts["to_review"]) / automatic if automatic else None,
        "review_share": counts["to_review"] / automatic if automatic else None,
        "override_rate": review_counts["corrected"] / review_counts["resolved"] if review_counts["resolved"] else None,
        "median_time_to_review_s": median(durations) if durations else None,
        "median_touch_s": median(touches) if touches else None,
    }


def _rows(queryset):
    for row in queryset.values_list(*EXPORT_FIELDS)[:EXPORT_LIMIT].iterator(chunk_size=2000):
        record = dict(zip(EXPORT_FIELDS, row, strict=True))
        record["created_at"] = record["created_at"].isoformat()
        yield record


def export_csv(queryset) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for record in _rows(queryset):
        writer.writerow(record)
    return buffer.getvalue()


def export_json(queryset) -> str:
    records = []
    for record in _rows(queryset):
        record["output"] = json.loads(record.pop("output_json"))
        record["explanation"] = json.loads(record.pop("explanation_json"))
        records.append(record)
    return json.dumps(records, ensure_ascii=False, indent=1)


def readable_explanation(explanation) -> list[tuple[str, str]]:
    """The explanation as (label, text) lines for people: top features with weights, rules,
    the rest; labels as words in the reader's language, numbers as the language writes them."""
    from fornuft.core.formatting import number
    from fornuft.governance.readable import explanation_label, plain

    if not isinstance(explanation, dict):
        return [("", plain(explanation))]
    lines = []
    for key, value in explanation.items():
        if key == "top_features" and isinstance(value, list):
            parts = []
            for item in value:
                if isinstance(item, list | tuple) and len(item) == 2:
                    weight = item[1]
                    shown = number(weight, 2) if isinstance(weight, int | float) else None
                    parts.append(f"{item[0]} · {shown}" if shown else f"{item[0]}")
                else:
                    parts.append(str(item))
            lines.append((explanation_label(key), ", ".join(parts)))
        else:
            lines.append((explanation_label(key), plain(value)))
    return lines
