"""`/api/v1/contracts/`: the JSON API of contracts (logged-in users, scoped to their organization).
Thin: validate with a schema, call one service, return."""

from __future__ import annotations

from datetime import date

from ninja import Field, Router, Schema

from fornuft.contracts import services
from fornuft.contracts.ai_systems import CONTRACT_ROLES
from fornuft.core.permissions import get_for_org_or_404, require_role

router = Router(tags=["contracts"])


class AnalyzeIn(Schema):
    text: str = Field(..., max_length=2_000_000)
    source: str = Field("", max_length=255)


class ContractOut(Schema):
    id: int
    title: str
    version: int
    status: str
    contract_type: str
    counterparty: str
    effective_date: date | None
    expiration_date: date | None
    notice_deadline: date | None
    auto_renewal: bool | None
    risk_light: str


class ClauseMarkIn(Schema):
    start: int = Field(..., ge=0)
    end: int = Field(..., gt=0)
    clause_type: str = Field(..., max_length=40)
    present: bool = True


class PlaybookIn(Schema):
    yaml: str = Field(..., max_length=200_000)


@router.get("/contracts", response=list[ContractOut])
def list_contracts(request):
    """The organization's contracts, newest first."""
    require_role(request.user, *CONTRACT_ROLES)
    return services.list_contracts(request.organization)


@router.post("/analyze")
def analyze(request, payload: AnalyzeIn):
    """Analyses a contract text with the organization's playbook (nothing is stored): the same
    JSON object as `fornuft contract analyze --json`."""
    require_role(request.user, *CONTRACT_ROLES)
    from fornuft.contracts.analysis import analyze_text

    return analyze_text(payload.text, payload.source, services.playbook_for(request.organization),
                        model=services.organization_model(request.organization))


@router.put("/playbook")
def put_playbook(request, payload: PlaybookIn):
    """Stores the playbook YAML (400 with every problem when it is not valid)."""
    require_role(request.user, *CONTRACT_ROLES)
    from fornuft.contracts.playbook import PlaybookError

    try:
        services.save_playbook(request.organization, payload.yaml)
    except PlaybookError as exc:
        raise ValueError("; ".join(exc.problems)) from None
    return {"ok": True}


@router.post("/contracts/{contract_id}/clauses")
def mark_clause(request, contract_id: int, payload: ClauseMarkIn):
    """Marks the text between `start` and `end` as a clause type (or, with `present: false`, says
    it is not one); the mark teaches the organization's clause model."""
    from fornuft.contracts.models import Contract

    require_role(request.user, *CONTRACT_ROLES)
    contract = get_for_org_or_404(Contract, pk=contract_id)
    services.correct_clause(contract, payload.start, payload.end, payload.clause_type, payload.present, request.user,
                            source="api")
    return {"ok": True}
