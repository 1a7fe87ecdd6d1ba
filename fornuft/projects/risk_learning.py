"""The risk model learns from the organization's own finished projects.

When a project is marked finished (`services.finish_project`) a training run is queued
(huey). The run goes through the governance model store: the candidate is fitted on the
simulated seed histories plus the organization's finished projects (each of its own projects
counted `OWN_WEIGHT` times, so a few real projects are not drowned by 400 simulated ones);
the candidate and the model that runs today (the seed model, or the last activated one) are
judged on the same held-out finished projects, and the candidate becomes active only if it
is not worse. Early warning (`services.assess_project`) then uses the active model.

The split is by project: every status date of one project is either trained on or held out,
so a project never teaches the model its own outcome. The label is what really happened: the
final cost and schedule overrun of the finished project, from its last status.
The metric is the Brier skill (1 − mean squared error of the risk against "ended more than
10 % over or late") over the held-out projects' status dates.
"""

from __future__ import annotations

import hashlib

SYSTEM_KEY = "projects.risk"
MODEL_KIND = "projects.risk"
HELD_OUT_SHARE = 0.3
MIN_PROJECTS = 4
OWN_WEIGHT = 5
SEED_PROJECTS = 400


def is_held_out(project_key: str) -> bool:
    return hashlib.sha256(f"risk:{project_key}".encode()).digest()[0] < int(256 * HELD_OUT_SHARE)


def held_out_projects(keys) -> set[str]:
    """The stable share of projects, but never none and never all (given two)."""
    ordered = sorted(keys)
    held = {key for key in ordered if is_held_out(key)}
    if len(ordered) > 1 and not held:
        held = {ordered[-1]}
    if len(ordered) > 1 and held == set(ordered):
        held.discard(ordered[0])
    return held


def outcome_of(rows) -> dict:
    """How a finished project ended, from its status rows (the last one is the end)."""
    from fornuft.projects.earned_value import compute

    figures = compute(rows)
    return {"cost_overrun": figures.cost_overrun, "schedule_overrun": figures.schedule_overrun}


def finished_histories(organization) -> dict[str, tuple[list, dict]]:
    """project pk -> (status rows, outcome) for every finished project with two or more statuses."""
    from fornuft.core.tenancy import activate
    from fornuft.projects.earned_value import StatusRow
    from fornuft.projects.models import Project, ProjectStatus

    histories: dict[str, tuple[list, dict]] = {}
    with activate(organization):
        for project in Project.objects.filter(status=ProjectStatus.FINISHED).prefetch_related("status_points"):
            rows = [StatusRow(str(project.pk), p.date, float(p.budget_at_completion), float(p.planned_value),
                              float(p.earned_value), float(p.actual_cost), p.planned_start, p.planned_finish)
                    for p in sorted(project.status_points.all(), key=lambda p: p.date)]
            if len(rows) >= 2:
                histories[str(project.pk)] = (rows, outcome_of(rows))
    return histories


class RiskTrainer:
    """The organization's risk model for the model store (system `projects.risk`)."""

    kind = MODEL_KIND
    metric = "brier_skill"

    def examples(self, organization):
        from fornuft.governance.model_store import ModelStoreError, TrainingSet

        histories = finished_histories(organization)
        if len(histories) < MIN_PROJECTS:
            raise ModelStoreError(f"the risk model needs at least {MIN_PROJECTS} finished projects with status "
                                  f"(there are {len(histories)}); mark finished projects as finished first")
        held = held_out_projects(histories)
        training = [histories[key] for key in sorted(histories) if key not in held]
        held_out = [histories[key] for key in sorted(histories) if key in held]
        return TrainingSet(training=training, held_out=held_out, organization_examples=len(training),
                           details={"finished_projects": len(histories), "held_out_projects": len(held)})

    def fit(self, training):
        from fornuft.ml.project_risk import ProjectRiskModel
        from fornuft.projects.risk import SEED_REGIME_CHANGE, TRAINING_SEED, simulate_histories, training_pairs

        own_snapshots, own_outcomes = training_pairs(training)
        snapshots, outcomes = training_pairs(
            simulate_histories(SEED_PROJECTS, TRAINING_SEED, regime=SEED_REGIME_CHANGE))
        snapshots += own_snapshots * OWN_WEIGHT
        outcomes += own_outcomes * OWN_WEIGHT
        return ProjectRiskModel(random_state=0).fit(snapshots, outcomes)

    def evaluate(self, model, held_out):
        from fornuft.ml.project_risk import ends_over
        from fornuft.projects.risk import training_pairs

        snapshots, outcomes = training_pairs(held_out)
        if not snapshots:
            return {"n": 0, "brier_skill": 0.0, "recall": 0.0, "precision": 0.0}
        risks = model.predict_proba(snapshots)
        truth = [ends_over(o) for o in outcomes]
        brier = sum((r - t) ** 2 for r, t in zip(risks, truth, strict=True)) / len(risks)
        flagged = [r >= 0.5 for r in risks]
        hits = sum(f and t for f, t in zip(flagged, truth, strict=True))
        return {"n": len(snapshots), "brier_skill": round(1 - brier, 4),
                "recall": round(hits / sum(truth), 4) if any(truth) else 0.0,
                "precision": round(hits / sum(flagged), 4) if any(flagged) else 0.0}

    def baseline(self, organization):
        from fornuft.governance.model_store import Baseline
        from fornuft.projects.risk import default_model

        return Baseline(default_model(), "seed")


def train_risk_model(organization, *, notes: str = ""):
    """One training run; returns the new `ModelVersion` (activated or rejected)."""
    from fornuft.governance.model_store import train_and_maybe_activate

    return train_and_maybe_activate(organization, SYSTEM_KEY, RiskTrainer(), notes=notes)


def organization_model(organization):
    """The risk model early warning uses for this organization: its active trained version,
    else the shipped seed model."""
    from fornuft.governance.model_store import load_active

    return load_active(organization, SYSTEM_KEY, RiskTrainer()).model
