"""Work items and pipelines: what every capability that processes incoming things shares.

A **work item** is one thing to process (a mail message, an invoice …). Its input is in
the blob store before anything reads it; it knows where it stands (`status`), what went
wrong (`problems`), how often it was tried (`attempts`) and which decisions were made
about it (`decisions()`, from the governance log by subject). Concrete tables stay in the
capabilities and inherit `WorkItem`.

A **pipeline** is a plain list of `Step`s run in order by `run_pipeline` (modelled on
paperless-ngx `documents/plugins/base.py`). The contract of a step:

- `able_to_run(item, work)` says whether it applies; False skips it (not an error);
- `run(item, work)` does the work, inside its own savepoint: a step that fails leaves
  nothing half-written, and the steps before it stay done. A step with `atomic = False`
  runs outside one, so that what it saves while it runs (its progress) is seen at once;
  it must then write its result in one save at the end;
- `cleanup(item, work)` always runs after `run`, also when `run` failed or stopped;
- raising `StopPipeline(reason)` ends the run early on purpose (not a failure); what the
  step wrote before raising it stays.

Any other exception marks the item failed with the step and the reason (`mark_failed`),
and the pipeline stops; the next item is not affected. `retry(item, steps, work)` clears
the failure, counts the attempt and runs the steps again from the stored input.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel

logger = logging.getLogger(__name__)

FAILED = "failed"
FAILURE_PREFIX = "processing failed: "
MAX_PROBLEM_CHARS = 500


class WorkItem(OrgScopedModel):
    """One item of work of an organization (abstract; the capability owns the table)."""

    # Intakes store the input before they create the item; null is allowed for rows made by
    # other means (older tables, imports). A capability may declare it required.
    stored_file = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, null=True, related_name="+",
                                    verbose_name=_("stored input"))
    status = models.CharField(_("status"), max_length=20, default="received", db_index=True)
    problems = models.JSONField(_("problems"), default=list, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)

    class Meta:
        abstract = True

    def decisions(self):
        """Every decision logged about this item (by the system and by people), oldest first."""
        from fornuft.governance.models import Decision

        return (Decision.objects.for_organization(self.organization_id)
                .filter(organization_id=self.organization_id, subject_type=self._meta.label_lower,
                        subject_id=str(self.pk)).order_by("seq"))

    @property
    def failure_reason(self) -> str:
        """Why the last run failed ('' unless the item is failed)."""
        if self.status != FAILED:
            return ""
        reasons = [p for p in self.problems if p.startswith(FAILURE_PREFIX)]
        return reasons[-1][len(FAILURE_PREFIX):] if reasons else ""

    def failure_fields(self, reason: str) -> dict[str, Any]:
        """Other fields a capability sets when an item fails (e.g. a message shown to people)."""
        return {}


class StopPipeline(Exception):  # noqa: N818 - a signal to stop, not an error
    """Raised by a step to end the pipeline early on purpose: the item is done for now."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Step:
    """One step of a pipeline; subclasses override `run` and, where it applies,
    `able_to_run` and `cleanup`. Steps keep no state between items: what a run
    works with lives on the item and in `work` (the capability's own working data)."""

    name = ""
    atomic = True  # False: no savepoint around run (see the module docstring)

    def able_to_run(self, item, work) -> bool:
        return True

    def run(self, item, work) -> None:
        raise NotImplementedError

    def cleanup(self, item, work) -> None:
        """Always called after `run` (success, stop or failure): temporary files, handles."""

    def __str__(self) -> str:
        return self.name or type(self).__name__


@dataclass
class PipelineResult:
    """What happened to one item: the steps done and skipped, and why it stopped or failed."""

    done: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    stopped: str = ""
    failed: str = ""

    @property
    def ok(self) -> bool:
        return not self.failed


def run_pipeline(item: WorkItem, steps: Sequence[Step], work: Any = None) -> PipelineResult:
    """Runs the steps in order on one item (see the module docstring for the contract).
    Never raises for a failing step: the item is marked failed with the reason."""
    result = PipelineResult()
    for step in steps:
        if not step.able_to_run(item, work):
            result.skipped.append(str(step))
            continue
        stop = None
        try:
            with transaction.atomic() if step.atomic else contextlib.nullcontext():
                try:
                    step.run(item, work)
                except StopPipeline as raised:  # what the step wrote stays; the steps after it do not run
                    stop = raised
            result.done.append(str(step))
        except Exception as exc:  # the item is kept and marked; the caller goes on with the next one
            logger.exception("%s %s failed in step %s", item._meta.label_lower, item.pk, step)
            result.failed = f"{step}: {type(exc).__name__}: {exc}"
            mark_failed(item, result.failed)
            return result
        finally:
            _cleanup(step, item, work)
        if stop is not None:
            result.stopped = f"{step}: {stop.reason}"
            return result
    return result


def _cleanup(step: Step, item, work) -> None:
    try:
        step.cleanup(item, work)
    except Exception:  # a failed cleanup must not hide what the step itself did or raised
        logger.exception("cleanup of step %s failed for %s %s", step, item._meta.label_lower, item.pk)


def mark_failed(item: WorkItem, reason: str) -> None:
    """Marks the item failed with the reason, in memory and in the database (also when the
    surrounding work was rolled back). Unsaved items (a dry run) change in memory only."""
    item.status = FAILED
    item.problems = [*item.problems, f"{FAILURE_PREFIX}{reason}"[:MAX_PROBLEM_CHARS]]
    extra = item.failure_fields(reason)
    for name, value in extra.items():
        setattr(item, name, value)
    if item.pk is not None:
        type(item).objects.for_organization(item.organization_id).filter(pk=item.pk).update(
            status=item.status, problems=item.problems, **extra)


def clear_failure(item: WorkItem) -> None:
    """Forgets earlier failure reasons before the item is tried again (other problems stay)."""
    item.problems = [p for p in item.problems if not p.startswith(FAILURE_PREFIX)]


def retry(item: WorkItem, steps: Sequence[Step], work: Any = None) -> PipelineResult:
    """Runs the steps again on an item (failed or not), counting the attempt."""
    clear_failure(item)
    item.attempts += 1
    if item.pk is not None:
        type(item).objects.for_organization(item.organization_id).filter(pk=item.pk).update(attempts=item.attempts,
                                                                          problems=item.problems)
    return run_pipeline(item, steps, work)
