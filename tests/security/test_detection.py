"""The sign-in rules: each attack raises its alert with a plain reason; the traps raise nothing."""

import random
from datetime import UTC, datetime, timedelta

import pytest

from fornuft.security.detection import Detector, KnownTravel, Thresholds, detect
from fornuft.security.geo import Networks, distance_km
from fornuft.security.signins import SignIn

START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # a Monday, 08:00 in Oslo
BERGEN = ("NO", "Bergen", 60.39, 5.32)
OSLO = ("NO", "Oslo", 59.91, 10.75)
LAGOS = ("NG", "Lagos", 6.52, 3.38)
LONDON = ("GB", "London", 51.51, -0.13)
FRANKFURT = ("DE", "Frankfurt", 50.11, 8.68)


def sign_in(when, user, ip, success=True, place=BERGEN, device="laptop-kari", app="Outlook"):
    country, city, lat, lon = place
    return SignIn(when.timestamp(), user, ip, success, country, city, lat, lon, device, app, "test")


def workdays(user="kari", ip="84.210.1.2", days=20, place=BERGEN, device="laptop-kari", hour=8, app="Outlook"):
    """A month of ordinary sign-ins: two a working day, around `hour` and after lunch (UTC)."""
    events = []
    for day in range(days):
        date = START + timedelta(days=day)
        if date.weekday() >= 5:
            continue
        for offset in (0, 5):
            when = date.replace(hour=(hour + offset) % 24, minute=random.Random(day).randint(0, 40))
            events.append(sign_in(when, user, ip, place=place, device=device, app=app))
    return events


def rules(alerts):
    return sorted({a.rule for a in alerts})


def test_fast_brute_force_on_one_address_is_one_alert_with_its_first_and_last_failure():
    events = [sign_in(START + timedelta(seconds=i), f"user{i % 3}", "203.0.113.9", success=False) for i in range(30)]
    alerts = detect(events)
    brute = [a for a in alerts if a.rule == "brute_force"]
    assert len(brute) == 1
    assert brute[0].first_seen == START.timestamp() and brute[0].last_seen == events[-1].ts
    assert brute[0].ip == "203.0.113.9" and brute[0].severity == "high" and "203.0.113.9" in brute[0].reason


def test_a_slow_distributed_attack_on_one_account_is_brute_force():
    events = [sign_in(START + timedelta(seconds=20 * i), "ceo", f"198.51.100.{i}", success=False) for i in range(40)]
    alerts = detect(events)
    assert [(a.rule, a.user) for a in alerts] == [("brute_force", "ceo")]


def test_password_spray_one_address_many_accounts_once_each():
    events = [sign_in(START + timedelta(minutes=3 * i), f"ansatt{i}", "203.0.113.50", success=False)
              for i in range(12)]
    alerts = detect(events)
    assert "password_spray" in rules(alerts)
    spray = next(a for a in alerts if a.rule == "password_spray")
    assert spray.user is None and spray.ip == "203.0.113.50"


def test_credential_stuffing_many_new_addresses_many_accounts_some_success():
    history = [e for i in range(15) for e in workdays(f"ansatt{i}", f"84.210.1.{i}", days=10)]
    attack_start = START + timedelta(days=11, hours=3)
    attack = [sign_in(attack_start + timedelta(seconds=40 * i), f"ansatt{i % 15}", f"45.9.{i}.{i % 7}",
                      success=(i == 20), device="python-requests") for i in range(30)]
    alerts = detect(history + attack)
    assert "credential_stuffing" in rules(alerts)


def test_success_after_a_burst_from_a_new_address_but_not_a_typo_burst_at_home():
    history = workdays(days=15)
    when = START + timedelta(days=16, hours=1)
    typo = [sign_in(when + timedelta(seconds=10 * i), "kari", "84.210.1.2", success=False) for i in range(5)]
    typo.append(sign_in(when + timedelta(seconds=60), "kari", "84.210.1.2"))
    assert detect(history + typo) == []
    later = when + timedelta(hours=5)
    attack = [sign_in(later + timedelta(seconds=30 * i), "kari", "185.220.101.4", success=False) for i in range(6)]
    attack.append(sign_in(later + timedelta(minutes=4), "kari", "185.220.101.4", device="unknown"))
    alerts = detect(history + typo + attack)
    assert "success_after_failures" in rules(alerts)
    hit = next(a for a in alerts if a.rule == "success_after_failures")
    assert hit.user == "kari" and hit.ip == "185.220.101.4"


def test_impossible_travel_says_where_and_how_fast():
    history = workdays(days=15)
    bergen = START + timedelta(days=16)
    events = history + [sign_in(bergen, "kari", "84.210.1.2"),
                        sign_in(bergen + timedelta(minutes=40), "kari", "102.89.1.1", place=LAGOS, device="android-x")]
    alerts = detect(events)
    travel = next(a for a in alerts if a.rule == "impossible_travel")
    assert "Lagos" in travel.reason and "Bergen" in travel.reason and "40 minutes" in travel.reason
    assert round(distance_km(*BERGEN[2:], *LAGOS[2:]), -2) == pytest.approx(6000, abs=300)
    assert travel.severity == "high"
    assert "new_country" in rules(alerts)


