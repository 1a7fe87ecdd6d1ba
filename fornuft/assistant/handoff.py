"""A hand-off that loses no customer: outside opening hours the assistant asks how we can
reach the customer (an e-mail address or a phone number, validated) before it hands the
conversation to a person. Plain Python, except for Django's e-mail validator."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from fornuft.assistant import hours

ASK = {
    "nb": "Kundesenteret er stengt nå. Skriv e-postadressen eller telefonnummeret ditt, så kontakter vi deg "
          "så snart vi åpner.",
    "en": "Customer service is closed now. Please leave your e-mail address or phone number and we will "
          "contact you as soon as we open.",
}
NOT_CONTACT = {
    "nb": "Det ser ikke ut som en e-postadresse eller et telefonnummer. Skriv for eksempel navn@firma.no "
          "eller 912 34 567.",
    "en": "That does not look like an e-mail address or a phone number. Write, for example, name@company.com "
          "or +47 912 34 567.",
}
THANKS = {
    "nb": "Takk! Vi kontakter deg på {contact}.",
    "en": "Thank you! We will contact you at {contact}.",
}

_EMAIL_IN_TEXT = re.compile(r"[^\s<>(),;:\"']+@[^\s<>(),;:\"']+\.[^\s<>(),;:\"']+")
_PHONE_IN_TEXT = re.compile(r"(?:\+|00)?\d[\d\s\-().]{6,20}\d")


class ContactError(ValueError):
    """Neither a usable e-mail address nor a phone number; `field` says which was wrong."""

    def __init__(self, field: str):
        super().__init__(field)
        self.field = field


@dataclass(frozen=True)
class Contact:
    email: str = ""
    phone: str = ""

    def __str__(self) -> str:
        return " / ".join(part for part in (self.email, self.phone) if part)


def clean_email(value: str) -> str:
    value = (value or "").strip()
    if len(value) > 254:
        raise ContactError("email")
    try:
        validate_email(value)
    except ValidationError:
        raise ContactError("email") from None
    return value


def clean_phone(value: str) -> str:
    """A Norwegian number (8 digits, first 2–9, with or without +47/0047) as "+47 912 34 567",
    or another country's number written with + and 8–15 digits as "+<digits>"."""
    raw = (value or "").strip()
    if not raw or len(raw) > 30 or re.search(r"[^\d\s+\-().]", raw):
        raise ContactError("phone")
    digits = re.sub(r"\D", "", raw)
    international = raw.startswith("+") or raw.startswith("00")
    if raw.startswith("00"):
        digits = digits[2:]
    if international and digits.startswith("47"):
        digits = digits[2:]
        international = False
    if not international:
        if len(digits) == 8 and digits[0] in "23456789":
            return f"+47 {digits[:3]} {digits[3:5]} {digits[5:]}"
        raise ContactError("phone")
    if 8 <= len(digits) <= 15:
        return "+" + digits
    raise ContactError("phone")


def contact_from_form(email: str, phone: str) -> Contact:
    """The widget's form: either field may be empty, not both; each given one must be valid."""
    email, phone = (email or "").strip(), (phone or "").strip()
    if not email and not phone:
        raise ContactError("missing")
    return Contact(email=clean_email(email) if email else "", phone=clean_phone(phone) if phone else "")


def contact_from_text(text: str) -> Contact | None:
    """An e-mail address or phone number written in a chat message ("ring meg på 912 34 567"),
    or None when there is none."""
    email = phone = ""
    for candidate in _EMAIL_IN_TEXT.findall(text or ""):
        try:
            email = clean_email(candidate.rstrip("."))
            break
        except ContactError:
            continue
    for candidate in _PHONE_IN_TEXT.findall(text or ""):
        try:
            phone = clean_phone(candidate)
            break
        except ContactError:
            continue
    return Contact(email, phone) if email or phone else None


def is_open_now(config, now: datetime) -> bool:
    return hours.is_open(now, config.opens, config.closes, hours.parse_weekdays(config.weekdays))


def after_contact_message(config, now: datetime, contact: Contact, language: str) -> str:
    """Thanks, where we will reach them, and when to expect an answer."""
    language = language if language in THANKS else "nb"
    when = hours.next_step_message(now, config.opens, config.closes, hours.parse_weekdays(config.weekdays),
                                   config.response_hours, language)
    return f"{THANKS[language].format(contact=contact)} {when}"
