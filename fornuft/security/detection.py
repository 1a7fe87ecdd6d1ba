"""Sign-in detection: rules with visible thresholds and a learned baseline per account.

`Detector.feed(sign_in)` takes sign-ins in time order and returns the alerts they open;
an open alert keeps growing (`last_seen`, events) while its episode goes on, so one attack
is one alert. Everything is plain Python with O(1) work per sign-in (leaky buckets and
small per-account counters): the figure to keep is ≥ 50,000 sign-ins per second on one core.

The baseline is learned from the sign-ins the detector has seen, account by account: the
hours it signs in, its places (country, city), devices and apps, and the addresses it
succeeded from. Rules that judge "unusual" (new country, new device, off-hours) wait until
an account has `min_history` successful sign-ins."""

from __future__ import annotations

import math
import re
from collections import deque
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from fornuft.security.geo import COUNTRY_CENTRES, GeoIP, Networks, country_label, distance_km, is_private
from fornuft.security.signins import DEFAULT_ZONE, SignIn, iso

RULES = ("brute_force", "password_spray", "credential_stuffing", "impossible_travel", "new_country", "new_device",
         "off_hours", "success_after_failures")


@dataclass
class Thresholds:
    """Every number a rule uses. Admins see and change them (the security settings page,
    `--config` on the command line); docs/security.md explains each."""

    # brute force: leaky buckets per source address (fast and slow) and per account
    fast_capacity: int = 5          # more failures than this …
    fast_leak_seconds: float = 10   # … with one leaking out every this many seconds
    slow_capacity: int = 10
    slow_leak_seconds: float = 60
    user_capacity: int = 10
    user_leak_seconds: float = 60
    # low and slow: at least this many failures from one address, a median gap above …
    paced_failures: int = 4
    paced_median_gap_seconds: float = 600
    paced_reset_seconds: float = 7200   # … and no more than this between two of them
    # password spray: one address, many accounts
    spray_users: int = 8
    spray_window_seconds: float = 3600
    spray_fast_users: int = 5       # distinct accounts in a leaky bucket …
    spray_fast_leak_seconds: float = 10
    # credential stuffing: many new addresses, many accounts
    stuffing_users: int = 10
    stuffing_sources: int = 5
    stuffing_window_seconds: float = 6 * 3600
    typo_grace_seconds: float = 600   # a failure its account follows with a success this soon is a typo
    # success after a failure burst
    burst_failures: int = 5
    burst_window_seconds: float = 1800
    burst_failures_any_place: int = 15
    # impossible travel
    travel_speed_kmh: float = 1000
    travel_min_km: float = 500
    travel_uncertainty_km: float = 100
    # baseline rules
    min_history: int = 10
    off_hours_min_history: int = 20
    off_hours_share: float = 0.02   # hours (±1) with less than this share of the account's sign-ins are unusual
    night_start: int = 23           # local hours judged for off-hours, admins
    night_end: int = 5
    user_night_start: int = 0       # … and for other accounts
    user_night_end: int = 5
    shared_address_users: int = 3   # an address this many accounts succeed from is the office or the VPN
    episode_gap_seconds: float = 3600

    @classmethod
    def from_dict(cls, values: dict) -> Thresholds:
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise ValueError(f"unknown threshold(s): {', '.join(unknown)}")
        result = cls()
        for key, value in values.items():
            current = getattr(result, key)
            try:
                number = type(current)(value)
            except (TypeError, ValueError):
                raise ValueError(f"threshold {key} must be a number, not {value!r}") from None
            if number < 0 or (isinstance(number, float) and math.isnan(number)):
                raise ValueError(f"threshold {key} must not be negative")
            setattr(result, key, number)
        return result

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class KnownTravel:
    """A trip someone announced: sign-ins of `user` from `country` between `start` and `end` are expected."""

    user: str
    country: str
    start: float
    end: float


