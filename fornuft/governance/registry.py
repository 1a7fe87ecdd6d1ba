"""AI-system declarations in code, synced into each organization's registry.

Each capability lists its AI systems in a list of AISystemDeclaration that its manifest
names (`ai_systems=".ai_systems:SYSTEMS"` in `<app>/capability.py`).
`sync_organization()` runs after every migrate and whenever an organization is created:
it creates missing systems and refreshes what the code owns (name, purpose, model), while
what the organization decides (threshold, oversight, status, classification) is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone
from django.utils.module_loading import import_string

from fornuft.governance.models import AISystem, OversightMode, RiskClass
from fornuft.platform.capability import capability_entries


@dataclass(frozen=True)
class AISystemDeclaration:
    key: str
    name: str
    purpose: str
    owner: str
    model_name: str
    risk_class: str = RiskClass.MINIMAL
    risk_rationale: str = ""
    data_categories: tuple[str, ...] = ()
    oversight_mode: str = OversightMode.ON_THE_LOOP
    confidence_threshold: float = 0.7
    # Dotted path of `hook(task, correction, user)`, called when a person resolves a review:
    # it applies the correction to the subject (`correction` holds only the changed fields).
    review_hook: str | None = None
    # Roles whose people may see and resolve this system's review tasks. Keep it to the roles
    # that may open the subject in its own capability: a review must not grant more than that.
    # Empty: administrators and managers (see `review.DEFAULT_REVIEWER_ROLES`).
    reviewer_roles: frozenset[str] = frozenset()
    # Dotted path of `describe(decision) -> ReviewSubject | None`: the link, readable summary
    # and current values the review queue shows instead of "subject_type id".
    review_subject: str | None = None
    # Dotted path of `describe_many(decisions) -> {decision.pk: ReviewSubject}`: the queue's
    # list in a fixed number of queries (title and summary are enough there).
    review_subjects: str | None = None
    # Dotted path of `rows(output, explanation) -> (output rows, explanation rows)`, each a list
    # of (label, text): how a decision of this system reads to a person (field names and codes
    # as words). Without it, keys are turned into words (governance/readable.py).
    readable_output: str | None = None
    # Whether a reviewer may accept this system's proposals many at a time. Off where each
    # subject must be looked at (money, fraud signals, high-risk systems).
    bulk_accept: bool = True
    # The fields a reviewer may correct, shown as a form in the queue and validated there.
    correctable_fields: tuple = ()
    model_version: str = "1"
    extra: dict = field(default_factory=dict)


_registered: dict[str, AISystemDeclaration] = {}


def register(declared: AISystemDeclaration) -> None:
    """Declares an AI system from code outside the apps (a plug-in); synced like the built-in ones."""
    _registered[declared.key] = declared


def unregister(key: str) -> None:
    _registered.pop(key, None)


def declarations() -> dict[str, AISystemDeclaration]:
    """Every declared AI system, by key: each installed capability's (its manifest's
    ai_systems), then plug-ins."""
    found: dict[str, AISystemDeclaration] = {}
    for declaration in capability_entries("ai_systems"):
        if declaration.key in found:
            raise ValueError(f"AI system key {declaration.key!r} is declared twice")
        found[declaration.key] = declaration
    for key, declared in _registered.items():
        if key in found:
            raise ValueError(f"AI system key {key!r} is declared twice")
        found[key] = declared
    return found


def declaration(key: str) -> AISystemDeclaration | None:
    return declarations().get(key)


def review_hook(key: str):
    declared = declaration(key)
    if declared is None or not declared.review_hook:
        return None
    return import_string(declared.review_hook)


def sync_organization(organization) -> list[AISystem]:
    """Creates or refreshes the built-in AI systems of one organization."""
    systems = []
    for declared in declarations().values():
        system, created = AISystem.objects.for_organization(organization).get_or_create(
            organization=organization,
            key=declared.key,
            defaults={
                "risk_class": declared.risk_class,
                "risk_rationale": declared.risk_rationale,
                "oversight_mode": declared.oversight_mode,
                "confidence_threshold": declared.confidence_threshold,
                "next_review": timezone.localdate() + timedelta(days=365),
                "model_version": declared.model_version,
                "built_in": True,
                "name": declared.name,
                "purpose": declared.purpose,
                "owner": declared.owner,
                "model_name": declared.model_name,
                "data_categories": list(declared.data_categories),
            },
        )
        if not created:
            code_owned = {
                "name": declared.name,
                "purpose": declared.purpose,
                "model_name": declared.model_name,
                "data_categories": list(declared.data_categories),
                "built_in": True,
            }
            changed = [name for name, value in code_owned.items() if getattr(system, name) != value]
            if changed:
                for name in changed:
                    setattr(system, name, code_owned[name])
                system.save(update_fields=[*changed, "updated_at"])
        systems.append(system)
    return systems


def sync_all() -> None:
    from fornuft.core.models import Organization

    for organization in Organization.objects.all():
        sync_organization(organization)


def sync_after_migrate(sender, **kwargs) -> None:
    sync_all()


def get_system(organization, key: str) -> AISystem:
    """The organization's AI system `key`, created from its declaration if missing."""
    try:
        return AISystem.objects.for_organization(organization).get(key=key)
    except AISystem.DoesNotExist:
        if declaration(key) is None:
            raise LookupError(f"no AI system {key!r} is declared or registered") from None
        sync_organization(organization)
        return AISystem.objects.for_organization(organization).get(key=key)
