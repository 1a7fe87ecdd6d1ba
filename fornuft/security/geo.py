"""Places for sign-ins: distance between two points, an offline GeoIP table, network allow-lists.

Nothing here goes on the network. Two offline sources of a place for an address:
- the country database that `make install` installs with the `geoip2fast` package (MaxMind
  GeoLite2 country data, IPv4 and IPv6; used by default, see `installed_geoip`);
- a city-level CSV of address ranges an admin installs (the DB-IP "IP to City Lite" layout
  `start,end,continent,country,region,city,lat,lon`, or `start,end,country,city,lat,lon`),
  which gives coordinates and wins over the country database.
Sign-ins whose own log gives a location (Entra, the generic CSV) keep it."""

from __future__ import annotations

import bisect
import csv
import functools
import ipaddress
import math
import os
from collections.abc import Iterable
from pathlib import Path

EARTH_RADIUS_KM = 6371.0

# Rough centres of the countries sign-ins come from most, for logs that name a country but
# give no coordinates (the Entra CSV). Distances from these are uncertain by a few hundred
# kilometres, which the impossible-travel rule allows for.
COUNTRY_CENTRES: dict[str, tuple[float, float]] = {
    "NO": (60.5, 8.5), "SE": (60.1, 15.6), "DK": (56.0, 10.0), "FI": (62.0, 25.7), "IS": (64.9, -18.6),
    "DE": (51.2, 10.4), "NL": (52.1, 5.3), "BE": (50.6, 4.6), "FR": (46.6, 2.4), "GB": (53.0, -1.8),
    "UK": (53.0, -1.8), "IE": (53.2, -8.2), "ES": (40.2, -3.6), "PT": (39.6, -8.0), "IT": (42.8, 12.6),
    "CH": (46.8, 8.2), "AT": (47.6, 14.1), "PL": (52.1, 19.4), "CZ": (49.8, 15.5), "EE": (58.6, 25.0),
    "LV": (56.9, 24.6), "LT": (55.3, 23.9), "RU": (55.8, 37.6), "UA": (49.0, 31.4), "GR": (39.1, 22.9),
    "TR": (39.0, 35.2), "US": (39.8, -98.6), "CA": (56.1, -106.3), "MX": (23.6, -102.6), "BR": (-14.2, -51.9),
    "AR": (-38.4, -63.6), "CN": (35.9, 104.2), "JP": (36.2, 138.3), "KR": (36.5, 127.9), "IN": (22.0, 79.0),
    "PK": (30.4, 69.3), "SG": (1.35, 103.8), "HK": (22.3, 114.2), "TH": (15.9, 101.0), "VN": (14.1, 108.3),
    "ID": (-2.5, 118.0), "PH": (12.9, 121.8), "AU": (-25.3, 133.8), "NZ": (-40.9, 174.9), "ZA": (-30.6, 22.9),
    "NG": (9.1, 8.7), "EG": (26.8, 30.8), "KE": (0.0, 37.9), "MA": (31.8, -7.1), "AE": (23.4, 53.8),
    "SA": (23.9, 45.1), "IL": (31.0, 34.9), "IR": (32.4, 53.7), "RO": (45.9, 25.0), "BG": (42.7, 25.5),
    "HU": (47.2, 19.5), "RS": (44.0, 21.0), "HR": (45.1, 15.2), "SK": (48.7, 19.7), "SI": (46.2, 15.0),
    "LU": (49.8, 6.1), "BY": (53.7, 28.0), "KZ": (48.0, 66.9), "CL": (-35.7, -71.5), "CO": (4.6, -74.3),
}


# English names of the countries the GeoIP data has placed a sign-in in, for plain reasons
# ("from Nigeria" rather than "from NG").
COUNTRY_NAMES: dict[str, str] = {}