def test_a_plausible_flight_raises_nothing():
    history = workdays(days=15)
    morning = START + timedelta(days=16)
    events = history + [sign_in(morning, "kari", "84.210.1.2"),
                        sign_in(morning + timedelta(hours=3), "kari", "81.2.69.160", place=LONDON)]
    assert detect(events) == []


def test_the_company_vpn_exit_is_not_travel_but_a_copied_device_string_does_not_hide_it():
    colleagues = [e for i in range(4) for e in workdays(f"kollega{i}", "185.1.1.1", days=15, place=FRANKFURT,
                                                        device=f"pc-{i}")]
    history = workdays(days=15)
    when = START + timedelta(days=16)
    vpn = colleagues + history + [sign_in(when, "kari", "84.210.1.2"),
                                  sign_in(when + timedelta(minutes=5), "kari", "185.1.1.1", place=FRANKFURT)]
    assert [a for a in detect(vpn) if a.rule == "impossible_travel"] == []
    stranger = history + [sign_in(when, "kari", "84.210.1.2"),
                          sign_in(when + timedelta(minutes=5), "kari", "95.1.1.1", place=FRANKFURT)]
    assert "impossible_travel" in rules(detect(stranger))


def test_a_browser_update_is_not_a_new_device():
    history = workdays(days=15, device="Windows10 / Edge 141.0.3")
    when = START + timedelta(days=16, hours=2)
    assert detect(history + [sign_in(when, "kari", "91.1.1.1", device="Windows10 / Edge 142.0.1")]) == []
    alerts = detect(history + [sign_in(when, "kari", "91.1.1.1", device="Linux / Firefox 133")])
    assert rules(alerts) == ["new_device"]


def test_the_vpn_allow_list_and_known_travel_suppress():
    history = workdays(days=15)
    when = START + timedelta(days=16)
    events = history + [sign_in(when, "kari", "84.210.1.2"),
                        sign_in(when + timedelta(minutes=30), "kari", "102.89.1.1", place=LAGOS, device="phone-2")]
    assert "impossible_travel" in rules(detect(events))
    assert detect(events, vpn=Networks(["102.89.0.0/16"])) == []
    trip = KnownTravel("kari", "NG", when.timestamp() - 3600, when.timestamp() + 86400)
    assert detect(events, travel=[trip]) == []


def test_new_device_from_a_new_place():
    history = workdays(days=15)
    when = START + timedelta(days=16, hours=2)
    same_address = history + [sign_in(when, "kari", "84.210.1.2", device="new-phone")]
    assert detect(same_address) == []
    new_place = history + [sign_in(when, "kari", "91.1.1.1", place=OSLO, device="strange-pc")]
    alerts = detect(new_place)
    assert rules(alerts) == ["new_device"] and alerts[0].severity == "low"


def test_an_admin_at_three_in_the_night_but_not_the_night_shift_worker():
    history = workdays("it-admin", "84.210.1.9", days=25, device="admin-pc", app="Azure Portal")
    night = START + timedelta(days=26)
    admin = history + [sign_in(night.replace(hour=2), "it-admin", "84.210.1.9", device="admin-pc",
                               app="Azure Portal")]
    alerts = detect(admin)
    assert rules(alerts) == ["off_hours"] and alerts[0].severity == "high" and "03:" in alerts[0].reason
    nights = workdays("nattevakt", "84.210.1.7", days=25, device="pc-7", hour=0)
    nights.append(sign_in((START + timedelta(days=26)).replace(hour=1), "nattevakt", "84.210.1.7", device="pc-7"))
    assert detect(nights) == []


def test_false_positive_feedback_tunes_the_baseline():
    history = workdays("it-admin", "84.210.1.9", days=25, device="admin-pc", app="Azure Portal")
    night = sign_in((START + timedelta(days=26)).replace(hour=2), "it-admin", "84.210.1.9", device="admin-pc",
                    app="Azure Portal")
    assert detect(history + [night])
    assert detect(history + [night], allowed={"it-admin": {"hour": {3}}}) == []


def test_thresholds_are_checked():
    assert Thresholds.from_dict({"fast_capacity": "8"}).fast_capacity == 8
    with pytest.raises(ValueError, match="unknown"):
        Thresholds.from_dict({"nonsense": 1})
    with pytest.raises(ValueError, match="negative"):
        Thresholds.from_dict({"fast_capacity": -1})
    with pytest.raises(ValueError, match="number"):
        Thresholds.from_dict({"fast_capacity": "many"})


def test_a_clock_jump_backwards_does_not_break_the_stream():
    detector = Detector()
    base = START.timestamp()
    for i in range(10):
        detector.feed(SignIn(base - 3600 * (i % 2), "kari", "10.0.0.1", False))
    assert detector.events == 10


def test_benign_month_of_a_small_company_is_quiet():
    events = []
    for i in range(40):
        events += workdays(f"ansatt{i}", f"84.210.2.{i}", days=30, device=f"pc-{i}")
    rng = random.Random(3)
    for event in rng.sample(events, 30):  # typos: one failure before a success
        events.append(SignIn(event.ts - 20, event.user, event.ip, False, event.country, event.city))
    alerts = detect(events)
    assert len(alerts) <= len(events) / 1000
