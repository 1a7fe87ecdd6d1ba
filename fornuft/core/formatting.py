"""Numbers, money and dates as the reader's language writes them: "0,52" and
"12 450,00 kr" in Norwegian, "0.52" and "NOK 12,450.00" in English."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import formats, translation


def _decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def number(value, places: int = 2) -> str:
    """`value` with `places` decimals and grouped thousands: "0,52", "12 450,00"; "–" when empty;
    text that is no number is returned as it is."""
    amount = _decimal(value)
    if amount is None:
        return "–" if value in (None, "") else str(value)
    # Django's number_format cuts the decimals off (853.95 → "853"); round half up first.
    try:
        amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        pass  # more digits than Decimal carries: nothing after the point worth rounding
    return formats.number_format(amount, places, use_l10n=True, force_grouping=True)


def money(value, currency: str = "NOK") -> str:
    """An amount with two decimals and its currency: "12 450,00 kr" (nb), "NOK 12,450.00" (en)."""
    amount = _decimal(value)
    if amount is None:
        return "–" if value in (None, "") else str(value)
    text = number(amount, 2)
    norwegian = (translation.get_language() or "nb").startswith(("nb", "no", "nn"))
    if currency.upper() == "NOK":
        return f"{text} kr" if norwegian else f"NOK {text}"
    return f"{text} {currency.upper()}" if norwegian else f"{currency.upper()} {text}"


def short_date(value) -> str:
    """A date (or ISO text) in the short local format: "19.03.2026" (nb), "19/03/2026" (en-GB)."""
    if value in (None, ""):
        return "–"
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, datetime):
        return formats.date_format(value, "SHORT_DATETIME_FORMAT")
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def day_label(value: date) -> str:
    """A day on a chart's axis: "7. des." (nb), "7 Dec" (en)."""
    if (translation.get_language() or "nb").startswith(("nb", "no")):
        return formats.date_format(value, "j. M").lower()
    return formats.date_format(value, "j M")
