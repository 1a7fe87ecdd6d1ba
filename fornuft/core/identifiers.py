"""Norwegian and international identifier checksums, shared by invoices, PII detection
and the phishing shield. Plain functions on strings; no Django."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

_NON_DIGITS = re.compile(r"\D")

ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
ACCOUNT_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
FNR_WEIGHTS_1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
FNR_WEIGHTS_2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def digits(value: str) -> str:
    return _NON_DIGITS.sub("", value or "")


def mod11_check_digit(number: str, weights: tuple[int, ...]) -> int | None:
    """The MOD11 check digit for `number` with `weights`; None when no valid digit exists."""
    total = sum(int(d) * w for d, w in zip(number, weights, strict=True))
    remainder = 11 - total % 11
    if remainder == 11:
        return 0
    if remainder == 10:
        return None
    return remainder


def is_valid_org_number(value: str) -> bool:
    """Norwegian organisation number: 9 digits, MOD11 over the first 8."""
    number = digits(value)
    if len(number) != 9 or number[0] not in "89":
        return False
    return mod11_check_digit(number[:8], ORG_WEIGHTS) == int(number[8])


def is_valid_vat_number(value: str) -> bool:
    """Norwegian VAT number: NO + valid org number + MVA."""
    compact = re.sub(r"\s", "", (value or "").upper())
    match = re.fullmatch(r"NO(\d{9})MVA", compact)
    return match is not None and is_valid_org_number(match.group(1))


def is_valid_bank_account(value: str) -> bool:
    """Norwegian bank account: 11 digits, MOD11 over the first 10."""
    number = digits(value)
    if len(number) != 11:
        return False
    return mod11_check_digit(number[:10], ACCOUNT_WEIGHTS) == int(number[10])


def is_valid_iban(value: str) -> bool:
    """IBAN: country code, check digits, MOD97 == 1 (ISO 13616)."""
    compact = re.sub(r"\s", "", (value or "").upper())
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    if compact.startswith("NO") and len(compact) != 15:
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97 == 1


def luhn_valid(number: str) -> bool:
    number = digits(number)
    if not number:
        return False
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def kid_valid_mod10(value: str) -> bool:
    return luhn_valid(value)


def kid_valid_mod11(value: str) -> bool:
    """KID with a MOD11 check digit (weights 2..7 from the right; '-' stands for 10)."""
    value = (value or "").strip()
    if not re.fullmatch(r"\d+[\d-]", value) or len(value) < 2:
        return False
    body, check = value[:-1], value[-1]
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    remainder = 11 - total % 11
    expected = "0" if remainder == 11 else "-" if remainder == 10 else str(remainder)
    return check == expected


def is_valid_kid(value: str) -> bool:
    """A KID (customer payment reference) is valid with either a MOD10 or a MOD11 check digit."""
    value = (value or "").strip()
    if not 2 <= len(value) <= 25:
        return False
    return kid_valid_mod10(value) or kid_valid_mod11(value)


def birth_date_from_fnr(number: str) -> date | None:
    """The birth date in a fødselsnummer or D-nummer (day + 40), or None if not a real date."""
    day, month, year2, individual = int(number[0:2]), int(number[2:4]), int(number[4:6]), int(number[6:9])
    if day > 40:
        day -= 40  # D-nummer
    if month > 40:
        month -= 40  # H-nummer and synthetic test numbers (NAV), accepted as dates
    if individual <= 499:
        century = 1900
    elif individual <= 749 and year2 >= 54:
        century = 1800
    elif individual <= 999 and year2 <= 39:
        century = 2000
    elif 900 <= individual and year2 >= 40:
        century = 1900
    else:
        return None
    try:
        return date(century + year2, month, day)
    except ValueError:
        return None


def is_valid_fnr(value: str) -> bool:
    """Fødselsnummer or D-nummer: 11 digits, both MOD11 check digits and a real date."""
    number = digits(value)
    if len(number) != 11:
        return False
    k1 = mod11_check_digit(number[:9], FNR_WEIGHTS_1)
    if k1 is None or k1 != int(number[9]):
        return False
    k2 = mod11_check_digit(number[:10], FNR_WEIGHTS_2)
    if k2 is None or k2 != int(number[10]):
        return False
    born = birth_date_from_fnr(number)
    # A birth date in the future is not a real person (python-stdnum agrees).
    return born is not None and born <= datetime.now(tz=UTC).date()


def with_org_check_digit(first_eight: str) -> str | None:
    check = mod11_check_digit(first_eight, ORG_WEIGHTS)
    return None if check is None else first_eight + str(check)


def with_account_check_digit(first_ten: str) -> str | None:
    check = mod11_check_digit(first_ten, ACCOUNT_WEIGHTS)
    return None if check is None else first_ten + str(check)
