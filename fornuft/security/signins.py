"""Reading sign-in logs into one normalised shape, `SignIn` (plain Python, no Django).

Sources: Fornuft's own security log (JSON lines), Microsoft Entra sign-in exports (the
portal's JSON array or Graph JSON lines, in any order, and the portal's CSV), OpenSSH
syslog (`auth.log`), Windows Security events 4624/4625 (CSV, JSON or the XML one event
per line that wevtutil and most collectors write), and a generic CSV
`time,user,ip,result,country,city,lat,lon,device,app`.

A line that cannot be read (truncated, garbled, an unknown event) is counted in
`ParseReport`, never raised: a log file is evidence, and one bad line must not hide the
rest of it."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

FORMATS = ("auto", "fornuft", "entra", "sshd", "windows", "csv")
DEFAULT_ZONE = "Europe/Oslo"
MAX_LINE = 64 * 1024
# Admin portals: an account that signs in to one of these is an administrator
# (the convention), whatever its name.
ADMIN_APPS = ("admin", "azure portal", "entra", "intune", "exchange admin", "security center",
              "microsoft 365 defender", "azure management", "powershell", "graph explorer")


class UnknownFormat(ValueError):
    """The file is none of the formats this module reads."""


@dataclass(slots=True)
class SignIn:
    """One sign-in attempt. `ts` is seconds since the epoch (UTC); `success` is False for a failure."""

    ts: float
    user: str | None
    ip: str | None
    success: bool
    country: str = ""
    city: str = ""
    lat: float | None = None
    lon: float | None = None
    device: str = ""
    app: str = ""
    source: str = ""
    detail: str = ""

    @property
    def time(self) -> datetime:
        return datetime.fromtimestamp(self.ts, tz=UTC)

    @property
    def admin(self) -> bool:
        app = self.app
        if not app:
            return False
        known = _ADMIN_CACHE.get(app)
        if known is None:
            known = any(word in app.lower() for word in ADMIN_APPS)
            if len(_ADMIN_CACHE) < 10_000:
                _ADMIN_CACHE[app] = known
        return known


_ADMIN_CACHE: dict[str, bool] = {}


@dataclass
class ParseReport:
    """What a parser read and what it could not: the CLI and the import page show it."""

    format: str = ""
    events: int = 0
    skipped: int = 0
    ignored: int = 0  # lines that are readable but are not sign-ins (session close, cron …)
    examples: list[str] = field(default_factory=list)

    def skip(self, line: str, why: str) -> None:
        self.skipped += 1
        if len(self.examples) < 5:
            self.examples.append(f"{why}: {line[:120]!r}")


# --- time -------------------------------------------------------------------------------

_ISO_FRACTION = re.compile(r"(\.\d{1,6})\d*")


def parse_time(text: str, zone: ZoneInfo | None = None) -> float:
    """Seconds since the epoch of an ISO 8601 or common export timestamp. Without an offset the
    time is read in `zone` (UTC when none is given: Entra and Windows write UTC)."""
    try:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone or UTC)
        return moment.timestamp()
    except ValueError:
        pass
    text = text.strip().strip('"')
    if not text:
        raise ValueError("empty time")
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    text = _ISO_FRACTION.sub(r"\1", text, count=1)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
        for pattern in ("%m/%d/%Y, %I:%M:%S %p", "%m/%d/%Y %I:%M:%S %p", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M",
                        "%Y-%m-%d %H:%M:%S %z", "%d/%m/%Y %H:%M:%S", "%Y/%m/%d %H:%M:%S"):
            try:
                moment = datetime.strptime(text, pattern)  # noqa: DTZ007 - the zone is set below
                break
            except ValueError:
                continue
        if moment is None:
            if text.replace(".", "", 1).isdigit():
                value = float(text)
                return value / 1000 if value > 1e11 else value
            raise ValueError(f"unreadable time {text[:40]!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone or UTC)
    return moment.timestamp()


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).isoformat(timespec="seconds")


def _float(value) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and abs(number) <= 180 else None


# --- format detection -------------------------------------------------------------------

_SYSLOG_START = re.compile(r"^(?:<\d+>)?(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")


def detect_format(head: str, name: str = "") -> str:
    """The format of a log from its first few kilobytes (and its name as a tie-breaker)."""
    stripped = head.lstrip("\ufeff \r\n\t")
    if not stripped:
        raise UnknownFormat("the file is empty")
    first_line = stripped.splitlines()[0] if stripped.splitlines() else stripped
    if stripped.startswith("<Event") or "<EventID>462" in head:
        return "windows"
    if stripped[0] in "[{":
        if "userPrincipalName" in head or "createdDateTime" in head or "appDisplayName" in head:
            return "entra"
        if re.search(r'"(EventID|EventId|Id)"\s*:\s*"?462[45]', head):
            return "windows"
        if '"connection_id"' in head and "logged in" in head or "Login failed" in head:
            return "sshd"  # SFTPGo's JSON log
        if '"fornuft.security"' in head or '"login_failed"' in head or '"login_succeeded"' in head:
            return "fornuft"
        if '"time"' in head and '"user"' in head:
            return "csv"  # the generic fields, as JSON lines
        raise UnknownFormat("JSON, but not a sign-in export this reads (Entra, Windows, Fornuft)")
    if _SYSLOG_START.match(first_line) and ("sshd" in head or "sftp" in head):
        return "sshd"
    header = first_line.lower()
    if "," in header or ";" in header or "\t" in header:
        if "userprincipalname" in header or "date (utc)" in header or ("username" in header and "ip address" in header):
            return "entra"
        if "eventid" in header.replace(" ", "") or "event id" in header or "targetusername" in header:
            return "windows"
        if "time" in header and "user" in header:
            return "csv"
    if _SYSLOG_START.match(first_line):
        return "sshd"
    raise UnknownFormat("unknown log format (expected Fornuft, Entra, sshd, Windows 4624/4625 or the generic CSV)")


# --- sshd -------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                       "Dec"), start=1)}
_SYSLOG = re.compile(r"^(?:<\d+>)?(?:(?P<mon>[A-Z][a-z]{2}) +(?P<day>\d{1,2}) (?P<hms>\d\d:\d\d:\d\d)|"
                     r"(?P<iso>\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)) (?P<host>\S+) (?P<prog>[\w.\-/]+)"
                     r"(?:\[\d+\])?: (?P<msg>.*)$")
_SSH_RULES = [
    (re.compile(r"^Accepted (?P<method>\S+) for (?P<user>\S+) from (?P<ip>\S+) port \d+"), True),
    (re.compile(r"^Failed (?P<method>\S+) for invalid user (?P<user>.*?) from (?P<ip>\S+) port \d+"), False),
    (re.compile(r"^Failed (?P<method>\S+) for (?P<user>\S+) from (?P<ip>\S+) port \d+"), False),
    (re.compile(r"^Invalid user (?P<user>.*?) from (?P<ip>\S+)(?: port \d+)?$"), False),
    (re.compile(r"^(?:Disconnected from|Connection closed by) (?:authenticating|invalid) user (?P<user>.*?) "
                r"(?P<ip>[0-9a-fA-F.:]+) port \d+ \[preauth\]"), False),
    (re.compile(r"^error: maximum authentication attempts exceeded for (?:invalid user )?(?P<user>\S+) from "
                r"(?P<ip>\S+) port \d+"), False),
]
_SFTPGO = re.compile(r'User \\?"(?P<user>[^"\\]+)\\?" logged in with \\?"(?P<method>[^"\\]+)\\?",? from ip '
                     r'\\?"(?P<ip>[^"\\]+)\\?"')
_SFTPGO_FAIL = re.compile(r'[Ll]ogin failed for user \\?"(?P<user>[^"\\]*)\\?".*?ip \\?"(?P<ip>[^"\\]+)\\?"')


class SyslogClock:
    """Turns syslog's `Mon DD HH:MM:SS` into instants: the year is the file's modification year,
    and a line whose date falls after the file was last written belongs to the year before
    (a log that spans New Year). Times are in the host's zone."""

    def __init__(self, zone: ZoneInfo, reference: datetime) -> None:
        self.zone = zone
        self.reference = reference.astimezone(zone)

    def to_ts(self, month: int, day: int, hms: str) -> float:
        hour, minute, second = (int(p) for p in hms.split(":"))
        year = self.reference.year
        moment = datetime(year, month, day, hour, minute, second, tzinfo=self.zone)
        if moment - self.reference > timedelta(days=2):
            moment = moment.replace(year=year - 1)
        return moment.timestamp()


