#!/usr/bin/env python3
"""Generate the blind sign-in history of Havbris Marinelektro AS (invented) with planted attacks.

Standard library only, seeded, deterministic:  python3 make_signins.py
Writes, next to this script:
  entra_signins.json   Microsoft Entra "Download JSON" style array (newest first), M365 interactive sign-ins
  sso_signins.csv      generic CSV  time,user,ip,result,country,city,lat,lon,device,app  (the company's SSO)
  auth.log             OpenSSH syslog of the jump host hopp01 (no year, local time Europe/Oslo)
  truth.json           planted attacks (acceptable rules, users/ips, window) and traps (must raise no alert)

The company, its people, devices, networks and attackers are invented. Office networks, the VPN exits and
some attackers use the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24); homes,
mobile phones, hotels and most attackers use realistic public ranges picked at random.
"""
from __future__ import annotations

import csv
import json
import math
import os
import random
import uuid
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207
R = random.Random(SEED)
OSLO = ZoneInfo('Europe/Oslo')
UTC = timezone.utc
START = date(2026, 10, 12)          # Monday; 6 weeks to Sunday 2026-11-22
DAYS = 42
WARMUP_DAYS = 7                      # 2026-10-12 .. 2026-10-18: baseline only
DOMAIN = 'havbrismarin.no'
HOST = 'hopp01'

# city: (country, state, lat, lon, tz)
CITIES = {
    'Ålesund': ('NO', 'Møre og Romsdal', 62.4723, 6.1549, 'Europe/Oslo'),
    'Bergen': ('NO', 'Vestland', 60.3913, 5.3221, 'Europe/Oslo'),
    'Oslo': ('NO', 'Oslo', 59.9139, 10.7522, 'Europe/Oslo'),
    'Trondheim': ('NO', 'Trøndelag', 63.4305, 10.3951, 'Europe/Oslo'),
    'Tromsø': ('NO', 'Troms', 69.6492, 18.9553, 'Europe/Oslo'),
    'Stavanger': ('NO', 'Rogaland', 58.9700, 5.7331, 'Europe/Oslo'),
    'Houston': ('US', 'Texas', 29.7604, -95.3698, 'America/Chicago'),
    'New York': ('US', 'New York', 40.7128, -74.0060, 'America/New_York'),
    'Aberdeen': ('GB', 'Scotland', 57.1497, -2.0943, 'Europe/London'),
    'Singapore': ('SG', 'Singapore', 1.3521, 103.8198, 'Asia/Singapore'),
    'Rotterdam': ('NL', 'Zuid-Holland', 51.9244, 4.4777, 'Europe/Amsterdam'),
    # attacker locations
    'Frankfurt am Main': ('DE', 'Hessen', 50.1109, 8.6821, 'Europe/Berlin'),
    'Amsterdam': ('NL', 'Noord-Holland', 52.3676, 4.9041, 'Europe/Amsterdam'),
    'Ho Chi Minh City': ('VN', 'Ho Chi Minh', 10.8231, 106.6297, 'Asia/Ho_Chi_Minh'),
    'Hanoi': ('VN', 'Hanoi', 21.0278, 105.8342, 'Asia/Ho_Chi_Minh'),
    'Lagos': ('NG', 'Lagos', 6.5244, 3.3792, 'Africa/Lagos'),
    'São Paulo': ('BR', 'São Paulo', -23.5505, -46.6333, 'America/Sao_Paulo'),
    'Bucharest': ('RO', 'București', 44.4268, 26.1025, 'Europe/Bucharest'),
    'Saint Petersburg': ('RU', 'Saint Petersburg', 59.9311, 30.3609, 'Europe/Moscow'),
    'Moscow': ('RU', 'Moscow', 55.7558, 37.6173, 'Europe/Moscow'),
    'Jakarta': ('ID', 'Jakarta', -6.2088, 106.8456, 'Asia/Jakarta'),
    'Mumbai': ('IN', 'Maharashtra', 19.0760, 72.8777, 'Asia/Kolkata'),
    'Istanbul': ('TR', 'İstanbul', 41.0082, 28.9784, 'Europe/Istanbul'),
    'Dallas': ('US', 'Texas', 32.7767, -96.7970, 'America/Chicago'),
    'Seoul': ('KR', 'Seoul', 37.5665, 126.9780, 'Asia/Seoul'),
    'Warsaw': ('PL', 'Mazowieckie', 52.2297, 21.0122, 'Europe/Warsaw'),
    'Bogotá': ('CO', 'Bogotá D.C.', 4.7110, -74.0721, 'America/Bogota'),
    'Cairo': ('EG', 'Cairo', 30.0444, 31.2357, 'Africa/Cairo'),
    'Manila': ('PH', 'Metro Manila', 14.5995, 120.9842, 'Asia/Manila'),
    'Los Angeles': ('US', 'California', 34.0522, -118.2437, 'America/Los_Angeles'),
    'Paris': ('FR', 'Île-de-France', 48.8566, 2.3522, 'Europe/Paris'),
    'Tokyo': ('JP', 'Tokyo', 35.6762, 139.6503, 'Asia/Tokyo'),
    'Johannesburg': ('ZA', 'Gauteng', -26.2041, 28.0473, 'Africa/Johannesburg'),
    'Kuala Lumpur': ('MY', 'Kuala Lumpur', 3.1390, 101.6869, 'Asia/Kuala_Lumpur'),
    'Chicago': ('US', 'Illinois', 41.8781, -87.6298, 'America/Chicago'),
}
ENTRA_CITY = {'Ålesund': 'Alesund', 'Tromsø': 'Tromso', 'São Paulo': 'Sao Paulo', 'Bogotá': 'Bogota'}

OFFICE_IPS = {'Ålesund': ['198.51.100.10', '198.51.100.11'], 'Bergen': ['198.51.100.40'], 'Oslo': ['198.51.100.70']}
VPN_OLD, VPN_NEW = '203.0.113.20', '192.0.2.148'
VPN_CHANGE = datetime(2026, 11, 9, 0, 0, tzinfo=OSLO)
VPN_GEO = {VPN_OLD: ('Oslo', 59.9139, 10.7522), VPN_NEW: ('Oslo', 59.9133, 10.7389)}
HOME_PREFIXES = ['84.210', '84.212', '85.165', '85.166', '79.160', '79.161', '92.220', '178.232', '46.212', '88.91']
MOBILE_PREFIXES = ['77.16', '77.17', '77.18', '46.66', '46.67', '176.75']

PEOPLE = [
    # first, last, office, role, flags
    ('Stian', 'Vik', 'Ålesund', 'IT', 'admin vpn ssh'),
    ('Hanne', 'Myklebust', 'Ålesund', 'IT', 'admin vpn ssh'),
    ('Tore', 'Rønneberg', 'Ålesund', 'dev', 'vpn ssh'),
    ('Linn', 'Aarflot', 'Ålesund', 'dev', 'vpn ssh'),
    ('Martin', 'Sandvik', 'Ålesund', 'dev', 'vpn ssh'),
    ('Marte', 'Solheim', 'Ålesund', 'finance', ''),
    ('Øyvind', 'Rasmussen', 'Ålesund', 'management', 'vpn'),
    ('Jonas', 'Eide', 'Ålesund', 'engineering', 'vpn'),
    ('Per', 'Strand', 'Ålesund', 'sales', ''),
    ('Tone', 'Haugland', 'Ålesund', 'hr', ''),
    ('Eirik', 'Moen', 'Ålesund', 'engineering', 'vpn'),
    ('Lars', 'Nygård', 'Ålesund', 'production', ''),
    ('Anders', 'Lie', 'Ålesund', 'engineering', 'vpn'),
    ('Guro', 'Nilsen', 'Ålesund', 'finance', ''),
    ('Vegard', 'Holm', 'Ålesund', 'monitoring', 'night'),
    ('André', 'Vold', 'Ålesund', 'service', ''),
    ('Bjørn', 'Tangen', 'Ålesund', 'service', ''),
    ('Kjersti', 'Aune', 'Ålesund', 'purchasing', ''),
    ('Sindre', 'Aasen', 'Ålesund', 'engineering', 'vpn'),
    ('Hilde', 'Bakke', 'Ålesund', 'reception', ''),
    ('Ragnhild', 'Furset', 'Ålesund', 'engineering', 'vpn'),
    ('Espen', 'Grytten', 'Ålesund', 'production', ''),
    ('Ingrid', 'Vestre', 'Ålesund', 'engineering', 'vpn'),
    ('Kristoffer', 'Ulstein', 'Ålesund', 'service', ''),
    ('Mari', 'Hjelle', 'Ålesund', 'finance', ''),
    ('Trond', 'Liavåg', 'Ålesund', 'production', ''),
    ('Sunniva', 'Brandal', 'Ålesund', 'quality', ''),
    ('Håkon', 'Fiskerstrand', 'Ålesund', 'engineering', 'vpn'),
    ('Camilla', 'Longva', 'Ålesund', 'sales', ''),
    ('Geir', 'Kvalsund', 'Ålesund', 'service', ''),
    ('Ida', 'Remøy', 'Ålesund', 'engineering', 'vpn'),
    ('Jørgen', 'Hareide', 'Ålesund', 'production', ''),
    ('Nina', 'Sævik', 'Ålesund', 'logistics', ''),
    ('Rolf', 'Tennfjord', 'Ålesund', 'purchasing', ''),
    ('Elin', 'Aklestad', 'Ålesund', 'engineering', 'vpn'),
    ('Vetle', 'Myrvang', 'Ålesund', 'apprentice', ''),
    ('Kari', 'Lunde', 'Bergen', 'engineering', 'vpn'),
    ('Silje', 'Berg', 'Bergen', 'sales', ''),
    ('Magnus', 'Tveit', 'Bergen', 'engineering', 'vpn'),
    ('Eva', 'Hauge', 'Bergen', 'service', ''),
    ('Thomas', 'Dale', 'Bergen', 'service', ''),
    ('Astrid', 'Opheim', 'Bergen', 'engineering', 'vpn'),
    ('Fredrik', 'Kleppe', 'Bergen', 'engineering', 'vpn'),
    ('Henrik', 'Vatle', 'Bergen', 'projects', ''),
    ('Marit', 'Skaar', 'Bergen', 'finance', ''),
    ('Sigurd', 'Halvorsen', 'Bergen', 'engineering', 'vpn'),
    ('Lene', 'Hovland', 'Bergen', 'quality', ''),
    ('Kjetil', 'Aarvik', 'Bergen', 'service', ''),
    ('Ole', 'Brekke', 'Oslo', 'sales', ''),
    ('Siri', 'Lindahl', 'Oslo', 'sales', ''),
    ('Jens', 'Mathisen', 'Oslo', 'sales', ''),
    ('Heidi', 'Strøm', 'Oslo', 'marketing', ''),
    ('Erlend', 'Bakken', 'Oslo', 'sales', ''),
    ('Vibeke', 'Ruud', 'Oslo', 'management', 'vpn'),
    ('Pål', 'Westby', 'Oslo', 'engineering', 'vpn'),
    ('Karoline', 'Fossum', 'Oslo', 'sales', ''),
    ('Daniel', 'Østby', 'Oslo', 'consulting', 'vpn'),
    ('Mats', 'Karlsen', 'Tromsø', 'service', 'remote vpn'),
    ('Ingvild', 'Sæther', 'Trondheim', 'engineering', 'remote vpn'),
    ('Even', 'Grande', 'Stavanger', 'sales', 'remote'),
]

