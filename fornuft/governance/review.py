"""The human review queue: a person accepts or corrects a decision.

The person's verdict is logged as a new decision (actor = that person) and handed to
the owning capability through the system's declared `review_hook(task, correction, user)`,
where capabilities apply the correction to the subject and keep it as training data.
`correction` is None when the person accepted the system's output as it was.

Who may see and resolve a system's reviews is declared with the system
(`AISystemDeclaration.reviewer_roles`) and checked here, in the one service every entry
point (page, API, capability pages) goes through; auditors may read every review and
resolve none.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from fornuft.core.roles import Role
from fornuft.governance import corrections
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import ReviewStatus, ReviewTask
from fornuft.governance.registry import declarations, review_hook
from fornuft.platform import events

# Reviewers of a system that declares none (an organization's own or external system).
DEFAULT_REVIEWER_ROLES = frozenset({Role.ADMIN, Role.MANAGER})
# Read every review, resolve none.
REVIEW_READERS = frozenset({Role.AUDITOR})


class ReviewNotAllowed(PermissionDenied):
    def __init__(self, task: ReviewTask) -> None:
        super().__init__(f"Your role may not resolve reviews of {task.system.name}.")


def _owner_names(role: str) -> list[str]:
    """How a role may be written in a registry entry's owner field ("hr", "HR", "Finance" …)."""
    from django.utils import translation

    with translation.override("en"):
        english = str(Role(role).label)
    return [role, english]


def reviewer_roles(system) -> frozenset[str]:
    """The roles that may see and resolve the reviews of `system` (an AISystem): the declared
    ones; for an organization's own systems, administrators, managers and the role named as
    the system's owner."""
    declared = declarations().get(system.key)
    if declared is not None and declared.reviewer_roles:
        return frozenset(declared.reviewer_roles)
    owner = (system.owner or "").strip().lower()
    owners = {role for role in Role.values if owner in (name.lower() for name in _owner_names(role))}
    return DEFAULT_REVIEWER_ROLES | (owners - REVIEW_READERS)


def may_resolve(user, system) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and user.role in reviewer_roles(system)


def may_see(user, system) -> bool:
    return may_resolve(user, system) or (bool(getattr(user, "is_authenticated", False))
                                         and user.role in REVIEW_READERS)


def _reviewable_systems(role: str) -> Q:
    declared = {key: d for key, d in declarations().items() if d.reviewer_roles}
    condition = Q(system__key__in=[key for key, d in declared.items() if role in d.reviewer_roles])
    own_systems = ~Q(system__key__in=list(declared))
    if role in DEFAULT_REVIEWER_ROLES:
        condition |= own_systems
    elif role not in REVIEW_READERS:
        owned = Q()
        for name in _owner_names(role):
            owned |= Q(system__owner__iexact=name)
        condition |= own_systems & owned
    return condition


def visible_reviews(user, queryset=None):
    """The review tasks `user` may see: their systems' reviews; every review for auditors."""
    queryset = ReviewTask.objects.all() if queryset is None else queryset
    if not getattr(user, "is_authenticated", False) or user.organization_id is None:
        return queryset.none()
    if user.role in REVIEW_READERS:
        return queryset
    return queryset.filter(_reviewable_systems(user.role))


def resolvable_reviews(user, queryset=None):
    """The review tasks `user` may resolve."""
    queryset = ReviewTask.objects.all() if queryset is None else queryset
    if not getattr(user, "is_authenticated", False) or user.organization_id is None:
        return queryset.none()
    return queryset.filter(_reviewable_systems(user.role))


def bulk_acceptable(system) -> bool:
    """Whether `system`'s proposals may be accepted many at a time: not where its declaration
    asks for each subject to be looked at (money, fraud signals), nor for high-risk systems."""
    from fornuft.governance.models import RiskClass

    if system.risk_class in (RiskClass.HIGH, RiskClass.PROHIBITED):
        return False
    declared = declarations().get(system.key)
    return declared is None or declared.bulk_accept


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
    """Accepts (`correction=None`) or corrects the task's decision as `user`; raises
    ReviewNotAllowed when the system's declared reviewer roles leave `user` out."""
    with transaction.atomic():
        # Re-read inside the transaction so two reviewers cannot both resolve it.
        fresh = (ReviewTask.objects.for_organization(task.organization_id)
                 .select_related("decision", "system").get(pk=task.pk))
        if user is None or fresh.organization_id != user.organization_id or not may_resolve(user, fresh.system):
            raise ReviewNotAllowed(fresh)
        if correction is not None and corrections.declared_fields(fresh.system.key):
            correction = corrections.clean_correction(fresh, correction)
            if not correction:
                raise corrections.CorrectionInvalid({"correction": [
                    "Nothing was changed: change a field, or accept the proposal as it is."]})
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
        # Systems registered at run time (a no-code app's "apps.<id>") have no declared hook;
        # their capability listens for this instead.
        events.emit("review.resolved", fresh.organization, task=fresh, correction=correction, user=user)
    return fresh
