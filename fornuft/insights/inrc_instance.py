"""Nurse-rostering instances in the INRC 2010 competition XML (`SchedulingPeriod`,
competition.xsd): shift types, contracts, unwanted patterns, nurses, cover per day and
shift, and day/shift on/off requests. Read with the hardened XML parser; a file that does
not follow the schema gives one clear message naming the line and element. Plain Python."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKEND_DAYS = {
    "SaturdaySunday": (5, 6),
    "FridaySaturdaySunday": (4, 5, 6),
    "FridaySaturdaySundayMonday": (4, 5, 6, 0),
    "SaturdaySundayMonday": (5, 6, 0),
}
MAX_DAYS = 366
MAX_NURSES = 500


class InstanceProblem(ValueError):
    """The instance file cannot be used; the message says where and why."""

    code = "bad_instance"


@dataclass(frozen=True)
class Limit:
    """A min/max contract line: on, weight, value (penalty = weight × distance)."""

    on: bool
    weight: int
    value: int

    @property
    def active(self) -> bool:
        return self.on and self.weight > 0


@dataclass(frozen=True)
class Flag:
    on: bool
    weight: int

    @property
    def active(self) -> bool:
        return self.on and self.weight > 0


@dataclass(frozen=True)
class PatternEntry:
    shift: str  # a shift type ID, "None" (free) or "Any" (working)
    weekday: int | None  # 0 = Monday; None for "Any"


@dataclass(frozen=True)
class Pattern:
    id: str
    weight: int
    entries: tuple[PatternEntry, ...]


@dataclass
class Contract:
    id: str
    limits: dict[str, Limit]  # MaxNumAssignments, MinConsecutiveFreeDays, ...
    flags: dict[str, Flag]  # CompleteWeekends, IdenticalShiftTypesDuringWeekend, ...
    weekend: tuple[int, ...]  # weekdays of the weekend, in order (Monday after Sunday)
    patterns: list[str]


@dataclass
class Nurse:
    id: str
    contract: str
    skills: set[str]


@dataclass
class Instance:
    name: str
    start: date
    days: int
    shifts: dict[str, tuple[time, time, set[str]]]  # id -> (start, end, required skills)
    patterns: dict[str, Pattern]
    contracts: dict[str, Contract]
    nurses: list[Nurse]
    cover: dict[tuple[int, str], int]  # (day index, shift) -> nurses required
    day_off: dict[tuple[str, int], int] = field(default_factory=dict)  # (nurse, day) -> weight
    day_on: dict[tuple[str, int], int] = field(default_factory=dict)
    shift_off: dict[tuple[str, int, str], int] = field(default_factory=dict)  # (nurse, day, shift) -> weight
    shift_on: dict[tuple[str, int, str], int] = field(default_factory=dict)

    def weekday(self, day: int) -> int:
        return (self.start + timedelta(days=day)).weekday()

    def night_shifts(self) -> set[str]:
        """Shifts that run past midnight (the competition's night shift)."""
        return {sid for sid, (begin, end, _) in self.shifts.items() if end <= begin}

    def weekends(self, contract: Contract) -> list[list[int]]:
        """The day indices of each weekend that lies (partly) in the period, in weekend order."""
        first_day = contract.weekend[0]
        result = []
        for day in range(-len(contract.weekend), self.days):
            if (self.start + timedelta(days=day)).weekday() != first_day:
                continue
            days = [day + k for k in range(len(contract.weekend)) if 0 <= day + k < self.days]
            if days:
                result.append(days)
        return result


def _child_text(element, name: str, required: bool = True) -> str:
    found = element.find(name)
    if found is None or found.text is None or not found.text.strip():
        if required:
            raise InstanceProblem(f"line {element.sourceline}: <{element.tag}> has no <{name}>.")
        return ""
    return found.text.strip()


def _int(element, text: str, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise InstanceProblem(f"line {element.sourceline}, <{what}>: {text!r} is not a whole number.") from None
    if value < 0:
        raise InstanceProblem(f"line {element.sourceline}, <{what}>: {value} is negative.")
    return value


def _date(element, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InstanceProblem(
            f"line {element.sourceline}, <{element.tag}>: {text!r} is not a date (YYYY-MM-DD)."
        ) from None


def _time(element, text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise InstanceProblem(
            f"line {element.sourceline}, <{element.tag}>: {text!r} is not a time (HH:MM:SS)."
        ) from None


def _weekday(element, text: str) -> int | None:
    if text == "Any":
        return None
    if text not in WEEKDAYS:
        raise InstanceProblem(f"line {element.sourceline}: {text!r} is not a weekday or Any.")
    return WEEKDAYS.index(text)


def _read_contract(element) -> Contract:
    limits, flags = {}, {}
    for child in element:
        if not isinstance(child.tag, str):
            continue
        text = (child.text or "").strip()
        weight = _int(child, child.get("weight", "0"), child.tag)
        if child.get("on") is not None:
            limits[child.tag] = Limit(child.get("on") in ("1", "true"), weight, _int(child, text, child.tag))
        elif text in ("true", "false"):
            flags[child.tag] = Flag(text == "true", weight)
    weekend_name = _child_text(element, "WeekendDefinition", required=False) or "SaturdaySunday"
    if weekend_name not in WEEKEND_DAYS:
        raise InstanceProblem(f"line {element.sourceline}: unknown WeekendDefinition {weekend_name!r}.")
    unwanted = element.find("UnwantedPatterns")
    patterns = [(p.text or "").strip() for p in unwanted.findall("Pattern")] if unwanted is not None else []
    return Contract(element.get("ID", ""), limits, flags, WEEKEND_DAYS[weekend_name], patterns)


def parse_instance(data: bytes, name: str = "") -> Instance:
    from fornuft.platform.files.safexml import UnsafeXML, parse

    try:
        root = parse(data)
    except UnsafeXML as exc:
        raise InstanceProblem(f"The instance cannot be read: {exc}") from None
    if root.tag != "SchedulingPeriod":
        raise InstanceProblem(f"line {root.sourceline}: the root is <{root.tag}>, not <SchedulingPeriod> (INRC 2010).")
    start = _date(
        root.find("StartDate") if root.find("StartDate") is not None else root, _child_text(root, "StartDate")
    )
    end = _date(root.find("EndDate"), _child_text(root, "EndDate"))
    days = (end - start).days + 1
    if not 1 <= days <= MAX_DAYS:
        raise InstanceProblem(
            f"<EndDate> {end} must be on or after <StartDate> {start} and at most {MAX_DAYS} days later."
        )

    shifts = {}
    for element in root.iterfind("ShiftTypes/Shift"):
        skills = {(s.text or "").strip() for s in element.iterfind("Skills/Skill")}
        begin = _time(element.find("StartTime"), _child_text(element, "StartTime"))
        finish = _time(element.find("EndTime"), _child_text(element, "EndTime"))
        shifts[element.get("ID")] = (begin, finish, skills)
    if not shifts:
        raise InstanceProblem("The instance has no <ShiftTypes>/<Shift>.")

    patterns = {}
    for element in root.iterfind("Patterns/Pattern"):
        entries = []
        for entry in element.iterfind("PatternEntries/PatternEntry"):
            shift = _child_text(entry, "ShiftType")
            if shift not in shifts and shift not in ("None", "Any"):
                raise InstanceProblem(f"line {entry.sourceline}: pattern shift {shift!r} is not a shift type.")
            entries.append(PatternEntry(shift, _weekday(entry, _child_text(entry, "Day"))))
        patterns[element.get("ID")] = Pattern(
            element.get("ID"), _int(element, element.get("weight", "1"), "Pattern"), tuple(entries)
        )

    contracts = {c.id: c for c in map(_read_contract, root.iterfind("Contracts/Contract"))}
    for contract in contracts.values():
        missing = [p for p in contract.patterns if p not in patterns]
        if missing:
            raise InstanceProblem(f"Contract {contract.id}: unwanted pattern(s) {', '.join(missing)} are not defined.")

    nurses = []
    for element in root.iterfind("Employees/Employee"):
        contract = _child_text(element, "ContractID")
        if contract not in contracts:
            raise InstanceProblem(
                f"line {element.sourceline}: employee {element.get('ID')} has unknown contract {contract!r}."
            )
        skills = {(s.text or "").strip() for s in element.iterfind("Skills/Skill")}
        nurses.append(Nurse(element.get("ID"), contract, skills))
    if not nurses or len(nurses) > MAX_NURSES:
        raise InstanceProblem(f"The instance must have between 1 and {MAX_NURSES} employees; it has {len(nurses)}.")
    nurse_ids = {n.id for n in nurses}

    cover: dict[tuple[int, str], int] = {}
    for element in root.iterfind("CoverRequirements/DayOfWeekCover"):
        weekday = _weekday(element, _child_text(element, "Day"))
        for day in range(days):
            if (start + timedelta(days=day)).weekday() == weekday:
                _read_cover(element, day, shifts, cover)
    for element in root.iterfind("CoverRequirements/DateSpecificCover"):
        day = (_date(element.find("Date"), _child_text(element, "Date")) - start).days
        if 0 <= day < days:
            _read_cover(element, day, shifts, cover)

    instance = Instance(name or root.get("ID", ""), start, days, shifts, patterns, contracts, nurses, cover)
    for tag, target, with_shift in (
        ("DayOffRequests/DayOff", instance.day_off, False),
        ("DayOnRequests/DayOn", instance.day_on, False),
        ("ShiftOffRequests/ShiftOff", instance.shift_off, True),
        ("ShiftOnRequests/ShiftOn", instance.shift_on, True),
    ):
        for element in root.iterfind(tag):
            nurse = _child_text(element, "EmployeeID")
            if nurse not in nurse_ids:
                raise InstanceProblem(f"line {element.sourceline}: request for unknown employee {nurse!r}.")
            day = (_date(element.find("Date"), _child_text(element, "Date")) - start).days
            if not 0 <= day < days:
                continue
            weight = _int(element, element.get("weight", "1"), element.tag)
            if with_shift:
                shift = _child_text(element, "ShiftTypeID")
                if shift not in shifts:
                    raise InstanceProblem(f"line {element.sourceline}: unknown shift type {shift!r}.")
                key = (nurse, day, shift)
            else:
                key = (nurse, day)
            target[key] = target.get(key, 0) + weight
    return instance


def _read_cover(element, day: int, shifts: dict, cover: dict) -> None:
    for entry in element.iterfind("Cover"):
        shift = _child_text(entry, "Shift")
        if shift not in shifts:
            raise InstanceProblem(f"line {entry.sourceline}: cover for unknown shift type {shift!r}.")
        cover[(day, shift)] = _int(entry, _child_text(entry, "Preferred", required=False) or "0", "Preferred")


def read_instance(path: str | Path) -> Instance:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InstanceProblem(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    return parse_instance(data, path.stem)