ASCII = str.maketrans({'æ': 'ae', 'ø': 'o', 'å': 'a', 'é': 'e', 'Æ': 'Ae', 'Ø': 'O', 'Å': 'A'})


def login_of(first, last):
    return f'{first}.{last}'.lower().translate(ASCII)


def rand_ip(prefix):
    return f'{prefix}.{R.randint(1, 254)}.{R.randint(2, 253)}'


def guid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


class User:
    def __init__(self, i, first, last, office, role, flags):
        self.n = i + 1
        self.first, self.last, self.office, self.role = first, last, office, role
        self.flags = set(flags.split())
        self.login = login_of(first, last)
        self.upn = f'{self.login}@{DOMAIN}'
        self.display = f'{first} {last}'
        self.user_id = guid()
        self.admin = 'admin' in self.flags
        self.night = 'night' in self.flags
        self.vpn = 'vpn' in self.flags
        self.remote = 'remote' in self.flags
        self.browser = R.choice(['Edge', 'Edge', 'Edge', 'Chrome'])
        self.laptop_name = f'HBM-LT-{self.n:03d}'
        self.laptop_id = guid()
        self.mac = R.random() < 0.08
        self.phone = R.choice(['Ios', 'Ios', 'Android'])
        self.phone_model = 'iPhone (iOS 18)' if self.phone == 'Ios' else R.choice(
            ['Android (Samsung SM-S921B)', 'Android (Pixel 8)', 'Android (Samsung SM-A546B)'])
        p = R.choice(HOME_PREFIXES)
        self.home_ips = [rand_ip(p)]
        self.home_ip_change = None
        if R.random() < 0.3:      # the ISP hands out a new address once in the period
            self.home_ips.append(rand_ip(p))
            self.home_ip_change = datetime.combine(START + timedelta(days=R.randint(8, 38)), time(4), OSLO)
        self.trips = []           # (depart_utc, arrive_utc, city, back_depart_utc, back_arrive_utc)

    def laptop_entra(self, when):
        bump = when >= datetime(2026, 10, 30, tzinfo=UTC)
        if self.mac:
            return {'deviceId': '', 'displayName': '', 'operatingSystem': 'MacOs', 'browser': 'Safari 19.0' if bump else 'Safari 18.6',
                    'isCompliant': False, 'isManaged': False, 'trustType': ''}
        br = ('Edge 142.0.3595' if bump else 'Edge 141.0.3537') if self.browser == 'Edge' else ('Chrome 142.0.0' if bump else 'Chrome 141.0.0')
        return {'deviceId': self.laptop_id, 'displayName': self.laptop_name, 'operatingSystem': 'Windows10', 'browser': br,
                'isCompliant': True, 'isManaged': True, 'trustType': 'Azure AD joined'}

    def laptop_csv(self):
        return 'MacBook (macOS 15)' if self.mac else f'{self.laptop_name} (Windows 11)'

    def phone_entra(self):
        return {'deviceId': '', 'displayName': '', 'operatingSystem': self.phone,
                'browser': 'Mobile Safari' if self.phone == 'Ios' else 'Chrome Mobile 141.0.0',
                'isCompliant': False, 'isManaged': False, 'trustType': ''}

    def home_ip(self, when):
        if self.home_ip_change and when >= self.home_ip_change:
            return self.home_ips[1]
        return self.home_ips[0]


USERS = [User(i, *p) for i, p in enumerate(PEOPLE)]
BY_LOGIN = {u.login: u for u in USERS}


def U(login):
    return BY_LOGIN[login]


def loc(dt_local_date, hh, mm, tz):
    return datetime.combine(dt_local_date, time(hh, mm), ZoneInfo(tz)).astimezone(UTC)


def iso(t):
    return t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def geo(city, jitter_key=None):
    c = CITIES[city]
    lat, lon = c[2], c[3]
    if jitter_key:
        rr = random.Random(jitter_key)
        lat, lon = lat + rr.uniform(-0.03, 0.03), lon + rr.uniform(-0.05, 0.05)
    return round(lat, 4), round(lon, 4)


# ----------------------------------------------------------------------------- trips (benign and traps)
def trip(login, dep_local, dep_city, hours, dest, back_local, back_hours):
    """dep_local/back_local: (date, hh, mm) in the departure city's zone. hours: door-to-door travel."""
    u = U(login)
    d0 = loc(dep_local[0], dep_local[1], dep_local[2], CITIES[dep_city][4])
    b0 = loc(back_local[0], back_local[1], back_local[2], CITIES[dest][4])
    u.trips.append((d0, d0 + timedelta(hours=hours), dest, b0, b0 + timedelta(hours=back_hours)))


D = lambda m, d: date(2026, m, d)  # noqa: E731
# ole.brekke: Houston liaison (warm-up, week 3), the plausible-flight trap to New York in week 6
trip('ole.brekke', (D(10, 13), 9, 30), 'Oslo', 15, 'Houston', (D(10, 16), 16, 0), 15)
trip('ole.brekke', (D(10, 27), 9, 45), 'Oslo', 15, 'Houston', (D(10, 30), 15, 30), 15)
trip('ole.brekke', (D(11, 16), 7, 50), 'Oslo', 8.0, 'New York', (D(11, 19), 18, 0), 10)
# andre.vold: service trips to an Aberdeen yard (warm-up, week 3, and week 5 = known-travel trap)
trip('andre.vold', (D(10, 14), 6, 40), 'Ålesund', 5, 'Aberdeen', (D(10, 16), 14, 0), 5)
trip('andre.vold', (D(10, 28), 6, 40), 'Ålesund', 5, 'Aberdeen', (D(10, 30), 14, 0), 5)
trip('andre.vold', (D(11, 11), 6, 40), 'Ålesund', 5, 'Aberdeen', (D(11, 13), 14, 30), 5)
# bjorn.tangen: Singapore yard (warm-up, then week 6 = known-travel trap)
trip('bjorn.tangen', (D(10, 13), 6, 30), 'Ålesund', 21, 'Singapore', (D(10, 17), 22, 30), 22)
trip('bjorn.tangen', (D(11, 16), 6, 30), 'Ålesund', 21, 'Singapore', (D(11, 20), 22, 30), 22)
# thomas.dale: Rotterdam (warm-up, week 4)
trip('thomas.dale', (D(10, 15), 7, 0), 'Bergen', 4, 'Rotterdam', (D(10, 16), 17, 0), 4)
trip('thomas.dale', (D(11, 4), 7, 0), 'Bergen', 4, 'Rotterdam', (D(11, 5), 17, 0), 4)
# kristoffer.ulstein: Aberdeen once in warm-up, once in week 4
trip('kristoffer.ulstein', (D(10, 15), 6, 40), 'Ålesund', 5, 'Aberdeen', (D(10, 16), 15, 0), 5)
trip('kristoffer.ulstein', (D(11, 3), 6, 40), 'Ålesund', 5, 'Aberdeen', (D(11, 4), 15, 0), 5)

SITE_IPS = {'Houston': '66.162.41.', 'New York': '74.101.18.', 'Aberdeen': '81.134.77.', 'Singapore': '202.166.9.',
            'Rotterdam': '145.53.12.'}
HOTEL_PREFIX = {'Houston': '99.35', 'New York': '100.33', 'Aberdeen': '86.141', 'Singapore': '116.86', 'Rotterdam': '83.85',
                'Bergen': '84.49', 'Oslo': '84.48'}

