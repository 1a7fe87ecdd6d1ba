"""Privacy and compliance API: redaction, PII detection, the risk questionnaire, literacy gaps,
data-subject search. Mounted under /api/v1/governance/privacy/."""

from __future__ import annotations

from ninja import Field, Router, Schema

from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.core.roles import GOVERNANCE_READERS, Role
from fornuft.governance import dsar, literacy, risk
from fornuft.governance.models import AISystem
from fornuft.governance.privacy import pii

privacy_router = Router(tags=["privacy"])
MAX_CHARS = 200_000


class TextIn(Schema):
    text: str = Field(max_length=200_000)
    kinds: list[str] | None = None


class EntityOut(Schema):
    kind: str
    start: int
    end: int
    text: str


class RedactOut(Schema):
    text: str
    entities: list[EntityOut]


class AnswersIn(Schema):
    answers: dict[str, bool]
    save: bool = False


class StepOut(Schema):
    question: str
    answer: bool
    article: str
    explanation: str


class QuestionOut(Schema):
    id: str
    text: str
    article: str


class EvaluationOut(Schema):
    complete: bool
    result: str | None
    rationale: str
    steps: list[StepOut]
    next_question: QuestionOut | None


class GapOut(Schema):
    user: str
    level: int
    required: int
    reasons: list[str]


class HitOut(Schema):
    provider: str
    record_type: str
    record_id: str
    summary: str


def _text(payload: TextIn) -> str:
    if len(payload.text) > MAX_CHARS:
        raise ValueError(f"text is longer than {MAX_CHARS} characters; split it")
    return payload.text


@privacy_router.post("/redact", response=RedactOut)
def redact(request, payload: TextIn):
    """Redacted text and the findings. Any logged-in user; nothing is stored."""
    require_role(request.user)
    text = _text(payload)
    entities = pii.detect(text, [kind.upper() for kind in payload.kinds] if payload.kinds else None)
    return {"text": pii.redact(text, entities=entities), "entities": [e.as_dict() for e in entities]}


@privacy_router.get("/questionnaire", response=list[QuestionOut])
def questionnaire(request):
    require_role(request.user, *GOVERNANCE_READERS)
    return [{"id": q.id, "text": str(q.text), "article": q.article} for q in risk.QUESTIONS.values()]


@privacy_router.post("/systems/{key}/classification", response=EvaluationOut)
def classify(request, key: str, payload: AnswersIn):
    """Evaluates answers; with `save` (administrators only) stores the classification."""
    require_role(request.user, *GOVERNANCE_READERS)
    system = get_for_org_or_404(AISystem, key=key)
    evaluation = risk.evaluate(payload.answers)
    if payload.save:
        require_role(request.user, Role.ADMIN)
        risk.classify(system, payload.answers, request.user)
    next_question = evaluation.next_question
    return {"complete": evaluation.complete, "result": evaluation.result, "rationale": evaluation.rationale(),
            "steps": evaluation.steps,
            "next_question": None if next_question is None else
            {"id": next_question.id, "text": str(next_question.text), "article": next_question.article}}


@privacy_router.get("/literacy/gaps", response=list[GapOut])
def literacy_gaps(request):
    require_role(request.user, *GOVERNANCE_READERS, Role.HR)
    return [{"user": str(row.user), "level": row.level, "required": row.required, "reasons": row.reasons}
            for row in literacy.gaps(request.organization)]


@privacy_router.get("/subjects", response=list[HitOut])
def subject_search(request, q: str):
    """Where a person's data is stored (administrators and auditors)."""
    require_role(request.user, Role.ADMIN, Role.AUDITOR)
    return [{"provider": h.provider, "record_type": h.record_type, "record_id": h.record_id, "summary": h.summary}
            for h in dsar.search(request.organization, dsar.SubjectQuery.parse(q))]
