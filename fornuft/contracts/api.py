"""`/api/v1/contracts/`: the JSON API of contracts (logged-in users, scoped to their organization).
Thin: validate with a schema, call one service, return."""

from __future__ import annotations

from datetime import date

from ninja import Field, Router, Schema

from fornuft.contracts import services

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


class PlaybookIn(Schema):
    yaml: str = Field(..., max_length=200_000)


@router.get("/contracts", response=list[ContractOut])
def list_contracts(request):
    """The organization's contracts, newest first."""
    return services.list_contracts(request.organization)


@router.post("/analyze")
def analyze(request, payload: AnalyzeIn):
    """Analyses a contract text with the organization's playbook (nothing is stored): the same
    JSON object as `fornuft contract analyze --json`."""
    from fornuft.contracts.analysis import analyze_text

    return analyze_text(payload.text, payload.source, services.playbook_for(request.organization),
                        model=services.organization_model(request.organization))


@router.put("/playbook")
def put_playbook(request, payload: PlaybookIn):
    """Stores the playbook YAML (400 with every problem when it is not valid)."""
    from fornuft.contracts.playbook import PlaybookError

    try:
        services.save_playbook(request.organization, payload.yaml)
    except PlaybookError as exc:
        raise ValueError("; ".join(exc.problems)) from None
    return {"ok": True}
