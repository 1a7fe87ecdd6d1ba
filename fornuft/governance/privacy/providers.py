"""Personal-data providers: how each capability lets data-subject requests and retention
reach the personal data it stores.

A capability lists its providers in `fornuft/<app>/personal_data.py` and names them in its
manifest (`personal_data=".personal_data:PROVIDERS"` in `<app>/capability.py`):

    from fornuft.governance.privacy.providers import Hit, PersonalDataProvider

    PROVIDERS = [PersonalDataProvider(
        key="mail.messages", label=_("Mail messages"), category="mail", category_label=_("E-mail"),
        search=search_messages,     # (organization, SubjectQuery) -> list[Hit]
        export=export_message,      # (organization, Hit) -> ExportRecord
        erase=erase_message,        # (organization, Hit) -> str  (what was done, for the receipt)
        purge=purge_messages,       # (organization, cutoff, *, dry_run=False) -> int (rows deleted), or None
        default_keep_days=365,
    )]

Rules every provider keeps: search only the given organization; return references and a
short summary, not whole records; `export` returns everything stored about that record
(JSON-safe data plus the original files); `erase` deletes or anonymises so that nothing
identifying is left, and says which; `purge` deletes content older than the cutoff and
never touches the decision log (which holds references only, so the chain stays valid).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from fornuft.core import identifiers


@dataclass(frozen=True)
class SubjectQuery:
    """Who a data-subject request is about. Any field may be empty, not all of them."""

    name: str = ""
    email: str = ""
    phone: str = ""
    national_id: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", " ".join(self.name.split()))
        object.__setattr__(self, "email", self.email.strip().lower())
        object.__setattr__(self, "phone", self.phone.strip())
        object.__setattr__(self, "national_id", identifiers.digits(self.national_id))
        if not (self.name or self.email or self.phone or self.national_id):
            raise ValueError("Give at least one of name, email, phone or fødselsnummer.")
        if self.email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", self.email):
            raise ValueError(f"{self.email!r} is not an email address.")
        if self.national_id and not identifiers.is_valid_fnr(self.national_id):
            raise ValueError("The fødselsnummer / D-nummer is not valid (check digits or date); check it.")
        if self.phone and len(self.phone_digits) < 8:
            raise ValueError("A phone number needs at least 8 digits.")
        if self.name and len(self.name) < 3:
            raise ValueError("A name needs at least 3 letters.")

    @classmethod
    def parse(cls, text: str) -> SubjectQuery:
        """One free-text value: an email, a fødselsnummer, a phone number or a name."""
        text = (text or "").strip()
        if "@" in text:
            return cls(email=text)
        number = identifiers.digits(text)
        if number and len(number) >= len(re.sub(r"[\s+().-]", "", text)):
            if len(number) == 11 and identifiers.is_valid_fnr(number):
                return cls(national_id=number)
            return cls(phone=text)
        return cls(name=text)

    @property
    def phone_digits(self) -> str:
        """The national part of the phone number (last 8 digits for Norwegian numbers)."""
        number = identifiers.digits(self.phone)
        if number.startswith("0047"):
            number = number[4:]
        elif number.startswith("47") and len(number) == 10:
            number = number[2:]
        return number

    @property
    def name_tokens(self) -> list[str]:
        return [token for token in self.name.lower().split() if token]

    def as_dict(self) -> dict:
        return {"name": self.name, "email": self.email, "phone": self.phone, "national_id": self.national_id}


@dataclass
class Hit:
    provider: str
    record_type: str
    record_id: str
    summary: str = ""
    # Decision-log subjects ((type, id)) this record appears as, to export the decisions about it.
    subjects: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ExportRecord:
    data: dict
    files: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass(frozen=True)
class PersonalDataProvider:
    key: str
    label: object
    search: Callable
    export: Callable
    erase: Callable
    category: str = ""
    category_label: object = ""
    purge: Callable | None = None
    default_keep_days: int | None = None


@cache
def providers() -> tuple[PersonalDataProvider, ...]:
    """Every provider of every installed capability (its manifest's personal_data)."""
    from fornuft.platform.capability import capability_entries

    found: list[PersonalDataProvider] = capability_entries("personal_data")
    keys = [provider.key for provider in found]
    duplicates = {key for key in keys if keys.count(key) > 1}
    if duplicates:
        raise ValueError(f"personal-data provider key(s) declared twice: {sorted(duplicates)}")
    return tuple(found)


def provider(key: str) -> PersonalDataProvider:
    for candidate in providers():
        if candidate.key == key:
            return candidate
    raise LookupError(f"no personal-data provider {key!r}")


def categories() -> dict[str, tuple[object, int | None]]:
    """Retention categories: key -> (label, default days), from the providers that can purge."""
    found: dict[str, tuple[object, int | None]] = {}
    for candidate in providers():
        if candidate.category and candidate.purge is not None:
            found.setdefault(candidate.category, (candidate.category_label or candidate.category,
                                                  candidate.default_keep_days))
    return found