# domestic day trips to another office (flights ~1 h, door to door 1.5 h)
for u in USERS:
    if u.night or u.remote or u.trips:
        continue
    for dd in range(DAYS):
        day = START + timedelta(days=dd)
        if day.weekday() < 5 and R.random() < 0.025:
            dest = R.choice([c for c in ('Ålesund', 'Bergen', 'Oslo') if c != u.office])
            trip(u.login, (day, 7, 15), u.office, 1.75, dest, (day, 17, 30), 1.75)


def stays(u):
    """[(from_utc, to_utc, city)], covering the period minus time in transit."""
    t0 = datetime.combine(START, time(0), OSLO).astimezone(UTC) - timedelta(hours=12)
    t1 = datetime.combine(START + timedelta(days=DAYS), time(0), OSLO).astimezone(UTC) + timedelta(hours=12)
    out, cur = [], t0
    for dep, arr, dest, bdep, barr in sorted(u.trips):
        out.append((cur, dep, u.office))
        out.append((arr, bdep, dest))
        cur = barr
    out.append((cur, t1, u.office))
    return out


# ----------------------------------------------------------------------------- events
# event: dict(t=utc, user=User, src='entra'|'csv', ip, city, lat, lon, ok, code, dev='laptop'|'phone'|dict, app, ...)
EVENTS = []
ENTRA_APPS_LAPTOP = ['Office 365 Exchange Online', 'Microsoft Teams', 'OfficeHome', 'Office 365 SharePoint Online',
                     'Microsoft Office', 'OneDrive SyncEngine']
ENTRA_APPS_PHONE = ['Microsoft Outlook', 'Microsoft Teams', 'Microsoft Authenticator App', 'Office 365 SharePoint Online']
ADMIN_APPS = ['Azure Portal', 'Microsoft 365 admin center', 'Microsoft Azure PowerShell', 'Microsoft Intune']
CSV_APPS = ['Servicejournal', 'Timeføring', 'Intranett', 'Dokumentarkiv']
CSV_APPS_ROLE = {'service': ['Servicejournal', 'Reiseregning'], 'finance': ['Økonomi', 'Lønn og HR'], 'hr': ['Lønn og HR'],
                 'production': ['Produksjonsplan'], 'purchasing': ['Innkjøp'], 'logistics': ['Lager'],
                 'monitoring': ['Fjernovervåking'], 'IT': ['Brukeradmin']}


def network(u, city, mode, when, kind):
    """-> (ip, geo_city, lat, lon) for a user in `city`, working in `mode`."""
    if city == u.office:
        if mode == 'office' and kind != 'mobile':
            if city in OFFICE_IPS:
                return R.choice(OFFICE_IPS[city]), city, *geo(city)
        if mode == 'vpn' and kind == 'laptop':
            ip = VPN_OLD if when < VPN_CHANGE else VPN_NEW
            c, la, lo = VPN_GEO[ip]
            return ip, c, la, lo
        if kind == 'mobile':
            ip = rand_ip(R.choice(MOBILE_PREFIXES))
            return ip, city, *geo(city, ip)
        ip = u.home_ip(when)
        return ip, city, *geo(city, ip)
    # away from the home office
    if city in OFFICE_IPS and mode == 'site' and kind != 'mobile':
        return R.choice(OFFICE_IPS[city]), city, *geo(city)
    if kind == 'mobile':
        ip = rand_ip(R.choice(MOBILE_PREFIXES)) if CITIES[city][0] == 'NO' else rand_ip(HOTEL_PREFIX.get(city, '100.64'))
        return ip, city, *geo(city, ip)
    if mode == 'site' and city in SITE_IPS:
        ip = SITE_IPS[city] + str(10 + (u.n % 40))
        return ip, city, *geo(city)
    key = (u.login, city, 'hotel')
    ip = HOTEL_IPS.setdefault(key, rand_ip(HOTEL_PREFIX.get(city, '100.64')))
    return ip, city, *geo(city, ip)


HOTEL_IPS = {}


def add(u, t, src, kind, city, mode, app=None, ok=True, code=0):
    ip, gc, la, lo = network(u, city, mode, t, kind)
    EVENTS.append(dict(t=t, user=u, src=src, ip=ip, city=gc, lat=la, lon=lo, ok=ok, code=code,
                       dev='phone' if kind == 'mobile' or kind == 'phone' else 'laptop', app=app))


def jitter_times(base, n, spread_min):
    return sorted(base + timedelta(seconds=R.randint(0, spread_min * 60)) for _ in range(n))


def workday_events(u, city, day, tz, window, mode, away):
    """Events for one user-day in `city`; window = (from_utc, to_utc) of the stay."""
    z = ZoneInfo(tz)
    lo_t, hi_t = window

    def at(h, m=0):
        return datetime.combine(day, time(h, m), z).astimezone(UTC)

    out = []
    weekday = day.weekday() < 5
    if u.night:
        return out
    if weekday:
        start = at(7, 0) + timedelta(minutes=R.randint(0, 105))
        end = at(15, 20) + timedelta(minutes=R.randint(0, 110))
        netmode = 'site' if away else mode
        # laptop: morning burst, a few during the day
        for t in jitter_times(start, R.randint(1, 2), 12):
            out.append((t, 'entra', 'laptop', netmode, R.choice(ENTRA_APPS_LAPTOP)))
        for _ in range(R.randint(1, 2)):
            t = start + (end - start) * R.random()
            out.append((t, 'entra', 'laptop', netmode, R.choice(ENTRA_APPS_LAPTOP)))
        if u.admin and R.random() < 0.6:
            for _ in range(R.randint(1, 3)):
                out.append((start + (end - start) * R.random(), 'entra', 'laptop', netmode, R.choice(ADMIN_APPS)))
        # SSO (csv)
        apps = CSV_APPS + CSV_APPS_ROLE.get(u.role, [])
        for _ in range(R.randint(3, 6)):
            t = start + (end - start) * R.random()
            out.append((t, 'csv', 'laptop', netmode, R.choice(apps)))
        if R.random() < 0.85:
            out.append((end - timedelta(minutes=R.randint(0, 25)), 'csv', 'laptop', netmode, 'Timeføring'))
        # phone during the day (not on VPN days: the laptop then appears in Oslo)
        if mode != 'vpn' or away:
            for _ in range(R.randint(1, 2)):
                t = start + (end - start) * R.random()
                out.append((t, 'entra', 'phone' if R.random() < 0.6 else 'mobile', netmode, R.choice(ENTRA_APPS_PHONE)))
        # evening at home / hotel
        if R.random() < 0.35:
            for _ in range(R.randint(1, 2)):
                t = at(18, 30) + timedelta(minutes=R.randint(0, 230))
                out.append((t, 'entra', R.choice(['phone', 'mobile']), 'hotel' if away else 'home', R.choice(ENTRA_APPS_PHONE)))
        if R.random() < 0.12:
            t = at(19, 0) + timedelta(minutes=R.randint(0, 180))
            out.append((t, 'csv', 'phone', 'hotel' if away else 'home', 'Intranett'))
    else:
        if R.random() < 0.35:
            for _ in range(R.randint(1, 2)):
                t = at(9, 30) + timedelta(minutes=R.randint(0, 690))
                out.append((t, 'entra', R.choice(['phone', 'mobile']), 'hotel' if away else 'home', R.choice(ENTRA_APPS_PHONE)))
        if R.random() < 0.06:
            t = at(12, 0) + timedelta(minutes=R.randint(0, 420))
            out.append((t, 'entra', 'laptop', 'hotel' if away else 'home', R.choice(ENTRA_APPS_LAPTOP)))
            out.append((t + timedelta(minutes=R.randint(1, 30)), 'csv', 'laptop', 'hotel' if away else 'home', R.choice(CSV_APPS)))
    return [o for o in out if lo_t <= o[0] < hi_t]


def travel_day_extra(u):
    """Sign-ins just before departure and just after arrival (phone, laptop at the hotel)."""
    out = []
    for dep, arr, dest, bdep, barr in u.trips:
        for when, city, mode in ((dep - timedelta(minutes=R.randint(20, 50)), None, 'mobile'),
                                 (arr + timedelta(minutes=R.randint(25, 80)), dest, 'mobile'),
                                 (arr + timedelta(minutes=R.randint(90, 150)), dest, 'hotel'),
                                 (bdep - timedelta(minutes=R.randint(30, 80)), dest, 'mobile'),
                                 (barr + timedelta(minutes=R.randint(30, 90)), None, 'mobile')):
            out.append((when, city or (u.office if when < arr or when > bdep else dest), mode))
    return out


NIGHT_APPS = ['Fjernovervåking', 'Servicejournal', 'Intranett']


def night_events(u):
    """Vegard Holm runs the remote-monitoring desk: 4 nights on, 4 off; 21:30-06:30, always at the office."""
    out = []
    for dd in range(-1, DAYS):
        day = START + timedelta(days=dd)
        on = (dd + 1) % 8 < 4
        if on:
            start = datetime.combine(day, time(21, 15), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 30))
            end = datetime.combine(day + timedelta(days=1), time(6, 10), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 25))
            for t in jitter_times(start, 3, 10):
                out.append((t, 'entra', 'laptop', 'office', R.choice(ENTRA_APPS_LAPTOP)))
            for _ in range(R.randint(2, 4)):
                out.append((start + (end - start) * R.random(), 'entra', 'laptop', 'office', R.choice(ENTRA_APPS_LAPTOP)))
            for _ in range(R.randint(5, 9)):
                out.append((start + (end - start) * R.random(), 'csv', 'laptop', 'office', R.choice(NIGHT_APPS)))
            if R.random() < 0.5:
                out.append((start + (end - start) * R.random(), 'entra', 'phone', 'office', R.choice(ENTRA_APPS_PHONE)))
        elif R.random() < 0.4:
            t = datetime.combine(day, time(22, 0), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 150))
            out.append((t, 'entra', 'phone', 'home', R.choice(ENTRA_APPS_PHONE)))
    lo_t = datetime.combine(START, time(0), OSLO).astimezone(UTC)
    return [o for o in out if o[0] >= lo_t]


