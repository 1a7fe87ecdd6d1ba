"""Opening hours: is customer service staffed now, and when may a customer expect an answer?
Plain Python."""

from __future__ import annotations

from datetime import datetime, time, timedelta


def parse_weekdays(value: str) -> set[int]:
    days = set()
    for part in (value or "").split(","):
        part = part.strip()
        if part.isdigit() and 0 <= int(part) <= 6:
            days.add(int(part))
    return days


def is_open(now: datetime, opens: time, closes: time, weekdays: set[int]) -> bool:
    return now.weekday() in weekdays and opens <= now.time() < closes


def expected_response(now: datetime, opens: time, closes: time, weekdays: set[int], hours: int) -> datetime:
    """`now` plus `hours` working hours, counting only time inside opening hours."""
    if not weekdays or opens >= closes:
        return now + timedelta(hours=hours)
    remaining = timedelta(hours=hours)
    cursor = now
    for _ in range(60):  # at most 60 days ahead
        day_open = cursor.replace(hour=opens.hour, minute=opens.minute, second=0, microsecond=0)
        day_close = cursor.replace(hour=closes.hour, minute=closes.minute, second=0, microsecond=0)
        if cursor.weekday() in weekdays and cursor < day_close:
            start = max(cursor, day_open)
            available = day_close - start
            if available >= remaining:
                return start + remaining
            remaining -= available
        cursor = (cursor + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return now + timedelta(hours=hours)


NEXT_STEP = {
    "nb": {"open": "En medarbeider er på jobb nå og svarer deg her i chatten om litt.",
           "closed": "Kundesenteret er stengt nå. Vi har opprettet en sak, og du kan vente svar innen {when}. "
                     "Åpningstider: {days} kl. {opens}–{closes}."},
    "en": {"open": "A member of our staff is at work now and will reply here in the chat shortly.",
           "closed": "Customer service is closed now. We have opened a ticket and you can expect an answer by "
                     "{when}. Opening hours: {days} {opens}–{closes}."},
}
_DAY_NAMES = {"nb": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
              "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


def describe_days(weekdays: set[int], language: str) -> str:
    names = _DAY_NAMES.get(language, _DAY_NAMES["nb"])
    days = sorted(weekdays)
    if days and days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
        return f"{names[days[0]]}–{names[days[-1]]}"
    return ", ".join(names[d] for d in days)


def next_step_message(now: datetime, opens: time, closes: time, weekdays: set[int], hours: int,
                      language: str) -> str:
    """What happens after a hand-off, in the customer's language."""
    texts = NEXT_STEP.get(language, NEXT_STEP["nb"])
    if is_open(now, opens, closes, weekdays):
        return texts["open"]
    when = expected_response(now, opens, closes, weekdays, hours)
    names = _DAY_NAMES.get(language, _DAY_NAMES["nb"])
    when_text = f"{names[when.weekday()]} {when:%d.%m. %H:%M}" if language == "nb" else \
        f"{names[when.weekday()]} {when:%d %b %H:%M}"
    return texts["closed"].format(when=when_text, days=describe_days(weekdays, language),
                                  opens=f"{opens:%H:%M}", closes=f"{closes:%H:%M}")
