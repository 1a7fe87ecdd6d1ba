"""One model lifecycle for every AI system: train (in a background task), sign, activate
only if not worse on held-out examples, and version in the registry.

Every trainer in the house goes through `train_and_maybe_activate`; every trained model is
read back through `load_active`. The rule is written once, here:

    candidate = trainer.fit(training examples)
    the candidate and the model that runs today are evaluated on the SAME held-out
    examples (never trained on); the candidate becomes active only if its
    `trainer.metric` is not lower. Either way the version row keeps the report.

A trainer is a small object (see `Trainer`): the persistence `kind` of its model files, the
report key it is judged by, and four methods that take and return plain data. Model files
are written with `fornuft.ml.persistence` (format version, signature with the one
installation key `signing_key()`, type allow-list, atomic write) under
`FORNUFT_MODEL_DIR/org-<id>/<system key>/v<version>-<random>.fornuft`.

Callers: the capabilities' huey tasks and CLI commands — never a web request.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from django.db import IntegrityError, transaction

from fornuft.core.tenancy import activate
from fornuft.governance.models import AISystem, ModelOutcome, ModelVersion

logger = logging.getLogger(__name__)

# A candidate may trail the running model by this much and still count as "not worse"
# (floating-point noise only: a real drop is refused).
NOT_WORSE_TOLERANCE = 1e-9
_MAX_CACHED_MODELS = 32

_cache_lock = threading.Lock()
_loaded: dict[str, Any] = {}  # file name -> estimator (a file never changes once written)


@dataclass
class TrainingSet:
    """What a trainer learns from and is judged on. `held_out` is never trained on."""

    training: list
    held_out: list
    organization_examples: int = 0  # how many of `training` came from the organization's own labels
    details: dict = field(default_factory=dict)  # kept in the report as-is (e.g. the last example id)


@dataclass
class Baseline:
    """A model that runs when no trained version is active (e.g. the seed model)."""

    model: Any
    version: str


class Trainer(Protocol):
    kind: str    # the persistence kind of the model files, e.g. "fornuft.mail.category"
    metric: str  # the report key that decides activation; higher is better
    # (optional) `trusted_types`: exact class names outside scikit-learn/numpy/scipy/fornuft.ml
    # that the model is made of, allowed when its file is loaded.

    def examples(self, organization) -> TrainingSet: ...

    def fit(self, training: list) -> Any: ...

    def evaluate(self, model, held_out: list) -> dict: ...

    def baseline(self, organization) -> Baseline | None: ...


class ModelStoreError(ValueError):
    """Training could not produce a candidate; the message says why and what to do."""


@dataclass
class ActiveModel:
    model: Any
    version: str
    row: ModelVersion | None  # None for a baseline (seed) model


def signing_key() -> bytes:
    """The one key that signs this installation's model files (FORNUFT_MODEL_SIGNING_KEY,
    or derived from the secret key; see docs/configuration.md)."""
    from django.conf import settings

    return settings.FORNUFT_MODEL_SIGNING_KEY


def model_dir() -> Path:
    from django.conf import settings

    return Path(settings.FORNUFT_MODEL_DIR)


def version_file_name(organization, system_key: str, version: str) -> str:
    """A new file name for every training: two trainings racing for the same version number
    never write the same file, and a file is never rewritten under its name."""
    import secrets

    return f"org-{organization.pk}/{system_key}/v{version}-{secrets.token_hex(4)}.fornuft"


def save_file(model, file_name: str, *, kind: str, metadata: dict | None = None) -> Path:
    """Writes a signed model file under FORNUFT_MODEL_DIR (atomically)."""
    from fornuft.ml.persistence import save_model

    return save_model(model, model_dir() / file_name, kind=kind, metadata=metadata, key=signing_key())


def load_file(file_name: str, *, kind: str, trusted_types: tuple[str, ...] = ()):
    """The estimator in a signed model file, cached per process (files are never rewritten
    under the same name). Raises `fornuft.ml.persistence.ModelFileError` (missing) or
    `IncompatibleModel` (tampered, unsigned, other version: retrain)."""
    from fornuft.ml.persistence import load_model

    with _cache_lock:
        if file_name in _loaded:
            return _loaded[file_name]
    model, _header = load_model(model_dir() / file_name, kind=kind, key=signing_key(),
                                trusted_types=trusted_types)
    with _cache_lock:
        if len(_loaded) >= _MAX_CACHED_MODELS:
            _loaded.clear()
        _loaded[file_name] = model
    return model


def forget_cached_models() -> None:
    with _cache_lock:
        _loaded.clear()


def active_version(organization, system_key: str) -> ModelVersion | None:
    with activate(organization):
        return (ModelVersion.objects.filter(system__key=system_key, is_active=True)
                .order_by("-trained_at", "-pk").first())


def load_active(organization, system_key: str, trainer: Trainer) -> ActiveModel | None:
    """The organization's active trained model of `system_key`, or the trainer's baseline
    when none is active or its file cannot be used (logged), or None. One query per call;
    the model itself comes from the process cache, so a newly activated version is picked
    up at the next call."""
    from fornuft.ml.persistence import ModelFileError

    row = active_version(organization, system_key)
    if row is not None and row.file_name:
        try:
            return ActiveModel(load_file(row.file_name, kind=trainer.kind,
                                         trusted_types=getattr(trainer, "trusted_types", ())), row.version, row)
        except ModelFileError as exc:
            logger.warning("model %s v%s of organization %s unusable (%s); using its baseline", system_key,
                           row.version, organization.pk, exc)
    baseline = trainer.baseline(organization)
    return ActiveModel(baseline.model, baseline.version, None) if baseline is not None else None


def _next_version(organization, system: AISystem) -> str:
    versions = (ModelVersion.objects.for_organization(organization).filter(system=system)
                .values_list("version", flat=True))
    numbers = [int(v) for v in versions if v.isdigit()]
    return str(max(numbers, default=0) + 1)


def _headline(report: dict, metric: str) -> dict:
    """The figures the registry pages show: flat numbers only."""
    figures: dict[str, Any] = {key: value for key, value in report.items()
                               if isinstance(value, int | float) and not isinstance(value, bool)}
    figures.setdefault(metric, report.get(metric))
    return figures


def train_and_maybe_activate(organization, system_key: str, trainer: Trainer, *, notes: str = "") -> ModelVersion:
    """Trains a candidate for `system_key`, compares it with the running model on the same
    held-out examples and activates it only if it is not worse. Returns the new version row
    (outcome `activated` or `rejected`, the report kept either way); the signed file is
    written before the row. Raises `ModelStoreError` when there is nothing to train on."""
    from fornuft.governance.registry import get_system

    system = get_system(organization, system_key)
    data = trainer.examples(organization)
    if not data.training:
        raise ModelStoreError(f"{system_key}: no training examples yet; label some examples first")
    candidate = trainer.fit(data.training)
    report = dict(trainer.evaluate(candidate, data.held_out))
    report.update(training_examples=len(data.training), organization_examples=data.organization_examples,
                  held_out_examples=len(data.held_out))
    headline = _headline(report, trainer.metric)
    report.update(data.details)
    running = load_active(organization, system_key, trainer)
    if running is None:
        report["baseline"] = None
        activate_it = True
    else:
        baseline = trainer.evaluate(running.model, data.held_out)
        report["baseline"] = {"version": running.version, trainer.metric: baseline.get(trainer.metric),
                              **({"accuracy": baseline["accuracy"]} if "accuracy" in baseline else {})}
        activate_it = (report.get(trainer.metric) or 0.0) + NOT_WORSE_TOLERANCE >= (baseline.get(trainer.metric)
                                                                                  or 0.0)
    summary = (f"held-out {trainer.metric} {report.get(trainer.metric) or 0.0:.3f}"
               + (f" vs active {running.version} {report['baseline'][trainer.metric] or 0.0:.3f}" if running else
                  " (no model was active)"))
    for _attempt in range(3):  # two trainings at once may pick the same number: the loser takes the next
        try:
            with activate(organization), transaction.atomic():
                version = _next_version(organization, system)
                file_name = version_file_name(organization, system_key, version)
                save_file(candidate, file_name, kind=trainer.kind,
                          metadata={"organization": organization.pk, "system": system_key, "version": version})
                if activate_it:
                    ModelVersion.objects.filter(system=system, is_active=True).update(
                        is_active=False, outcome=ModelOutcome.RETIRED)
                    AISystem.objects.filter(pk=system.pk).update(model_version=version)
                return ModelVersion.objects.create(
                    organization=organization, system=system, version=version,
                    training_examples=len(data.training), metrics=headline, report=report,
                    file_name=file_name, is_active=activate_it,
                    outcome=ModelOutcome.ACTIVATED if activate_it else ModelOutcome.REJECTED,
                    notes=(notes + "\n" if notes else "") + summary)
        except IntegrityError:
            continue
    raise ModelStoreError(f"{system_key}: could not record the new version (another training kept taking "
                          "the number); try again")