def city_at(u, t):
    for a, b, c in stays(u):
        if a <= t < b:
            return c
    return None


def gen_benign():
    lo_t = datetime.combine(START, time(0), OSLO).astimezone(UTC)
    hi_t = datetime.combine(START + timedelta(days=DAYS), time(0), OSLO).astimezone(UTC)
    for u in USERS:
        if u.night:
            for t, src, kind, mode, app in night_events(u):
                add(u, t, src, kind, u.office, mode, app)
            continue
        day_modes = {}
        for a, b, city in stays(u):
            tz = CITIES[city][4]
            away = city != u.office
            d0 = a.astimezone(ZoneInfo(tz)).date()
            d1 = b.astimezone(ZoneInfo(tz)).date()
            day = d0
            while day <= d1:
                if day not in day_modes:
                    r = R.random()
                    if u.remote:
                        day_modes[day] = 'vpn' if (u.vpn and r < 0.45) else 'home'
                    else:
                        day_modes[day] = 'office' if r < 0.72 else ('vpn' if u.vpn and r < 0.86 else 'home')
                mode = day_modes[day]
                for t, src, kind, netmode, app in workday_events(u, city, day, tz, (max(a, lo_t), min(b, hi_t)), mode, away):
                    add(u, t, src, kind, city, netmode, app)
                day += timedelta(days=1)
        for t, city, mode in travel_day_extra(u):
            if lo_t <= t < hi_t and city_at(u, t) == city:
                add(u, t, 'entra', 'mobile' if mode == 'mobile' else 'laptop', city, mode if mode != 'mobile' else 'home',
                    R.choice(ENTRA_APPS_PHONE))


gen_benign()


# ----------------------------------------------------------------------------- benign noise: typos and interrupts
def benign_failures():
    extra = []
    for e in EVENTS:
        if e['src'] == 'entra':
            r = R.random()
            if r < 0.010:        # mistyped password once, then in
                extra.append(dict(e, t=e['t'] - timedelta(seconds=R.randint(8, 40)), ok=False, code=50126))
            elif r < 0.035:      # MFA prompt / keep-me-signed-in interrupt just before the success
                extra.append(dict(e, t=e['t'] - timedelta(seconds=R.randint(3, 25)), ok=False, code=R.choice([50074, 50140, 50140])))
        elif e['src'] == 'csv' and R.random() < 0.012:
            extra.append(dict(e, t=e['t'] - timedelta(seconds=R.randint(8, 40)), ok=False, code=1))
    EVENTS.extend(extra)


benign_failures()


def warmup_catalog():
    """Monday of the warm-up week: everyone opens every app they will use, on every device they own, so that no benign
    device or app is first seen after the warm-up. It uses its own RNG, so the rest of the history stays as it was."""
    global R
    saved, R = R, random.Random(SEED + 7)
    try:
        day0 = datetime.combine(START, time(0), OSLO).astimezone(UTC)
        for u in USERS:
            if u.night:
                continue
            monday = sorted((e for e in EVENTS if e['user'] is u and e['dev'] == 'laptop' and e['ok']
                             and day0 <= e['t'] < day0 + timedelta(days=1)), key=lambda e: e['t'])
            if not monday:
                continue
            tpl = monday[0]
            t0 = tpl['t'] + timedelta(minutes=2)
            laptop_apps = ENTRA_APPS_LAPTOP + (ADMIN_APPS if u.admin else [])
            for k, app in enumerate(laptop_apps):
                EVENTS.append(dict(tpl, t=t0 + timedelta(seconds=40 * k + R.randint(0, 30)), src='entra', app=app))
            for k, app in enumerate(CSV_APPS + CSV_APPS_ROLE.get(u.role, [])):
                EVENTS.append(dict(tpl, t=t0 + timedelta(minutes=8, seconds=45 * k + R.randint(0, 30)), src='csv', app=app))
            t1 = datetime.combine(START, time(20, 10), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 60))
            for k, app in enumerate(ENTRA_APPS_PHONE):
                add(u, t1 + timedelta(seconds=50 * k + R.randint(0, 30)), 'entra', 'phone', u.office, 'home', app)
            add(u, t1 + timedelta(minutes=6), 'csv', 'phone', u.office, 'home', 'Intranett')
    finally:
        R = saved


warmup_catalog()


# ----------------------------------------------------------------------------- speed check on benign events
def enforce_plausible():
    """Drop benign events that would imply > 700 km/h between a user's consecutive sign-ins (same source)."""
    dropped = 0
    keep = []
    groups = {}
    for e in EVENTS:
        groups.setdefault((e['user'].login, e['src']), []).append(e)
    for evs in groups.values():
        evs.sort(key=lambda e: e['t'])
        last = None
        for e in evs:
            if last is not None:
                d = km((last['lat'], last['lon']), (e['lat'], e['lon']))
                hrs = max((e['t'] - last['t']).total_seconds() / 3600, 1 / 3600)
                if d > 60 and d / hrs > 700:
                    dropped += 1
                    continue
            keep.append(e)
            last = e
    EVENTS[:] = keep
    return dropped


DROPPED = enforce_plausible()
for e in EVENTS:
    e['attack'] = None
    e['trap'] = None


# ----------------------------------------------------------------------------- traps
TRAPS = []


def trap(tid, src, kind, users, ips, start, end, description):
    TRAPS.append(dict(id=tid, file=src, kind=kind, users=users, ips=ips, start=start, end=end, description=description))


def window_of(evs):
    return min(e['t'] for e in evs), max(e['t'] for e in evs)


def mark_trip_trap(tid, login, src, which, kind, description):
    u = U(login)
    dep, arr, dest, bdep, barr = sorted(u.trips)[which]
    evs = [e for e in EVENTS if e['user'] is u and e['src'] == src and dep - timedelta(hours=6) <= e['t'] <= barr + timedelta(hours=12)]
    for e in evs:
        e['trap'] = tid
    ips = sorted({e['ip'] for e in evs if e['city'] == dest})
    a, b = window_of(evs)
    trap(tid, src, kind, [u.upn if src == 'entra' else u.login], ips, a, b, description)


def typo_trap(tid, login, src, day, hh, mm, fails, code):
    u = U(login)
    t = datetime.combine(day, time(hh, mm), OSLO).astimezone(UTC)
    base = dict(user=u, src=src, city=u.office, lat=geo(u.office)[0], lon=geo(u.office)[1], dev='laptop',
                app='Office 365 Exchange Online' if src == 'entra' else 'Timeføring', attack=None, trap=tid)
    ip = OFFICE_IPS[u.office][0]
    evs = []
    for k in range(fails):
        evs.append(dict(base, t=t + timedelta(seconds=14 * k + R.randint(0, 9)), ip=ip, ok=False, code=code))
    evs.append(dict(base, t=t + timedelta(seconds=14 * fails + 20), ip=ip, ok=True, code=0))
    EVENTS.extend(evs)
    a, b = window_of(evs)
    trap(tid, src, 'typo_burst_then_success', [u.upn if src == 'entra' else u.login], [ip], a, b,
         f'{u.display} mistypes the password {fails} times at the office, then signs in; usual device and network.')


def flight_text(login, src, which):
    u = U(login)
    dep, arr, dest, bdep, barr = sorted(u.trips)[which]
    before = max((e for e in EVENTS if e['user'] is u and e['src'] == src and e['t'] <= dep), key=lambda e: e['t'])
    after = min((e for e in EVENTS if e['user'] is u and e['src'] == src and e['t'] >= arr), key=lambda e: e['t'])
    d = km((before['lat'], before['lon']), (after['lat'], after['lon']))
    h = (after['t'] - before['t']).total_seconds() / 3600
    return f'last sign-in in {before["city"]} {iso(before["t"])}, first in {after["city"]} {iso(after["t"])}: {d:,.0f} km in {h:.1f} h = {d / h:,.0f} km/h'


mark_trip_trap('T01', 'ole.brekke', 'entra', 2, 'plausible_flight',
               'Flight Oslo -> New York; ' + flight_text('ole.brekke', 'entra', 2) + '. Ole has been to Houston twice '
               'before (US known), same laptop and phone.')
mark_trip_trap('T02', 'ole.brekke', 'csv', 2, 'plausible_flight', 'The same flight seen by the SSO; ' + flight_text('ole.brekke', 'csv', 2) + '.')
mark_trip_trap('T03', 'andre.vold', 'entra', 2, 'known_travel', 'Third service trip to the same Aberdeen yard (GB seen twice before).')
mark_trip_trap('T04', 'andre.vold', 'csv', 2, 'known_travel', 'The same Aberdeen trip seen by the SSO.')
mark_trip_trap('T05', 'bjorn.tangen', 'entra', 1, 'known_travel', 'Second trip to the Singapore yard (SG seen in week 1); '
               'works Singapore daytime = Norwegian night.')