@dataclass
class Alert:
    rule: str
    user: str | None
    ip: str | None
    first_seen: float
    last_seen: float
    severity: str
    reason: str
    events: int = 1
    users: set = field(default_factory=set)
    ips: set = field(default_factory=set)

    def as_json(self) -> dict:
        return {"rule": self.rule, "user": self.user, "ip": self.ip, "first_seen": iso(self.first_seen),
                "last_seen": iso(self.last_seen), "severity": self.severity, "reason": self.reason}

    def touch(self, event: SignIn) -> None:
        self.last_seen = max(self.last_seen, event.ts)
        self.events += 1
        if event.user:
            self.users.add(event.user)
        if event.ip:
            self.ips.add(event.ip)


class _Bucket:
    """A leaky bucket: each event adds one, one leaks out every `leak` seconds."""

    __slots__ = ("level", "last")

    def __init__(self) -> None:
        self.level = 0.0
        self.last = 0.0

    def pour(self, ts: float, leak: float) -> float:
        if self.level:
            self.level = max(0.0, self.level - (ts - self.last) / leak) if leak else 0.0
        self.level += 1
        self.last = ts
        return self.level


class _Account:
    __slots__ = ("successes", "last_success", "hours", "countries", "places", "devices", "apps", "ips", "failures",
                 "last_place", "bucket", "admin")

    def __init__(self) -> None:
        self.successes = 0
        self.last_success = 0.0
        self.hours = [0] * 24
        self.countries: dict = {}
        self.places: dict = {}
        self.devices: dict = {}
        self.apps: dict = {}
        self.ips: set[str] = set()
        self.failures: deque = deque()  # (ts, ip)
        self.last_place: tuple | None = None  # (ts, lat, lon, label, ip, device, precise)
        self.bucket = _Bucket()
        self.admin = False


class _Source:
    __slots__ = ("start", "fast", "slow", "spray_fast", "spray_users", "paced", "paced_users", "paced_seen",
                 "success_users",
                 "failed", "flagged")

    def __init__(self) -> None:
        self.start = 0.0
        self.fast = _Bucket()
        self.slow = _Bucket()
        self.spray_fast = _Bucket()
        self.spray_users: dict[str, float] = {}
        self.paced: list[float] = []
        self.paced_users: list[float] = []
        self.paced_seen: set[str] = set()
        self.success_users: set[str] = set()
        self.failed = 0
        self.flagged = False


def _name(user: str | None) -> str:
    if not user:
        return "an unknown account"
    return user


def _km(value: float) -> str:
    return f"{value:,.0f} km"


def _duration(seconds: float) -> str:
    seconds = abs(seconds)
    if seconds < 90:
        return f"{seconds:.0f} seconds"
    if seconds < 5400:
        return f"{seconds / 60:.0f} minutes"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} hours"
    return f"{seconds / 86400:.0f} days"


