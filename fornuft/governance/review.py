"""The human review queue: a person accepts or corrects a decision.

The person's verdict is logged as a new decision (actor = that person) and handed to
the owning capability through the system's declared `review_hook(task, correction, user)`,
where capabilities turn corrections into training data. `correction` is None when
the person accepted the system's output as it was.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from fornuft.governance.decisions import record_decision
from fornuft.governance.models import ReviewStatus, ReviewTask
from fornuft.governance.registry import review_hook


class ReviewAlreadyResolved(ValueError):
    def __init__(self, task: ReviewTask) -> None:
        super().__init__(f"Review #{task.pk} was already resolved by someone else.")


def open_reviews(organization):
    return (
        ReviewTask.objects.for_organization(organization).filter(status=ReviewStatus.OPEN)
        .select_related("decision", "system")
    )


def resolve_review(task: ReviewTask, user, *, correction: dict | None = None, comment: str = "",
                   touch_seconds: float | None = None) -> ReviewTask:
    """Accepts (`correction=None`) or corrects the task's decision as `user`."""
    with transaction.atomic():
        # Re-read inside the transaction so two reviewers cannot both resolve it.
        fresh = (ReviewTask.objects.for_organization(task.organization_id)
                 .select_related("decision", "system").get(pk=task.pk))
        if fresh.status != ReviewStatus.OPEN:
            raise ReviewAlreadyResolved(fresh)
        original = fresh.decision
        accepted = correction is None
        output = original.output if accepted else correction
        resolution = record_decision(
            fresh.organization,
            fresh.system,
            subject=(original.subject_type, original.subject_id),
            output=output,
            confidence=1.0,
            explanation={
                "review_of": original.seq,
                "verdict": "accepted" if accepted else "corrected",
                "comment": comment[:500],
            },
            actor=user,
            model_version=original.model_version,
        )
        now = timezone.now()
        fresh.status = ReviewStatus.ACCEPTED if accepted else ReviewStatus.CORRECTED
        fresh.resolved_at = now
        fresh.resolved_by = user
        fresh.resolution = resolution
        fresh.comment = comment
        fresh.touch_seconds = touch_seconds if touch_seconds is not None else (now - fresh.opened_at).total_seconds()
        fresh.save()
        hook = review_hook(fresh.system.key)
        if hook is not None:
            hook(fresh, correction, user)
    return fresh