def parse_sshd_line(line: str, clock: SyslogClock) -> SignIn | None | bool:
    """A SignIn, None for a readable line that is not a sign-in, False for an unreadable line."""
    match = _SYSLOG.match(line)
    if not match:
        stripped = line.lstrip()
        if stripped.startswith("{") and '"time"' in stripped:
            return _parse_sftpgo_json(stripped)
        return False
    msg = match["msg"]
    try:
        if match["iso"]:
            ts = parse_time(match["iso"], clock.zone)
        else:
            ts = clock.to_ts(_MONTHS[match["mon"]], int(match["day"]), match["hms"])
    except (KeyError, ValueError):
        return False
    for pattern, success in _SSH_RULES:
        found = pattern.match(msg)
        if found:
            user = found["user"].strip() or None
            return SignIn(ts, user, found["ip"], success,
                          app="ssh", source="sshd",
                          detail=f"{match['host']} {found.groupdict().get('method') or ''}".strip())
    found = _SFTPGO.search(msg) or _SFTPGO_FAIL.search(msg)
    if found:
        return SignIn(ts, found["user"], found["ip"], "logged in" in msg, app="sftpgo", source="sshd")
    return None


def _parse_sftpgo_json(line: str) -> SignIn | None | bool:
    try:
        record = json.loads(line)
        message = str(record.get("message", ""))
        ts = parse_time(str(record["time"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return False
    found = _SFTPGO.search(message) or _SFTPGO_FAIL.search(message)
    if not found:
        return None
    return SignIn(ts, found["user"], found["ip"], "logged in" in message,
                  app=str(record.get("sender", "sftpgo")).lower(), source="sshd")


# --- Entra --------------------------------------------------------------------------------


def _entra_record(record: dict) -> SignIn:
    status = record.get("status") or {}
    code = status.get("errorCode", record.get("errorCode", 0)) if isinstance(status, dict) else 0
    try:
        success = int(code or 0) == 0
    except (TypeError, ValueError):
        success = str(code).lower() in ("success", "0")
    location = record.get("location") or {}
    coordinates = location.get("geoCoordinates") or {} if isinstance(location, dict) else {}
    device = record.get("deviceDetail") or {}
    device_name = ""
    if isinstance(device, dict):
        device_name = (device.get("deviceId") or device.get("displayName")
                       or " / ".join(str(device.get(k)) for k in ("operatingSystem", "browser") if device.get(k)))
    return SignIn(
        ts=parse_time(str(record.get("createdDateTime") or record["time"])),
        user=(record.get("userPrincipalName") or record.get("userDisplayName") or None),
        ip=record.get("ipAddress") or None,
        success=success,
        country=str(location.get("countryOrRegion") or "").upper() if isinstance(location, dict) else "",
        city=str(location.get("city") or "") if isinstance(location, dict) else "",
        lat=_float(coordinates.get("latitude")), lon=_float(coordinates.get("longitude")),
        device=str(device_name or ""), app=str(record.get("appDisplayName") or record.get("resourceDisplayName") or ""),
        source="entra", detail=str(status.get("failureReason") or "") if isinstance(status, dict) else "",
    )


def _column(row: dict, *names: str) -> str:
    for name in names:
        value = row.get(name)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _entra_csv_row(row: dict) -> SignIn:
    row = {(k or "").strip().lower(): v for k, v in row.items()}
    status = _column(row, "status", "result").lower()
    code = _column(row, "sign-in error code", "errorcode", "error code")
    success = status in ("success", "succeeded", "interrupted") if status else code in ("", "0")
    if status == "interrupted":
        success = False
    location = _column(row, "location")
    city, country = "", _column(row, "country", "countryorregion")
    if location and not country:
        parts = [p.strip() for p in location.split(",")]
        city, country = parts[0], parts[-1]
    return SignIn(
        ts=parse_time(_column(row, "date (utc)", "date", "createddatetime", "time")),
        user=_column(row, "username", "userprincipalname", "user") or None,
        ip=_column(row, "ip address", "ipaddress") or None,
        success=success, country=country.upper(), city=city or _column(row, "city"),
        lat=_float(_column(row, "latitude", "lat")), lon=_float(_column(row, "longitude", "lon")),
        device=_column(row, "device id", "deviceid") or " / ".join(
            filter(None, (_column(row, "operating system"), _column(row, "browser")))),
        app=_column(row, "application", "appdisplayname"), source="entra",
        detail=_column(row, "failure reason"),
    )


# --- Windows ------------------------------------------------------------------------------

_XML_FIELD = re.compile(r"<Data Name=\"(?P<name>\w+)\">(?P<value>[^<]*)</Data>")
_XML_EVENT_ID = re.compile(r"<EventID[^>]*>(\d+)</EventID>")
_XML_TIME = re.compile(r"<TimeCreated SystemTime=['\"]([^'\"]+)['\"]")
_XML_COMPUTER = re.compile(r"<Computer>([^<]*)</Computer>")


def _windows_fields(event_id: str, fields: dict, ts: float, computer: str) -> SignIn | None:
    if event_id not in ("4624", "4625"):
        return None
    user = fields.get("TargetUserName") or fields.get("Account Name") or fields.get("TargetUser") or None
    domain = fields.get("TargetDomainName") or ""
    ip = fields.get("IpAddress") or fields.get("Source Network Address") or None
    if ip in ("-", "::1", "127.0.0.1"):
        ip = ip if ip != "-" else None
    if user in ("-", ""):
        user = None
    if user and user.endswith("$"):
        return None  # a computer account, not a person
    name = f"{domain}\\{user}" if user and domain and domain not in ("-",) and "\\" not in user else user
    return SignIn(ts, name, ip, event_id == "4624", device=fields.get("WorkstationName") or computer or "",
                  app=f"windows:{fields.get('LogonType', '')}", source="windows",
                  detail=fields.get("SubStatus") or fields.get("Status") or "")


def parse_windows_xml(line: str) -> SignIn | None | bool:
    event_id = _XML_EVENT_ID.search(line)
    when = _XML_TIME.search(line)
    if not event_id or not when:
        return False
    try:
        ts = parse_time(when.group(1))
    except ValueError:
        return False
    fields = {m["name"]: m["value"] for m in _XML_FIELD.finditer(line)}
    computer = _XML_COMPUTER.search(line)
    return _windows_fields(event_id.group(1), fields, ts, computer.group(1) if computer else "")


def _windows_record(record: dict) -> SignIn | None:
    flat = {}
    for key, value in record.items():
        if isinstance(value, dict):
            flat.update({str(k): str(v) for k, v in value.items() if not isinstance(v, dict | list)})
        elif value is not None:
            flat[str(key)] = str(value)
    lowered = {k.lower().replace(" ", ""): v for k, v in flat.items()}
    event_id = lowered.get("eventid") or lowered.get("id") or ""
    when = (lowered.get("timecreated") or lowered.get("timegenerated") or lowered.get("time")
            or lowered.get("date and time".replace(" ", "")) or lowered.get("systemtime") or "")
    ts = parse_time(when)
    fields = dict(flat)
    for wanted in ("TargetUserName", "TargetDomainName", "IpAddress", "WorkstationName", "LogonType", "SubStatus",
                   "Status"):
        if wanted not in fields and wanted.lower() in lowered:
            fields[wanted] = lowered[wanted.lower()]
    return _windows_fields(event_id.strip(), fields, ts, lowered.get("computer") or lowered.get("machinename") or "")


# --- Fornuft and the generic CSV -----------------------------------------------------------

_SUCCESS_WORDS = frozenset({"success", "succeeded", "ok", "true", "1", "accepted", "pass", "passed", "login_succeeded",
                            "allowed", "yes"})


def _generic(record: dict) -> SignIn:
    row = record if "time" in record else {(k or "").strip().lower(): v for k, v in record.items()}
    result = str(row.get("result", row.get("success", ""))).strip().lower()
    return SignIn(
        ts=parse_time(str(row.get("time") or row.get("timestamp") or "")),
        user=(str(row.get("user") or "").strip() or None), ip=(str(row.get("ip") or "").strip() or None),
        success=result in _SUCCESS_WORDS, country=str(row.get("country") or "").strip().upper(),
        city=str(row.get("city") or "").strip(), lat=_float(row.get("lat")), lon=_float(row.get("lon")),
        device=str(row.get("device") or "").strip(), app=str(row.get("app") or "").strip(), source="csv",
    )


def _fornuft(record: dict) -> SignIn | None:
    event = record.get("event")
    if event not in ("login_failed", "login_succeeded", "login_lockout"):
        return None
    return SignIn(ts=parse_time(str(record["time"])), user=(record.get("username") or None),
                  ip=(record.get("ip_address") or None), success=event == "login_succeeded",
                  device=str(record.get("user_agent") or "")[:200], app="fornuft", source="fornuft")


# --- the readers --------------------------------------------------------------------------


def _json_records(text: str, report: ParseReport) -> Iterator[dict]:
    stripped = text.lstrip("\ufeff \r\n\t")
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            data = None
        if isinstance(data, list):
            for item in data:
                if isinstance(item, dict):
                    yield item
                else:
                    report.skip(str(item), "not an object")
            return
        if isinstance(data, dict):
            yield from (data.get("value") or [])
            return
        # A truncated array: read the complete objects one by one.
        decoder = json.JSONDecoder()
        position = stripped.index("[") + 1
        while position < len(stripped):
            while position < len(stripped) and stripped[position] in " \r\n\t,":
                position += 1
            if position >= len(stripped) or stripped[position] == "]":
                return
            try:
                item, position = decoder.raw_decode(stripped, position)
            except json.JSONDecodeError:
                report.skip(stripped[position:position + 120], "truncated JSON")
                return
            if isinstance(item, dict):
                yield item
        return
    if stripped.startswith("{"):
        try:
            whole = json.loads(stripped)
            if isinstance(whole, dict) and isinstance(whole.get("value"), list):
                yield from (v for v in whole["value"] if isinstance(v, dict))
                return
        except json.JSONDecodeError:
            pass
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            report.skip(line, "not JSON")
            continue
        if isinstance(item, dict):
            yield item
        else:
            report.skip(line, "not an object")


def _csv_rows(text: str) -> Iterator[dict]:
    sample = text[:4096]
    first = sample.splitlines()[0] if sample else ""
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if reader.fieldnames:
        reader.fieldnames = [(name or "").strip().lower() for name in reader.fieldnames]
    yield from reader


def parse_text(text: str, fmt: str = "auto", *, zone: str = DEFAULT_ZONE, reference: datetime | None = None,
               name: str = "", report: ParseReport | None = None) -> Iterator[SignIn]:
    """The sign-ins in `text`. `reference` is the file's modification time (the syslog year)."""
    report = report if report is not None else ParseReport()
    if fmt == "auto":
        fmt = detect_format(text[:8192], name)
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    report.format = fmt
    tz = ZoneInfo(zone)
    if fmt == "sshd":
        clock = SyslogClock(tz, reference or datetime.now(tz=UTC))
        for line in text.splitlines():
            if not line.strip():
                continue
            if len(line) > MAX_LINE:
                report.skip(line, "line too long")
                continue
            result = parse_sshd_line(line, clock)
            if result is False:
                report.skip(line, "unreadable line")
            elif result is None:
                report.ignored += 1
            else:
                report.events += 1
                yield result
        return
    stripped = text.lstrip("\ufeff \r\n\t")
    if fmt == "windows" and stripped.startswith("<"):
        for line in re.split(r"(?<=</Event>)\s*", text):
            if not line.strip():
                continue
            result = parse_windows_xml(line)
            if result is False:
                report.skip(line, "unreadable event")
            elif result is None:
                report.ignored += 1
            else:
                report.events += 1
                yield result
        return
    is_json = stripped[:1] in ("[", "{")
    records: Iterable[dict] = _json_records(text, report) if is_json else _csv_rows(text)
    convert = {"entra": _entra_record if is_json else _entra_csv_row, "windows": _windows_record,
               "fornuft": _fornuft, "csv": _generic}[fmt]
    try:
        for record in records:
            try:
                event = convert(record)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                report.skip(json.dumps(record, default=str)[:200] if is_json else ",".join(
                    str(v) for v in record.values()), f"unreadable record ({exc})")
                continue
            if event is None:
                report.ignored += 1
                continue
            report.events += 1
            yield event
    except csv.Error as exc:
        report.skip(str(exc), "broken CSV")


def read_file(path: str | os.PathLike, fmt: str = "auto", *, zone: str = DEFAULT_ZONE,
              report: ParseReport | None = None, max_bytes: int = 2 * 1024 ** 3) -> list[SignIn]:
    """All sign-ins in one log file. OSError and UnknownFormat say what is wrong in one line."""
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise ValueError(f"{path}: {size} bytes is more than the {max_bytes} this reads")
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = data.decode("utf-16", errors="replace")
    else:
        text = data.decode("utf-8", errors="replace")
    if "\x00" in text[:4096]:
        raise UnknownFormat(f"{path}: binary file, not a log")
    mtime = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)
    return list(parse_text(text, fmt, zone=zone, reference=mtime, name=path.name, report=report))