def country_label(code: str) -> str:
    return COUNTRY_NAMES.get(code, code)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class GeoIP:
    """Address → (country, city, lat, lon) from a range table, by binary search."""

    def __init__(self, rows: Iterable[tuple[int, int, str, str, float | None, float | None]] = ()) -> None:
        self._rows = sorted(rows)
        self._starts = [r[0] for r in self._rows]

    @classmethod
    def from_csv(cls, path: str | Path) -> GeoIP:
        rows = []
        with open(path, newline="", encoding="utf-8", errors="replace") as handle:
            for record in csv.reader(handle):
                if len(record) < 4 or record[0].startswith("#"):
                    continue
                try:
                    start = int(ipaddress.ip_address(record[0].strip()))
                    end = int(ipaddress.ip_address(record[1].strip()))
                except ValueError:
                    continue  # a header or a broken row
                if len(record) >= 8:
                    country, city, lat, lon = record[3], record[5], record[6], record[7]
                else:
                    country, city = record[2], record[3]
                    lat, lon = (record[4], record[5]) if len(record) >= 6 else ("", "")
                rows.append((start, end, country.strip().upper(), city.strip(), _number(lat), _number(lon)))
        return cls(rows)

    def lookup(self, ip: str | None) -> tuple[str, str, float | None, float | None] | None:
        if not ip or not self._rows:
            return None
        try:
            value = int(ipaddress.ip_address(ip))
        except ValueError:
            return None
        index = bisect.bisect_right(self._starts, value) - 1
        if index < 0:
            return None
        start, end, country, city, lat, lon = self._rows[index]
        return (country, city, lat, lon) if start <= value <= end else None


class PackagedGeoIP:
    """Address → country from the GeoLite2 country data shipped in the `geoip2fast` wheel.

    Country only: the place of a sign-in is then its country's centre, uncertain by a few
    hundred kilometres, which is enough for "new country" and for impossible travel between
    countries far apart (Bergen → Lagos), not for travel inside one country."""

    DATA_FILE = "geoip2fast-ipv6.dat.gz"

    def __init__(self) -> None:
        from geoip2fast import GeoIP2Fast  # imported late: loading the table takes ~0.2 s and 40 MB

        self._db = GeoIP2Fast(geoip2fast_data_file=self.DATA_FILE)
        self.version = "GeoLite2 country (geoip2fast)"

    def lookup(self, ip: str | None) -> tuple[str, str, float | None, float | None] | None:
        if not ip or is_private(ip):
            return None
        try:
            found = self._db.lookup(ip)
        except Exception:  # noqa: BLE001 - the library raises its own error types for odd input
            return None
        country = (getattr(found, "country_code", "") or "").upper()
        if len(country) != 2 or not country.isalpha():
            return None  # "--": reserved or unknown ranges
        COUNTRY_NAMES.setdefault(country, getattr(found, "country_name", "") or country)
        return country, "", None, None


class LayeredGeoIP:
    """An admin's city table first, the packaged country database for what it does not cover."""

    def __init__(self, *layers) -> None:
        self.layers = [layer for layer in layers if layer is not None]

    def lookup(self, ip: str | None) -> tuple[str, str, float | None, float | None] | None:
        for layer in self.layers:
            found = layer.lookup(ip)
            if found:
                return found
        return None


@functools.cache
def packaged_geoip() -> PackagedGeoIP | None:
    """The installed country database, loaded once per process; None when it is missing."""
    try:
        return PackagedGeoIP()
    except Exception:  # noqa: BLE001 - a broken or absent package must not stop sign-in checks
        return None


def installed_geoip(city_table: str | Path | None = None):
    """The GeoIP source to use: `FORNUFT_GEOIP` (or `city_table`) names a city CSV that wins
    over the packaged country database; `FORNUFT_GEOIP=off` turns look-ups off."""
    setting = str(city_table or os.environ.get("FORNUFT_GEOIP", "")).strip()
    if setting.lower() in {"off", "none", "0", "false"}:
        return None
    city = GeoIP.from_csv(setting) if setting else None
    return LayeredGeoIP(city, packaged_geoip())


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


class Networks:
    """An allow-list of networks (CIDR or single addresses); `contains(ip)` is cached."""

    def __init__(self, entries: Iterable[str] = ()) -> None:
        self.networks = []
        for entry in entries:
            entry = entry.strip()
            if entry and not entry.startswith("#"):
                self.networks.append(ipaddress.ip_network(entry, strict=False))
        self._cache: dict[str, bool] = {}

    def __bool__(self) -> bool:
        return bool(self.networks)

    def contains(self, ip: str | None) -> bool:
        if not ip or not self.networks:
            return False
        known = self._cache.get(ip)
        if known is None:
            try:
                address = ipaddress.ip_address(ip)
                known = any(address.version == n.version and address in n for n in self.networks)
            except ValueError:
                known = False
            if len(self._cache) < 100_000:
                self._cache[ip] = known
        return known


def is_private(ip: str | None) -> bool:
    try:
        return bool(ip) and ipaddress.ip_address(ip).is_private
    except ValueError:
        return False
