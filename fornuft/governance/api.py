from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.core.paginator import Paginator
from ninja import Field, Query, Router, Schema

from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.core.roles import GOVERNANCE_READERS, REVIEWERS, Role
from fornuft.governance import chain, corrections, queries, review
from fornuft.governance.models import AISystem, Decision, ReviewStatus

router = Router(tags=["governance"])


class SystemOut(Schema):
    key: str
    name: str
    purpose: str
    owner: str
    model_name: str
    model_version: str
    data_categories: list[str]
    risk_class: str
    oversight_mode: str
    confidence_threshold: float
    status: str
    next_review: date | None
    built_in: bool


class DecisionOut(Schema):
    seq: int
    system: str
    model_version: str
    subject_type: str
    subject_id: str
    output: Any
    confidence: float | None
    explanation: Any
    actor: str
    needs_review: bool
    created_at: datetime
    hash: str

    @staticmethod
    def resolve_system(obj):
        return obj.system_key


class DecisionPage(Schema):
    count: int
    page: int
    pages: int
    items: list[DecisionOut]


class DecisionQuery(Schema):
    system: str = ""
    date_from: date | None = None
    date_to: date | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None
    actor: str = ""
    page: int = 1


class SubjectOut(Schema):
    title: str
    url: str
    summary: list[tuple[str, str]]


class ReviewOut(Schema):
    id: int
    system: str
    decision_seq: int
    reason: str
    status: str
    opened_at: datetime
    resolved_at: datetime | None
    output: Any
    subject: SubjectOut
    correctable_fields: list[str]

    @staticmethod
    def resolve_subject(obj):
        described = corrections.describe(obj.decision)
        return {"title": described.title, "url": described.url,
                "summary": [(str(label), str(value)) for label, value in described.summary]}

    @staticmethod
    def resolve_correctable_fields(obj):
        return [field.name for field in corrections.declared_fields(obj.system.key)]

    @staticmethod
    def resolve_system(obj):
        return obj.system.key

    @staticmethod
    def resolve_decision_seq(obj):
        return obj.decision.seq

    @staticmethod
    def resolve_output(obj):
        return obj.decision.output


class ResolveIn(Schema):
    verdict: str = Field(max_length=20)  # "accept" or "correct"
    correction: dict | None = None
    comment: str = Field("", max_length=5000)


class ChainOut(Schema):
    intact: bool
    records: int
    first_bad_seq: int | None
    problem: str


@router.get("/systems", response=list[SystemOut])
def list_systems(request):
    require_role(request.user, *GOVERNANCE_READERS)
    return list(AISystem.objects.order_by("name"))


@router.get("/systems/{key}", response=SystemOut)
def get_system(request, key: str):
    require_role(request.user, *GOVERNANCE_READERS)
    return get_for_org_or_404(AISystem, key=key)


@router.get("/decisions", response=DecisionPage)
def list_decisions(request, filters: Query[DecisionQuery]):
    require_role(request.user, *GOVERNANCE_READERS)
    values = filters.dict()
    page_number = values.pop("page")
    decision_filter = queries.DecisionFilter(**{k: v for k, v in values.items() if v not in ("", None)})
    paginator = Paginator(queries.filtered_decisions(decision_filter), 100)
    page = paginator.get_page(page_number)
    return {"count": paginator.count, "page": page.number, "pages": paginator.num_pages, "items": list(page)}


@router.get("/decisions/{seq}", response=DecisionOut)
def get_decision(request, seq: int):
    require_role(request.user, *GOVERNANCE_READERS)
    return get_for_org_or_404(Decision, seq=seq)


@router.get("/reviews", response=list[ReviewOut])
def list_reviews(request, status: str = ReviewStatus.OPEN):
    """The reviews the caller's role may see (their systems'; every system's for auditors)."""
    require_role(request.user, *REVIEWERS, Role.AUDITOR)
    tasks = review.visible_reviews(request.user).filter(status=status).select_related("decision", "system")
    return list(tasks[:500])


@router.get("/reviews/{review_id}", response=ReviewOut)
def get_review(request, review_id: int):
    require_role(request.user, *REVIEWERS, Role.AUDITOR)
    return get_for_org_or_404(review.visible_reviews(request.user).select_related("decision", "system"),
                              pk=review_id)


@router.post("/reviews/{review_id}/resolve", response=ReviewOut)
def resolve(request, review_id: int, payload: ResolveIn):
    require_role(request.user, *REVIEWERS)
    task = get_for_org_or_404(review.visible_reviews(request.user).select_related("decision", "system"),
                              pk=review_id)
    if payload.verdict not in {"accept", "correct"}:
        raise ValueError("verdict must be 'accept' or 'correct'")
    if payload.verdict == "correct" and not payload.correction:
        raise ValueError("a correction is required when the verdict is 'correct'")
    correction = None
    if payload.verdict == "correct":
        correction = corrections.clean_correction(task, payload.correction)
        if not correction:
            raise ValueError("Nothing was changed: change a field, or accept the proposal as it is.")
    return review.resolve_review(task, request.user, correction=correction, comment=payload.comment[:2000])


@router.get("/chain", response=ChainOut)
def verify_chain(request):
    require_role(request.user, *GOVERNANCE_READERS)
    report = chain.verify(request.user.organization)[0]
    return {"intact": report.intact, "records": report.records, "first_bad_seq": report.first_bad_seq,
            "problem": report.problem}

from fornuft.governance.api_privacy import privacy_router  # noqa: E402

router.add_router("/privacy/", privacy_router)