class Detector:
    """Feeds sign-ins in time order through the rules; see the module docstring."""

    def __init__(self, thresholds: Thresholds | None = None, *, zone: str = DEFAULT_ZONE, geoip: GeoIP | None = None,
                 vpn: Networks | None = None, travel: list[KnownTravel] | None = None,
                 allowed: dict[str, dict[str, set]] | None = None) -> None:
        self.t = thresholds or Thresholds()
        self.zone = ZoneInfo(zone)
        self.geoip = geoip
        self.vpn = vpn or Networks()
        self.travel: dict[str, list[KnownTravel]] = {}
        for trip in travel or []:
            self.travel.setdefault(trip.user.lower(), []).append(trip)
        # False-positive feedback: values an admin confirmed as normal for an account
        # ({"kari@x.no": {"country": {"NG"}, "device": {...}, "hour": {3}}}).
        self.allowed = allowed or {}
        self.accounts: dict[str, _Account] = {}
        self.sources: dict[str, _Source] = {}
        self.address_users: dict[str, set] = {}
        self.alerts: list[Alert] = []
        self._open: dict[tuple[str, str], Alert] = {}
        self._stuffing: deque = deque()  # (ts, ip, user) failures from addresses with no success
        self._stuffing_users: dict[str, int] = {}
        self._stuffing_sources: dict[str, int] = {}
        self._hour_cache: dict[int, int] = {}
        self._device_keys: dict[str, str] = {}
        self.events = 0
        self.last_ts = 0.0

    # --- helpers --------------------------------------------------------------------------

    def _local_hour(self, ts: float) -> int:
        key = int(ts // 3600)
        hour = self._hour_cache.get(key)
        if hour is None:
            hour = datetime.fromtimestamp(key * 3600 + 1, tz=UTC).astimezone(self.zone).hour
            if len(self._hour_cache) > 200_000:
                self._hour_cache.clear()
            self._hour_cache[key] = hour
        return hour

    def _open_alert(self, rule: str, keys: list[str], event: SignIn, severity: str, reason: str,
                    user: str | None, ip: str | None, since: float | None = None) -> Alert | None:
        """The open alert of this episode, updated; or a new one (returned only when new)."""
        for key in keys:
            alert = self._open.get((rule, key))
            if alert is not None and event.ts - alert.last_seen <= self.t.episode_gap_seconds:
                alert.touch(event)
                for other in keys:
                    self._open[(rule, other)] = alert
                return None
        alert = Alert(rule, user, ip, min(since or event.ts, event.ts), event.ts, severity, reason)
        if event.user:
            alert.users.add(event.user)
        if event.ip:
            alert.ips.add(event.ip)
        self.alerts.append(alert)
        for key in keys:
            self._open[(rule, key)] = alert
        return alert

    def _extend(self, rule: str, key: str, event: SignIn) -> bool:
        alert = self._open.get((rule, key))
        if alert is not None and event.ts - alert.last_seen <= self.t.episode_gap_seconds:
            alert.touch(event)
            return True
        return False

    def _place(self, event: SignIn) -> tuple[float | None, float | None, str, bool]:
        """(lat, lon, label, precise) of a sign-in: its own coordinates, GeoIP, or its country's centre."""
        if (not event.country or event.lat is None) and self.geoip is not None and event.ip:
            found = self.geoip.lookup(event.ip)
            if found:
                country, city, lat, lon = found
                event.country = event.country or country
                event.city = event.city or city
                if event.lat is None:
                    event.lat, event.lon = lat, lon
        label = event.city or country_label(event.country or "")
        if event.lat is not None and event.lon is not None:
            return event.lat, event.lon, label, True
        centre = COUNTRY_CENTRES.get(event.country)
        if centre:
            return centre[0], centre[1], label, False
        return None, None, label, False

    def _stuffing_candidates(self) -> list[tuple]:
        """Queued failures that are not typos: their account did not succeed soon after."""
        grace = self.t.typo_grace_seconds
        result = []
        for item in self._stuffing:
            failed_at, ip, user = item
            account = self.accounts.get(user)
            if account is not None and 0 <= account.last_success - failed_at <= grace:
                continue
            source = self.sources.get(ip)
            if source is not None and source.success_users and user in source.success_users:
                continue
            result.append(item)
        return result

    def _device_key(self, device: str) -> str:
        """A device without its version numbers: a browser update is not a new device."""
        key = self._device_keys.get(device)
        if key is None:
            key = " ".join(_VERSION.sub(" ", device.lower()).split())
            if len(self._device_keys) < 50_000:
                self._device_keys[device] = key
        return key

    def _travelling(self, user: str, country: str, ts: float) -> bool:
        return any(t.country == country and t.start <= ts <= t.end for t in self.travel.get(user.lower(), ()))

    def _confirmed(self, user: str, kind: str, value) -> bool:
        return value in self.allowed.get(user.lower(), {}).get(kind, ())

    def _shared(self, ip: str | None) -> bool:
        return bool(ip) and len(self.address_users.get(ip, ())) >= self.t.shared_address_users

    # --- the stream -----------------------------------------------------------------------

    def feed(self, event: SignIn) -> list[Alert]:
        self.events += 1
        if event.ts < self.last_ts - 300:
            # A clock jump backwards (or a log out of order): judge by the event's own time,
            # but leaky buckets never fill from the past.
            pass
        self.last_ts = max(self.last_ts, event.ts)
        new: list[Alert] = []
        if event.success:
            self._success(event, new)
        else:
            self._failure(event, new)
        return new

    def _failure(self, event: SignIn, new: list[Alert]) -> None:
        t = self.t
        ts, ip, user = event.ts, event.ip, event.user
        allowed_source = self.vpn.contains(ip) if self.vpn.networks else False
        scale = 3 if (allowed_source or self._shared(ip)) else 1
        if ip:
            source = self.sources.get(ip)
            if source is None:
                source = self.sources[ip] = _Source()
            source.failed += 1
            if source.slow.level - (ts - source.slow.last) / (t.slow_leak_seconds or 1) <= 0:
                source.start = ts
            fast = source.fast.pour(ts, t.fast_leak_seconds)
            slow = source.slow.pour(ts, t.slow_leak_seconds)
            if fast > t.fast_capacity * scale or slow > t.slow_capacity * scale:
                kind = "fast" if fast > t.fast_capacity * scale else "slow"
                alert = self._open_alert("brute_force", [f"ip:{ip}"] + ([f"user:{user}"] if user else []), event,
                                         "high" if kind == "fast" else "medium",
                                         f"{source.failed} failed sign-ins from {ip} in a short time "
                                         f"({kind} brute force; threshold: more than "
                                         f"{(t.fast_capacity if kind == 'fast' else t.slow_capacity) * scale} "
                                         f"with one forgiven every "
                                         f"{(t.fast_leak_seconds if kind == 'fast' else t.slow_leak_seconds):g} s)",
                                         user, ip, source.start)
                if alert:
                    new.append(alert)
                source.flagged = True
            else:
                self._extend("brute_force", f"ip:{ip}", event)
            # low and slow: failures spaced out to slip under the buckets
            if source.paced and ts - source.paced[-1] > t.paced_reset_seconds:
                source.paced.clear()
                source.paced_users.clear()
                source.paced_seen.clear()
            source.paced.append(ts)
            if len(source.paced) > t.paced_failures:
                del source.paced[0]
            if user and user not in source.paced_seen:
                source.paced_seen.add(user)
                source.paced_users.append(ts)
                if len(source.paced_users) > t.paced_failures:
                    del source.paced_users[0]
            if len(source.paced) >= t.paced_failures and _median_gap(source.paced) > t.paced_median_gap_seconds:
                alert = self._open_alert("brute_force", [f"ip:{ip}"], event, "medium",
                                         f"{len(source.paced)} failed sign-ins from {ip}, spaced about "
                                         f"{_duration(_median_gap(source.paced))} apart with no success "
                                         f"(slow brute force that stays under rate limits)", user, ip,
                                         source.paced[0])
                if alert:
                    new.append(alert)
                source.flagged = True
            if (len(source.paced_users) >= t.paced_failures
                    and _median_gap(source.paced_users) > t.paced_median_gap_seconds):
                alert = self._open_alert("password_spray", [f"ip:{ip}"], event, "medium",
                                         f"{len(source.paced_seen)} different accounts tried from {ip}, one every "
                                         f"{_duration(_median_gap(source.paced_users))} (slow password spray)",
                                         None, ip, source.paced_users[0])
                if alert:
                    new.append(alert)
                source.flagged = True
            # password spray: one address, many accounts
            if user:
                users = source.spray_users
                first_time = user not in users
                users[user] = ts
                if first_time:
                    level = source.spray_fast.pour(ts, t.spray_fast_leak_seconds)
                    if len(users) > 4 * t.spray_users:
                        for name in [n for n, seen in users.items() if ts - seen > t.spray_window_seconds]:
                            del users[name]
                    recent = len(users) if len(users) < t.spray_users * scale else sum(
                        1 for seen in users.values() if ts - seen <= t.spray_window_seconds)
                    if level > t.spray_fast_users * scale or recent >= t.spray_users * scale:
                        alert = self._open_alert("password_spray", [f"ip:{ip}"], event, "high",
                                                 f"{recent} different accounts failed to sign in from {ip} within "
                                                 f"{_duration(t.spray_window_seconds)} (password spray)", None, ip,
                                                 min(users.values()))
                        if alert:
                            new.append(alert)
                        source.flagged = True
                else:
                    self._extend("password_spray", f"ip:{ip}", event)
            # credential stuffing: failures from addresses that never succeeded, across accounts
            if user and not source.success_users and not allowed_source:
                queue, users_seen, sources_seen = self._stuffing, self._stuffing_users, self._stuffing_sources
                queue.append((ts, ip, user))
                users_seen[user] = users_seen.get(user, 0) + 1
                sources_seen[ip] = sources_seen.get(ip, 0) + 1
                while ts - queue[0][0] > t.stuffing_window_seconds:
                    _, old_ip, old_user = queue.popleft()
                    for counts, key in ((users_seen, old_user), (sources_seen, old_ip)):
                        counts[key] -= 1
                        if not counts[key]:
                            del counts[key]
                if len(queue) > 20_000:
                    queue.popleft()  # counters stay approximate during a flood; the alert is long raised
                if (len(users_seen) >= t.stuffing_users and len(sources_seen) >= t.stuffing_sources
                        and not self._extend("credential_stuffing", "global", event)):
                    attacked = self._stuffing_candidates()
                    users_hit = {u for _, _, u in attacked}
                    sources_hit = {i for _, i, _ in attacked}
                    if len(users_hit) >= t.stuffing_users and len(sources_hit) >= t.stuffing_sources:
                        alert = self._open_alert("credential_stuffing", ["global"], event, "medium",
                                                 f"{len(users_hit)} accounts failed from {len(sources_hit)} "
                                                 f"addresses none of which has ever signed in successfully, within "
                                                 f"{_duration(ts - attacked[0][0])} (credential stuffing)",
                                                 None, None, attacked[0][0])
                        if alert:
                            new.append(alert)
                        for address in sources_hit:
                            self.sources[address].flagged = True
        if user:
            account = self.accounts.get(user)
            if account is None:
                account = self.accounts[user] = _Account()
            failures = account.failures
            failures.append((ts, ip))
            while failures and ts - failures[0][0] > t.burst_window_seconds:
                failures.popleft()
            if len(failures) > 4 * max(t.burst_failures_any_place, t.user_capacity):
                failures.popleft()
            level = account.bucket.pour(ts, t.user_leak_seconds)
            if level > t.user_capacity:
                addresses = {i for _, i in failures if i}
                keys = [f"user:{user}"] + ([f"ip:{next(iter(addresses))}"] if len(addresses) == 1 else [])
                alert = self._open_alert("brute_force", keys, event, "high",
                                         f"{len(failures)} failed sign-ins for {user} within "
                                         f"{_duration(ts - failures[0][0])} from {len(addresses)} address(es) "
                                         f"(brute force on one account)", user, ip if len(addresses) == 1 else None,
                                         failures[0][0])
                if alert:
                    new.append(alert)

    def _success(self, event: SignIn, new: list[Alert]) -> None:
        t = self.t
        ts, ip, user = event.ts, event.ip, event.user
        source = self.sources.get(ip) if ip else None
        if ip and user:
            users = self.address_users.get(ip)
            if users is None:
                users = self.address_users[ip] = set()
            if len(users) < 16:
                users.add(user)
        if source is not None and user:
            source.success_users.add(user)
            if source.paced:
                source.paced.clear()  # a success ends a paced series (a person who got it right)
                source.paced_users.clear()
        if not user:
            return
        account = self.accounts.get(user)
        if account is None:
            account = self.accounts[user] = _Account()
        if event.lat is not None and event.lon is not None:
            lat, lon, label, precise = event.lat, event.lon, event.city or event.country, True
        else:
            lat, lon, label, precise = self._place(event)
        country = event.country
        place = (country, event.city) if (country or event.city) else (ip.rsplit(".", 1)[0] if ip else "")
        allowed_source = self.vpn.contains(ip) if self.vpn.networks else False
        known_ip = ip in account.ips if ip else False
        confirmed = self._confirmed if self.allowed else _never
        if event.admin:
            account.admin = True

        # success after a failure burst
        failures = account.failures
        if failures:
            while failures and ts - failures[0][0] > t.burst_window_seconds:
                failures.popleft()
        if source is not None and source.flagged and not known_ip and not allowed_source:
            alert = self._open_alert("success_after_failures", [f"user:{user}"], event, "high",
                                     f"{user} signed in from {ip}, an address that was attacking sign-ins "
                                     f"({source.failed} failures from it)", user, ip)
            if alert:
                new.append(alert)
        elif failures:
            count = len(failures)
            if count >= t.burst_failures_any_place or (count >= t.burst_failures and not known_ip
                                                       and not allowed_source and not self._shared(ip)):
                alert = self._open_alert("success_after_failures", [f"user:{user}"], event, "high",
                                         f"{user} signed in from {ip or 'an unknown address'} after {count} failed "
                                         f"attempts in {_duration(ts - failures[0][0])}"
                                         + ("" if known_ip else ", from an address never used by this account"),
                                         user, ip, failures[0][0])
                if alert:
                    new.append(alert)
            failures.clear()
        if account.bucket.level:
            account.bucket.level = 0.0

        device = self._device_key(event.device) if event.device else ""
        devices, places = account.devices, account.places
        device_known = bool(device) and (device in devices or confirmed(user, "device", device))
        travelling = bool(country) and bool(self.travel) and self._travelling(user, country, ts)
        place_known = place in places
        history = account.successes

        # impossible travel
        if lat is not None and not allowed_source and not travelling:
            previous = account.last_place
            if previous is not None and (previous[1] != lat or previous[2] != lon):
                p_ts, p_lat, p_lon, p_label, p_ip, p_device, p_precise, p_place = previous
                distance = distance_km(p_lat, p_lon, lat, lon)
                exact = precise and p_precise
                slack = t.travel_uncertainty_km * (1 if exact else 4)
                hours = max(ts - p_ts, 1.0) / 3600
                speed = max(0.0, distance - slack) / hours
                # Two usual places of the account (home and the office VPN), the shared exit of the
                # organization's VPN or office, or a country centre inside the same country: no travel.
                both_usual = account.places.get(p_place, 0) > 1 and account.places.get(place, 0) > 1
                vague = not exact and p_place and place and p_place[0] == place[0]
                if (distance - slack >= t.travel_min_km and speed > t.travel_speed_kmh and not both_usual
                        and not vague and not self._shared(ip)):
                    alert = self._open_alert(
                        "impossible_travel", [f"user:{user}"], event, "high",
                        f"{user} signed in from {label or ip} {_duration(ts - p_ts)} after {p_label or p_ip}; "
                        f"{_km(distance)}, {speed:,.0f} km/h (limit {t.travel_speed_kmh:,.0f} km/h)", user, ip)
                    if alert:
                        new.append(alert)
            account.last_place = (ts, lat, lon, label, ip, event.device, precise, place)

        if history >= t.min_history and not allowed_source and not self._shared(ip):
            # new country
            if (country and account.countries.get(country, 0) == 0 and not travelling
                    and not confirmed(user, "country", country) and not device_known):
                alert = self._open_alert("new_country", [f"user:{user}:{country}"], event, "medium",
                                         f"{user} signed in from {label or country} ({country}) for the first time, "
                                         f"on a device not seen before; usual: "
                                         f"{', '.join(_top(account.countries))}", user, ip)
                if alert:
                    new.append(alert)
            # new device from an address the account never used
            if (device and not device_known and not known_ip and not travelling
                    and not confirmed(user, "device", event.device)):
                where = f"a new place ({label or ip})" if not place_known else f"a new address ({ip})"
                alert = self._open_alert("new_device", [f"user:{user}:{device}"], event, "low",
                                         f"{user} signed in on a device never seen for this account "
                                         f"({event.device[:60]}) from {where}", user, ip)
                if alert:
                    new.append(alert)
        # off-hours, judged against the account's own hours
        hour = self._local_hour(ts)
        if history >= t.off_hours_min_history and not confirmed(user, "hour", hour):
            admin = account.admin or event.admin
            start, end = (t.night_start, t.night_end) if admin else (t.user_night_start, t.user_night_end)
            at_night = (start <= hour or hour < end) if start > end else (start <= hour < end)
            if at_night:
                hours = account.hours
                nearby = sum(hours[(hour + d) % 24] for d in (-2, -1, 0, 1, 2)) if admin else (
                    hours[hour] + hours[(hour - 1) % 24] + hours[(hour + 1) % 24])
                limit = t.off_hours_share * history if admin else 0
                if nearby <= limit:
                    usual = sorted(range(24), key=lambda h: -hours[h])[:3]
                    alert = self._open_alert(
                        "off_hours", [f"user:{user}"], event, "high" if admin else "low",
                        f"{'Administrator ' if admin else ''}{user} signed in at {hour:02d}:xx local time; "
                        f"this account usually signs in around {', '.join(f'{h:02d}' for h in sorted(usual))}",
                        user, ip)
                    if alert:
                        new.append(alert)

        # learn
        account.successes += 1
        account.hours[hour] += 1
        if country:
            countries = account.countries
            countries[country] = countries.get(country, 0) + 1
        if place:
            places[place] = places.get(place, 0) + 1
        account.last_success = ts
        if device and len(devices) < 200:
            devices[device] = devices.get(device, 0) + 1
        app = event.app
        if app and len(account.apps) < 200:
            account.apps[app] = account.apps.get(app, 0) + 1
        if ip and not known_ip and len(account.ips) < 500:
            account.ips.add(ip)

    def finish(self) -> list[Alert]:
        return sorted(self.alerts, key=lambda a: (a.first_seen, a.rule))


_VERSION = re.compile(r"\d+(?:[._]\d+)*")


def _top(counts: dict, n: int = 3) -> list:
    return sorted(counts, key=counts.get, reverse=True)[:n]


def _never(*_args) -> bool:
    return False


def _median_gap(times: list[float]) -> float:
    gaps = sorted(b - a for a, b in zip(times, times[1:], strict=False))
    if not gaps:
        return 0.0
    middle = len(gaps) // 2
    return gaps[middle] if len(gaps) % 2 else (gaps[middle - 1] + gaps[middle]) / 2


def detect(events: list[SignIn], thresholds: Thresholds | None = None, **options) -> list[Alert]:
    """All alerts of a batch of sign-ins (sorted by time first; logs come in any order)."""
    detector = Detector(thresholds, **options)
    for event in sorted(events, key=lambda e: e.ts):
        detector.feed(event)
    alerts = detector.finish()
    for alert in alerts:
        if alert.user is None and len(alert.users) == 1 and alert.rule == "brute_force":
            alert.user = next(iter(alert.users))
    return alerts


__all__ = ["RULES", "Alert", "Detector", "KnownTravel", "Thresholds", "detect", "is_private"]