typo_trap('T06', 'guro.nilsen', 'entra', D(11, 9), 8, 2, 3, 50126)
typo_trap('T07', 'kjersti.aune', 'csv', D(11, 3), 7, 48, 2, 1)
nv = U('vegard.holm')
trap('T08', 'entra', 'night_shift', [nv.upn], [], datetime.combine(START + timedelta(days=WARMUP_DAYS), time(0), OSLO).astimezone(UTC),
     datetime.combine(START + timedelta(days=DAYS), time(0), OSLO).astimezone(UTC),
     'Vegard Holm works the remote-monitoring desk at night (4 on, 4 off), always 21:15-06:35, from the office.')
trap('T09', 'csv', 'night_shift', [nv.login], [], TRAPS[-1]['start'], TRAPS[-1]['end'], 'The same night worker in the SSO.')
for e in EVENTS:
    if e['user'] is nv:
        e['trap'] = e['trap'] or ('T08' if e['src'] == 'entra' else 'T09')
vpn_new = [e for e in EVENTS if e['ip'] == VPN_NEW]
for e in vpn_new:
    e['trap'] = e['trap'] or ('T10' if e['src'] == 'entra' else 'T11')
for tid, src in (('T10', 'entra'), ('T11', 'csv')):
    evs = [e for e in vpn_new if e['src'] == src]
    a, b = window_of(evs)
    trap(tid, src, 'vpn_exit_change', sorted({(e['user'].upn if src == 'entra' else e['user'].login) for e in evs}), [VPN_NEW], a, b,
         f'From 2026-11-09 the company VPN exits through {VPN_NEW} (a new provider, Oslo) instead of {VPN_OLD}; '
         f'every VPN user appears from the new address.')


# ----------------------------------------------------------------------------- attacks
ATTACKS = []


def attack(aid, src, kind, rules, users, ips, evs, description):
    for e in evs:
        e['attack'] = aid
        e['trap'] = None
    EVENTS.extend(evs)
    a, b = window_of(evs)
    ATTACKS.append(dict(id=aid, file=src, kind=kind, primary=rules[0], rules=rules, users=users, ips=ips, start=a, end=b,
                        events=len(evs), description=description))


def ev(src, u_or_name, t, ip, city, ok, code, dev, app, client='Browser'):
    la, lo = geo(city) if city else (None, None)
    u = u_or_name if isinstance(u_or_name, User) else None
    return dict(t=t, user=u, uname=None if u else u_or_name, src=src, ip=ip, city=city, lat=la, lon=lo, ok=ok, code=code,
                dev=dev, app=app, client=client, attack=None, trap=None)


def T(m, d, hh, mm, ss=0):
    return datetime(2026, m, d, hh, mm, ss, tzinfo=OSLO).astimezone(UTC)


LINUX_FF = {'deviceId': '', 'displayName': '', 'operatingSystem': 'Linux', 'browser': 'Firefox 143.0',
            'isCompliant': False, 'isManaged': False, 'trustType': ''}
WIN_CHROME = {'deviceId': '', 'displayName': '', 'operatingSystem': 'Windows10', 'browser': 'Chrome 139.0.0',
              'isCompliant': False, 'isManaged': False, 'trustType': ''}


def clear_around(u, src, t, hours):
    """Drop the user's benign events within +-hours of t (keeps a planted attack unambiguous)."""
    EVENTS[:] = [e for e in EVENTS if not (e['user'] is u and e['src'] == src and not e['attack'] and not e['trap']
                                         and abs((e['t'] - t).total_seconds()) < hours * 3600)]


def first_on(u, src, day, after_hour):
    t0 = datetime.combine(day, time(after_hour), OSLO).astimezone(UTC)
    return min((e for e in EVENTS if e['user'] is u and e['src'] == src and e['ok'] and e['t'] >= t0 and not e['attack']),
               key=lambda e: e['t'])


def last_before(u, src, t):
    prev = [e for e in EVENTS if e['user'] is u and e['src'] == src and e['t'] < t and e['ok']]
    return max(prev, key=lambda e: e['t'])


# --- Entra
u = U('marte.solheim')
t0, ip = T(10, 27, 14, 2, 11), '185.220.101.47'
evs = [ev('entra', u, t0 + timedelta(seconds=4 * k + R.randint(0, 3)), ip, 'Frankfurt am Main', False, 50126 if k < 39 else 50053, WIN_CHROME,
          'OfficeHome') for k in range(42)]
attack('A01', 'entra', 'brute_force_fast', ['brute_force'], [u.upn], [ip], evs,
       '42 failed passwords in under 3 minutes against one account from a Tor exit; the last ones hit the lockout (50053).')

u = U('oyvind.rasmussen')
t, ip, evs = T(11, 3, 21, 10), '45.134.26.19', []
while t < T(11, 4, 5, 40):
    evs.append(ev('entra', u, t, ip, 'Amsterdam', False, 50126, WIN_CHROME, 'Office 365 Exchange Online'))
    t += timedelta(minutes=R.randint(20, 34), seconds=R.randint(0, 59))
attack('A02', 'entra', 'brute_force_slow', ['brute_force'], [u.upn], [ip], evs,
       f'Slow brute force on the managing director: {len(evs)} failures, one every 20-35 min through the night, one hosting IP.')

ip, t0 = '103.151.140.22', T(11, 5, 2, 11)
targets = R.sample([x for x in USERS if not x.night], 38)
ghosts = ['post', 'admin', 'faktura', 'ola.nordmann', 'test', 'regnskap']
names = [x.upn for x in targets] + [f'{g}@{DOMAIN}' for g in ghosts]
R.shuffle(names)
evs = []
for k, name in enumerate(names):
    x = next((y for y in USERS if y.upn == name), None)
    evs.append(ev('entra', x or name, t0 + timedelta(seconds=48 * k + R.randint(0, 30)), ip, 'Ho Chi Minh City', False,
                  50126 if x else 50034, WIN_CHROME, 'Azure Active Directory PowerShell', 'Mobile Apps and Desktop clients'))
attack('A03', 'entra', 'password_spray', ['password_spray', 'brute_force'], [], [ip], evs,
       f'Password spray: one IP tries one password against {len(names)} accounts (6 do not exist: 50034) in 37 minutes.')

pool = [('Dallas', '23.94.'), ('São Paulo', '177.37.'), ('Mumbai', '49.36.'), ('Jakarta', '36.85.'), ('Hanoi', '113.160.'),
        ('Istanbul', '88.230.'), ('Seoul', '121.134.'), ('Warsaw', '83.24.'), ('Bogotá', '181.49.'), ('Cairo', '41.44.'),
        ('Manila', '112.198.'), ('Los Angeles', '172.58.'), ('Paris', '90.63.'), ('Tokyo', '126.15.'), ('Johannesburg', '102.65.'),
        ('Kuala Lumpur', '175.139.'), ('Chicago', '98.228.'), ('Moscow', '95.165.')]
srcs = [(c, p + f'{R.randint(1, 254)}.{R.randint(2, 253)}') for c, p in pool for _ in range(2)][:31]
victims = R.sample([x for x in USERS if not x.night and x.login not in ('sindre.aasen', 'hilde.bakke')], 16) + [U('sindre.aasen'), U('hilde.bakke')]
old = ['karin.dahl', 'petter.vik', 'line.moe', 'bjarne.hus', 'salg', 'innkjop', 'tove.lien', 'roar.bo', 'support']
names = [x.upn for x in victims] + [f'{o}@{DOMAIN}' for o in old]
R.shuffle(names)
t0, evs = T(11, 10, 10, 4), []
for k, name in enumerate(names):
    c, sip = srcs[k % len(srcs)]
    x = next((y for y in USERS if y.upn == name), None)
    okk = x is not None and x.login in ('sindre.aasen', 'hilde.bakke')
    evs.append(ev('entra', x or name, t0 + timedelta(minutes=7.5 * k, seconds=R.randint(0, 200)), sip, c, okk,
                  0 if okk else (50126 if x else 50034), WIN_CHROME, 'Office 365 Exchange Online',
                  R.choice(['Authenticated SMTP', 'IMAP4', 'Exchange ActiveSync'])))
for k in range(len(names), 31):
    c, sip = srcs[k]
    x = R.choice(victims[:16])
    evs.append(ev('entra', x, t0 + timedelta(minutes=7.5 * k, seconds=R.randint(0, 200)), sip, c, False, 50126, WIN_CHROME,
                  'Office 365 Exchange Online', 'IMAP4'))
attack('A04', 'entra', 'credential_stuffing',
       ['credential_stuffing', 'password_spray', 'brute_force', 'new_country', 'impossible_travel', 'success_after_failures'],
       sorted({e['user'].upn if e['user'] else e['uname'] for e in evs}), sorted({e['ip'] for e in evs}), evs,
       'Credential stuffing over legacy protocols: 31 addresses in 18 countries, one attempt each against 27 accounts '
       '(9 former or invented), 3.5 hours; two real accounts succeed (sindre.aasen, hilde.bakke).')

u = U('jonas.eide')
t0, ip = T(11, 12, 16, 20, 5), '91.219.237.12'
evs = [ev('entra', u, t0 + timedelta(seconds=22 * k + R.randint(0, 8)), ip, 'Bucharest', False, 50126, WIN_CHROME, 'OfficeHome')
       for k in range(11)]
