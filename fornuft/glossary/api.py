"""`/api/v1/glossary/`: the organization's glossary as JSON."""

from __future__ import annotations

from ninja import Field, Query, Router, Schema, Status

from fornuft.glossary import services

router = Router(tags=["glossary"])


class EntryIn(Schema):
    term: str = Field(..., max_length=120)
    abbreviation: str = Field("", max_length=120)
    synonyms: str = Field("", max_length=600)
    nb: str = Field("", max_length=120)
    en: str = Field("", max_length=120)


class EntryOut(Schema):
    id: int
    term: str
    abbreviation: str
    synonyms: str
    nb: str
    en: str


@router.get("/entries", response=list[EntryOut])
def list_entries(request, q: str = Query("", max_length=100)):
    """The glossary's entries, optionally searched."""
    return services.list_entries(request.organization, q)


@router.post("/entries", response={201: EntryOut})
def add_entry(request, payload: EntryIn):
    """Adds or updates an entry (400 with the reason for a bad one)."""
    entry = services.add_entry(request.organization, payload.term, abbreviation=payload.abbreviation,
                               synonyms=payload.synonyms, nb=payload.nb, en=payload.en)
    return Status(201, entry)