evs.append(ev('entra', u, t0 + timedelta(seconds=22 * 11 + 15), ip, 'Bucharest', True, 0, WIN_CHROME, 'OfficeHome'))
evs.append(ev('entra', u, t0 + timedelta(minutes=9), ip, 'Bucharest', True, 0, WIN_CHROME, 'Office 365 Exchange Online'))
evs.append(ev('entra', u, t0 + timedelta(minutes=17), ip, 'Bucharest', True, 0, WIN_CHROME, 'Office 365 SharePoint Online'))
attack('A05', 'entra', 'success_after_failures', ['success_after_failures', 'brute_force'], [u.upn], [ip], evs,
       '11 failures in 4 minutes from one foreign IP, then a success and mailbox/SharePoint access.')

u = U('kari.lunde')
t1 = T(11, 16, 9, 52)
prev = last_before(u, 'entra', t1)
ip = '197.210.84.33'
evs = [ev('entra', u, t1, ip, 'Lagos', True, 0, WIN_CHROME, 'Office 365 Exchange Online'),
       ev('entra', u, t1 + timedelta(minutes=6), ip, 'Lagos', True, 0, WIN_CHROME, 'OfficeHome')]
attack('A06', 'entra', 'impossible_travel', ['impossible_travel', 'new_country', 'new_device'], [u.upn], [ip], evs,
       f'Success from Lagos {int((t1 - prev["t"]).total_seconds() // 60)} min after a success in {prev["city"]} '
       f'({int(km((prev["lat"], prev["lon"]), geo("Lagos")))} km).')

u = U('per.strand')
t1 = T(11, 18, 15, 20)
prev = last_before(u, 'entra', t1)
ip = '103.6.150.77'
evs = [ev('entra', u, t1, ip, 'Singapore', True, 0, u.laptop_entra(t1), 'Office 365 SharePoint Online')]
attack('A07', 'entra', 'impossible_travel', ['impossible_travel', 'new_country'], [u.upn], [ip], evs,
       f'Success from Singapore {round((t1 - prev["t"]).total_seconds() / 3600, 1)} h after {prev["city"]} '
       f'({int(km((prev["lat"], prev["lon"]), geo("Singapore")))} km); the device detail is copied from his laptop.')

u = U('tone.haugland')
t1 = T(11, 22, 13, 40)
clear_around(u, 'entra', t1, 18)
prev = last_before(u, 'entra', t1)
ip = '179.191.87.140'
evs = [ev('entra', u, t1 + timedelta(minutes=m), ip, 'São Paulo', True, 0, WIN_CHROME, a)
       for m, a in ((0, 'OfficeHome'), (3, 'Office 365 Exchange Online'), (25, 'Office 365 SharePoint Online'))]
attack('A08', 'entra', 'new_country', ['new_country', 'new_device', 'impossible_travel'], [u.upn], [ip], evs,
       f'Sunday: first sign-in ever from Brazil, {round((t1 - prev["t"]).total_seconds() / 3600, 1)} h after the last one in '
       f'{prev["city"]} (flight possible); unknown browser.')

u = U('eirik.moen')
t1, ip = T(11, 20, 10, 15), '84.215.33.190'
evs = [ev('entra', u, t1 + timedelta(minutes=m), ip, 'Ålesund', True, 0, LINUX_FF, a)
       for m, a in ((0, 'OfficeHome'), (2, 'Office 365 Exchange Online'), (11, 'Office 365 SharePoint Online'))]
attack('A09', 'entra', 'new_device', ['new_device'], [u.upn], [ip], evs,
       'Office hours, home town, but a Linux/Firefox browser never seen for this account and an unfamiliar address.')

u = U('stian.vik')
t1 = T(11, 21, 3, 7)
ip = u.home_ip(t1)
evs = [ev('entra', u, t1 + timedelta(minutes=m), ip, 'Ålesund', True, 0, u.laptop_entra(t1), a)
       for m, a in ((0, 'Azure Portal'), (4, 'Microsoft Azure PowerShell'), (19, 'Microsoft 365 admin center'), (24, 'Azure Portal'))]
for e in evs:
    e['lat'], e['lon'] = geo('Ålesund', ip)
attack('A10', 'entra', 'off_hours_admin', ['off_hours'], [u.upn], [ip], evs,
       'IT administrator in the admin portals at 03:07 on a Saturday night; he never works at night. Known laptop and home IP.')

# --- SSO (csv)
u = U('lars.nygard')
t0, ip = T(10, 28, 19, 40, 3), '5.188.206.14'
evs = [ev('csv', u, t0 + timedelta(seconds=7 * k + R.randint(0, 4)), ip, 'Saint Petersburg', False, 1, 'Windows 10 (Chrome)', 'Intranett')
       for k in range(35)]
attack('A11', 'csv', 'brute_force_fast', ['brute_force'], [u.login], [ip], evs, '35 failed passwords in 4 minutes from one address.')

srcs2 = [(c, p + f'{R.randint(1, 254)}.{R.randint(2, 253)}') for c, p in reversed(pool) for _ in range(2)][:24]
victims = R.sample([x for x in USERS if not x.night and x.login not in ('siri.lindahl', 'magnus.tveit', 'espen.grytten')], 19) + \
    [U('siri.lindahl'), U('magnus.tveit'), U('espen.grytten')]
R.shuffle(victims)
t0, evs = T(11, 6, 3, 0), []
for k, x in enumerate(victims):
    c, sip = srcs2[k]
    okk = x.login in ('siri.lindahl', 'magnus.tveit', 'espen.grytten')
    evs.append(ev('csv', x, t0 + timedelta(minutes=6 * k, seconds=R.randint(0, 200)), sip, c, okk, 0 if okk else 1,
                  'Windows 10 (Chrome)', R.choice(['Intranett', 'Dokumentarkiv'])))
for k in range(len(victims), 24):
    c, sip = srcs2[k]
    evs.append(ev('csv', R.choice(victims), t0 + timedelta(minutes=6 * k, seconds=R.randint(0, 200)), sip, c, False, 1,
                  'Windows 10 (Chrome)', 'Intranett'))
attack('A12', 'csv', 'credential_stuffing',
       ['credential_stuffing', 'password_spray', 'brute_force', 'new_country', 'impossible_travel', 'success_after_failures'],
       sorted({e['user'].login for e in evs}), sorted({e['ip'] for e in evs}), evs,
       'Credential stuffing at night: 24 addresses, one attempt each against 22 accounts; 3 succeed.')

u = U('mats.karlsen')
t1 = first_on(u, 'csv', D(11, 11), 9)['t'] + timedelta(minutes=25)
prev = last_before(u, 'csv', t1)
ip = '95.165.12.201'
evs = [ev('csv', u, t1, ip, 'Moscow', True, 0, u.laptop_csv(), 'Servicejournal'),
       ev('csv', u, t1 + timedelta(minutes=4), ip, 'Moscow', True, 0, u.laptop_csv(), 'Dokumentarkiv')]
attack('A13', 'csv', 'impossible_travel', ['impossible_travel', 'new_country'], [u.login], [ip], evs,
       f'Success from Moscow {int((t1 - prev["t"]).total_seconds() // 60)} min after {prev["city"]} '
       f'({int(km((prev["lat"], prev["lon"]), geo("Moscow")))} km), device string copied.')

u = U('silje.berg')
t1, ip = T(11, 14, 14, 20), '113.161.44.9'
clear_around(u, 'csv', t1, 15)
prev = last_before(u, 'csv', t1)
evs = [ev('csv', u, t1 + timedelta(minutes=m), ip, 'Hanoi', True, 0, 'Windows 10 (Chrome)', a)
       for m, a in ((0, 'Intranett'), (6, 'Dokumentarkiv'), (31, 'Dokumentarkiv'))]
attack('A14', 'csv', 'new_country', ['new_country', 'new_device', 'impossible_travel'], [u.login], [ip], evs,
       f'Saturday sign-ins from Vietnam, first time ever, from an unknown device; previous sign-in '
       f'{round((t1 - prev["t"]).total_seconds() / 3600, 1)} h earlier in {prev["city"]} (flight possible).')

u = U('anders.lie')
t0, ip = T(11, 17, 12, 30), '193.32.162.45'
evs = [ev('csv', u, t0 + timedelta(seconds=25 * k + R.randint(0, 9)), ip, 'Amsterdam', False, 1, 'Windows 10 (Chrome)', 'Dokumentarkiv')
       for k in range(9)]
evs.append(ev('csv', u, t0 + timedelta(seconds=25 * 9 + 12), ip, 'Amsterdam', True, 0, 'Windows 10 (Chrome)', 'Dokumentarkiv'))
attack('A15', 'csv', 'success_after_failures', ['success_after_failures', 'brute_force'], [u.login], [ip], evs,
       '9 failures in 4 minutes from one address, then a success.')

# ----------------------------------------------------------------------------- SSH world (hopp01)
SSH = []   # (utc, kind, user, ip, extra)   kind in accepted_pk, accepted_pw, failed_pw, failed_invalid, cron
SSH_USERS = {'stian': 1001, 'hanne': 1002, 'tore': 1003, 'linn': 1004, 'martin': 1005, 'drift': 1100, 'backup': 1101,
             'ansible': 1102, 'deploy': 1103, 'rune': 1006}
DESK = {'stian': '10.20.1.31', 'hanne': '10.20.1.32', 'tore': '10.20.1.45', 'linn': '10.20.1.46', 'martin': '10.20.1.47'}
SSH_PERSON = {'stian': 'stian.vik', 'hanne': 'hanne.myklebust', 'tore': 'tore.ronneberg', 'linn': 'linn.aarflot', 'martin': 'martin.sandvik'}
PW_USERS = {'linn', 'drift', 'rune'}


def ssh_benign():
    for dd in range(DAYS):
        day = START + timedelta(days=dd)
        wk = day.weekday() < 5
        for name in DESK:
            if not wk:
                if name in ('stian', 'hanne') and R.random() < 0.15:
                    t = datetime.combine(day, time(11, 0), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 480))
                    SSH.append((t, 'accepted_pk', name, f'10.8.0.{R.randint(10, 200)}', None))
                continue
            home = R.random() < 0.25
            ip = f'10.8.0.{R.randint(10, 200)}' if home else DESK[name]
            start = datetime.combine(day, time(7, 30), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 80))
            end = datetime.combine(day, time(15, 40), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 90))
            for _ in range(R.randint(4, 10)):
                t = start + (end - start) * R.random()
                if name in PW_USERS:
                    if R.random() < 0.02:
                        SSH.append((t - timedelta(seconds=R.randint(5, 20)), 'failed_pw', name, ip, None))
                    SSH.append((t, 'accepted_pw', name, ip, None))
                else:
                    SSH.append((t, 'accepted_pk', name, ip, None))
            if name in ('stian', 'hanne') and R.random() < 0.4:        # the shared ops account, with its password
                t = start + (end - start) * R.random()
                if R.random() < 0.05:
                    SSH.append((t - timedelta(seconds=9), 'failed_pw', 'drift', ip, None))
                SSH.append((t, 'accepted_pw', 'drift', ip, None))
        # service accounts
        for h in range(24):
            t = datetime.combine(day, time(0), OSLO).astimezone(UTC) + timedelta(hours=h, minutes=15, seconds=R.randint(0, 9))
            SSH.append((t, 'accepted_pk', 'backup', '10.20.5.10', None))
        t = datetime.combine(day, time(2, 30), OSLO).astimezone(UTC) + timedelta(seconds=R.randint(0, 20))
        SSH.append((t, 'accepted_pk', 'ansible', '10.20.5.11', None))
        if wk:
            for _ in range(R.randint(0, 3)):
                t = datetime.combine(day, time(8, 30), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 450))
                SSH.append((t, 'accepted_pk', 'ansible', '10.20.5.11', None))
            for _ in range(R.randint(5, 14)):
                t = datetime.combine(day, time(8, 0), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 600))
                SSH.append((t, 'accepted_pk', 'deploy', '10.20.5.20', None))
            if day.weekday() in (1, 3):
                t = datetime.combine(day, time(9, 0), OSLO).astimezone(UTC) + timedelta(minutes=R.randint(0, 300))
                for k in range(R.randint(1, 3)):
                    SSH.append((t + timedelta(minutes=40 * k), 'accepted_pw', 'rune', '198.51.100.88', None))


ssh_benign()
SSH_ATTACK = {}    # index -> attack id
SSH_TRAP = {}


def ssh_attack(aid, kind, rules, users, ips, items, description):
    i0 = len(SSH)
    SSH.extend(items)
    for i in range(i0, len(SSH)):
        SSH_ATTACK[i] = aid
    a, b = min(x[0] for x in items), max(x[0] for x in items)
    ATTACKS.append(dict(id=aid, file='sshd', kind=kind, primary=rules[0], rules=rules, users=users, ips=ips, start=a, end=b,
                        events=sum(1 for x in items if x[1] != 'noise'), description=description))


# typo trap (linn)
t = T(11, 4, 8, 55, 10)
i0 = len(SSH)
SSH.extend([(t, 'failed_pw', 'linn', DESK['linn'], None), (t + timedelta(seconds=11), 'failed_pw', 'linn', DESK['linn'], None),
            (t + timedelta(seconds=25), 'accepted_pw', 'linn', DESK['linn'], None)])
for i in range(i0, len(SSH)):
    SSH_TRAP[i] = 'T12'
trap('T12', 'sshd', 'typo_burst_then_success', ['linn'], [DESK['linn']], t, t + timedelta(seconds=25),
     'Linn mistypes her password twice at her desk, then gets in.')
trap('T13', 'sshd', 'night_shift', ['backup', 'ansible'], ['10.20.5.10', '10.20.5.11'],
     datetime.combine(START + timedelta(days=WARMUP_DAYS), time(0), OSLO).astimezone(UTC),
     datetime.combine(START + timedelta(days=DAYS), time(0), OSLO).astimezone(UTC),
     'Service accounts that log in every hour (backup) and at 02:30 every night (ansible), from fixed internal hosts.')

ip, t0 = '218.92.0.107', T(10, 29, 1, 12, 30)
items = []
for k in range(160):
        name = 'root' if k % 8 else R.choice(['admin', 'ubuntu', 'oracle'])
        items.append((t0 + timedelta(seconds=2.2 * k + R.random()), 'failed_pw' if name == 'root' else 'failed_invalid', name, ip, None))
ssh_attack('A16', 'brute_force_fast', ['brute_force', 'password_spray'], ['root'], [ip], items,
           '160 password guesses in 6 minutes from one address, mostly root.')

ip, t0 = '198.51.100.203', T(11, 2, 16, 0, 40)
spray = ['admin', 'test', 'oracle', 'postgres', 'git', 'user', 'ubuntu', 'ftp', 'guest', 'support', 'deploy', 'jenkins', 'pi',
         'www', 'mysql', 'backup', 'stian', 'tore', 'hanne', 'martin', 'linn', 'drift', 'service', 'operator', 'dev', 'nagios',
         'minecraft', 'teamspeak', 'es', 'hadoop', 'sftp', 'odoo', 'vagrant', 'tomcat', 'ansible', 'demo']
items = []
for k, name in enumerate(spray):
    kind = 'failed_pw' if name in SSH_USERS else 'failed_invalid'
    items.append((t0 + timedelta(seconds=40 * k + R.randint(0, 25)), kind, name, ip, None))
ssh_attack('A17', 'password_spray', ['password_spray', 'brute_force'], [], [ip], items,
           f'{len(spray)} different user names, one guess each, in 25 minutes from one address.')

ip, t, items = '61.177.172.61', T(11, 7, 20, 0, 5), []
while t < T(11, 8, 6, 0):
    items.append((t, 'failed_pw', 'drift', ip, None))
    t += timedelta(minutes=R.randint(15, 22), seconds=R.randint(0, 59))
ssh_attack('A18', 'brute_force_slow', ['brute_force'], ['drift'], [ip], items,
           f'Slow brute force on the shared ops account: {len(items)} guesses, one every 15-22 min for 10 hours.')

ip, t0 = '80.94.95.116', T(11, 13, 22, 40, 2)
items = [(t0 + timedelta(seconds=26 * k + R.randint(0, 7)), 'failed_pw', 'drift', ip, None) for k in range(13)]
items.append((t0 + timedelta(seconds=26 * 13 + 9), 'accepted_pw', 'drift', ip, None))
ssh_attack('A19', 'success_after_failures', ['success_after_failures', 'brute_force'], ['drift'], [ip], items,
           '13 failed passwords for the shared ops account from an outside address, then "Accepted password".')

t0 = T(11, 19, 3, 14, 22)
ip = '10.8.0.57'
items = [(t0, 'accepted_pk', 'stian', ip, None), (t0 + timedelta(minutes=21), 'accepted_pk', 'stian', ip, None)]
ssh_attack('A20', 'off_hours_admin', ['off_hours'], ['stian'], [ip], items,
           'The administrator logs in at 03:14 on a Thursday from the VPN pool; his history is 07:30-17:30 on weekdays.')


# ----------------------------------------------------------------------------- writers
FAIL_TEXT = {0: 'Other.', 50126: 'Error validating credentials due to invalid username or password.',
             50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
             50034: 'The user account does not exist in the directory. To sign into this application, the account must be added to the directory.',
             50074: 'Strong Authentication is required.',
             50140: "This error occurred due to 'Keep me signed in' interrupt when the user was signing in."}
def write_entra(evs):
    rows = []
    for e in evs:
        u = e['user']
        if isinstance(e['dev'], dict):
            dd = e['dev']
        elif e['dev'] == 'phone':
            dd = u.phone_entra()
        else:
            dd = u.laptop_entra(e['t'])
        city = e['city']
        c = CITIES[city]
        rows.append({
            'id': guid(),
            'createdDateTime': iso(e['t']),
            'userDisplayName': u.display if u else '',
            'userPrincipalName': u.upn if u else e['uname'],
            'appDisplayName': e['app'],
            'ipAddress': e['ip'],
            'clientAppUsed': e.get('client') or ('Mobile Apps and Desktop clients' if e['dev'] == 'phone' else 'Browser'),
            'conditionalAccessStatus': 'success' if e['ok'] else ('notApplied' if e['code'] in (50126, 50034, 50053) else 'failure'),
            'isInteractive': True,
            'riskLevelDuringSignIn': 'none',
            'status': {'errorCode': e['code'], 'failureReason': FAIL_TEXT.get(e['code'], 'Other.'),
                       'additionalDetails': 'MFA requirement satisfied by claim in the token' if e['ok'] and R.random() < 0.3 else None},
            'deviceDetail': dd,
            'location': {'city': ENTRA_CITY.get(city, city), 'state': c[1], 'countryOrRegion': c[0],
                         'geoCoordinates': {'altitude': None, 'latitude': e['lat'], 'longitude': e['lon']}},
        })
    rows.sort(key=lambda r: r['createdDateTime'], reverse=True)     # the portal lists newest first
    with open(os.path.join(HERE, 'entra_signins.json'), 'w', encoding='utf-8') as f:
        f.write('[\n')
        f.write(',\n'.join(json.dumps(r, ensure_ascii=False, separators=(',', ':')) for r in rows))
        f.write('\n]\n')


def write_csv(evs):
    evs = sorted(evs, key=lambda e: e['t'])
    with open(os.path.join(HERE, 'sso_signins.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['time', 'user', 'ip', 'result', 'country', 'city', 'lat', 'lon', 'device', 'app'])
        for e in evs:
            u = e['user']
            if isinstance(e['dev'], str) and e['dev'] in ('laptop', 'phone'):
                dev = u.laptop_csv() if e['dev'] == 'laptop' else u.phone_model
            else:
                dev = e['dev']
            w.writerow([e['t'].astimezone(OSLO).isoformat(timespec='seconds'), u.login if u else e['uname'], e['ip'],
                        'success' if e['ok'] else 'failure', CITIES[e['city']][0], e['city'], f'{e["lat"]:.4f}', f'{e["lon"]:.4f}',
                        dev, e['app']])


B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
FPRINT = {n: 'SHA256:' + ''.join(R.choice(B64) for _ in range(43)) for n in SSH_USERS}


def write_auth(items):
    lines = []       # (utc, text)
    pid = 41230
    sess = 3100

    def stamp(t):
        lt = t.astimezone(OSLO)
        return f'{lt.strftime("%b")} {lt.day:2d} {lt.strftime("%H:%M:%S")} {HOST}'

    for t, kind, name, ip, _ in sorted(items, key=lambda x: x[0]):
        pid += R.randint(3, 40)
        port = R.randint(32768, 60999)
        if kind == 'accepted_pk':
            sess += 1
            lines.append((t, f'{stamp(t)} sshd[{pid}]: Accepted publickey for {name} from {ip} port {port} ssh2: ED25519 {FPRINT[name]}'))
            lines.append((t, f'{stamp(t)} sshd[{pid}]: pam_unix(sshd:session): session opened for user {name}(uid={SSH_USERS[name]}) by (uid=0)'))
            lines.append((t, f'{stamp(t)} systemd-logind[611]: New session {sess} of user {name}.'))
            t2 = t + timedelta(seconds=R.randint(20, 3000) if name not in ('backup', 'deploy') else R.randint(5, 300))
            lines.append((t2, f'{stamp(t2)} sshd[{pid}]: pam_unix(sshd:session): session closed for user {name}'))
        elif kind == 'accepted_pw':
            sess += 1
            lines.append((t, f'{stamp(t)} sshd[{pid}]: Accepted password for {name} from {ip} port {port} ssh2'))
            lines.append((t, f'{stamp(t)} sshd[{pid}]: pam_unix(sshd:session): session opened for user {name}(uid={SSH_USERS[name]}) by (uid=0)'))
            lines.append((t, f'{stamp(t)} systemd-logind[611]: New session {sess} of user {name}.'))
            if name in ('drift', 'stian', 'hanne') and R.random() < 0.5:
                t3 = t + timedelta(seconds=R.randint(20, 200))
                cmd = R.choice(['/usr/bin/systemctl restart nginx', '/usr/bin/journalctl -u postgresql', '/usr/bin/apt-get update'])
                lines.append((t3, f'{stamp(t3)} sudo:    {name} : TTY=pts/{R.randint(0, 4)} ; PWD=/home/{name} ; USER=root ; COMMAND={cmd}'))
            t2 = t + timedelta(seconds=R.randint(30, 2400))
            lines.append((t2, f'{stamp(t2)} sshd[{pid}]: pam_unix(sshd:session): session closed for user {name}'))
        elif kind == 'failed_pw':
            uid = SSH_USERS.get(name, 0)
            lines.append((t, f'{stamp(t)} sshd[{pid}]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={name}'))
            lines.append((t, f'{stamp(t)} sshd[{pid}]: Failed password for {name} from {ip} port {port} ssh2'))
            if not ip.startswith('10.'):
                lines.append((t, f'{stamp(t)} sshd[{pid}]: Connection closed by authenticating user {name} {ip} port {port} [preauth]'))
            del uid
        elif kind == 'failed_invalid':
            lines.append((t, f'{stamp(t)} sshd[{pid}]: Invalid user {name} from {ip} port {port}'))
            lines.append((t, f'{stamp(t)} sshd[{pid}]: pam_unix(sshd:auth): check pass; user unknown'))
            lines.append((t, f'{stamp(t)} sshd[{pid}]: Failed password for invalid user {name} from {ip} port {port} ssh2'))
            lines.append((t, f'{stamp(t)} sshd[{pid}]: Connection closed by invalid user {name} {ip} port {port} [preauth]'))
    # cron noise: not sign-ins
    for dd in range(DAYS):
        day = START + timedelta(days=dd)
        for h in range(0, 24, 1):
            t = datetime.combine(day, time(0), OSLO).astimezone(UTC) + timedelta(hours=h, minutes=17)
            p = R.randint(100000, 200000)
            lines.append((t, f'{stamp(t)} CRON[{p}]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)'))
            lines.append((t + timedelta(seconds=1), f'{stamp(t + timedelta(seconds=1))} CRON[{p}]: pam_unix(cron:session): session closed for user root'))
    lines.sort(key=lambda x: x[0])
    with open(os.path.join(HERE, 'auth.log'), 'w', encoding='utf-8') as f:
        for _, text in lines:
            f.write(text + '\n')


entra_evs = [e for e in EVENTS if e['src'] == 'entra']
csv_evs = [e for e in EVENTS if e['src'] == 'csv']
write_entra(entra_evs)
write_csv(csv_evs)
write_auth(SSH)
MTIME = datetime(2026, 11, 23, 8, 0, tzinfo=OSLO).timestamp()
os.utime(os.path.join(HERE, 'auth.log'), (MTIME, MTIME))


# ----------------------------------------------------------------------------- truth
def count(src):
    if src == 'sshd':
        sign = [i for i, x in enumerate(SSH) if x[1] in ('accepted_pk', 'accepted_pw', 'failed_pw', 'failed_invalid')]
        return len(sign), sum(1 for i in sign if i not in SSH_ATTACK)
    evs = entra_evs if src == 'entra' else csv_evs
    return len(evs), sum(1 for e in evs if not e['attack'])


FILES = {'entra': 'entra_signins.json', 'csv': 'sso_signins.csv', 'sshd': 'auth.log'}
truth = {
    'company': 'Havbris Marinelektro AS (invented), Ålesund / Bergen / Oslo, 60 employees, domain ' + DOMAIN,
    'period': {'start': iso(min(e['t'] for e in EVENTS)), 'end': iso(max(e['t'] for e in EVENTS))},
    'warmup_until': iso(datetime.combine(START + timedelta(days=WARMUP_DAYS), time(0), OSLO)),
    'baseline_rules_ignored_in_warmup': ['new_country', 'new_device', 'off_hours'],
    'match_slack_minutes': 30,
    'auth_log_mtime': iso(datetime.fromtimestamp(MTIME, UTC)),
    'files': {},
    'attacks': [],
    'traps': [],
}
for src, fn in FILES.items():
    total, benign = count(src)
    truth['files'][fn] = {'format': src, 'sign_in_events': total, 'benign_sign_ins': benign,
                          'attacks': sum(1 for a in ATTACKS if a['file'] == src), 'traps': sum(1 for t in TRAPS if t['file'] == src)}
for a in ATTACKS:
    truth['attacks'].append(dict(a, file=FILES[a['file']], start=iso(a['start']), end=iso(a['end'])))
for t in TRAPS:
    truth['traps'].append(dict(t, file=FILES[t['file']], start=iso(t['start']), end=iso(t['end'])))
with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write('\n')



def sanity():
    """Benign events after the warm-up: no first-ever country, no night sign-in for day workers, unless part of a trap."""
    warm = datetime.combine(START + timedelta(days=WARMUP_DAYS), time(0), OSLO).astimezone(UTC)
    seen, problems = {}, []
    for e in sorted(EVENTS, key=lambda e: e['t']):
        if e['attack'] or not e['user']:
            continue
        key = (e['user'].login, e['src'])
        c = CITIES[e['city']][0]
        if e['t'] >= warm and c not in seen.get(key, set()) and not e['trap']:
            problems.append(f'new country {c} {key} {e["t"]}')
        seen.setdefault(key, set()).add(c)
        lt = e['t'].astimezone(ZoneInfo(CITIES[e['city']][4]))
        if not e['user'].night and (lt.hour < 5 or (lt.hour == 5 and lt.minute < 30)) and e['t'] >= warm and not e['trap']:
            problems.append(f'night {key} {lt}')
    for p in problems[:20]:
        print('  CHECK', p)
    return len(problems)


if __name__ == '__main__':
    print('sanity problems:', sanity())
    for fn, info in truth['files'].items():
        print(f'{fn:22s} events {info["sign_in_events"]:6d}  benign {info["benign_sign_ins"]:6d}  attacks {info["attacks"]:2d}  traps {info["traps"]}')
    print(f'benign total {sum(i["benign_sign_ins"] for i in truth["files"].values())}; attacks {len(ATTACKS)}; traps {len(TRAPS)}; '
          f'benign events dropped by the speed check {DROPPED}')
