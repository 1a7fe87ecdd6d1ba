"""Places for sign-ins without a location of their own (sshd, Windows), from the GeoIP data
that `make install` installs, and from an admin's city table over it."""

import json
import os
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from fornuft.cli import cli
from fornuft.security.geo import installed_geoip, packaged_geoip

OSLO_TIME = ZoneInfo("Europe/Oslo")
NORWAY_IP, NIGERIA_IP = "84.208.0.1", "41.58.0.1"


@pytest.mark.parametrize(("ip", "country"), [
    ("84.208.0.1", "NO"), ("41.58.0.1", "NG"), ("8.8.8.8", "US"), ("2a02:2121::1", "NO"),
])
def test_the_installed_country_database_places_public_addresses(ip, country):
    assert packaged_geoip().lookup(ip)[0] == country


@pytest.mark.parametrize("ip", ["10.0.0.1", "192.168.1.20", "127.0.0.1", "::1", "not-an-ip", "", None, "999.1.1.1"])
def test_private_and_broken_addresses_have_no_place(ip):
    assert packaged_geoip().lookup(ip) is None


def test_an_admins_city_table_wins_and_the_country_database_fills_the_rest(tmp_path):
    table = tmp_path / "city.csv"
    table.write_text("84.208.0.0,84.208.255.255,NO,Bergen,60.39,5.32\n", encoding="utf-8")
    geoip = installed_geoip(table)
    assert geoip.lookup(NORWAY_IP) == ("NO", "Bergen", 60.39, 5.32)
    assert geoip.lookup(NIGERIA_IP)[0] == "NG"
    assert installed_geoip("off") is None


def _auth_log(path, lines):
    path.write_text("".join(lines), encoding="utf-8")
    last = datetime(2026, 11, 30, 12, 0, tzinfo=OSLO_TIME).timestamp()
    os.utime(path, (last, last))  # the year of a syslog line comes from the file's modification time


def _kari_at_home_then_lagos():
    lines = []
    day = datetime(2026, 11, 2, 8, 0)
    for number in range(20):
        when = day + timedelta(days=number)
        if when.weekday() < 5:
            lines.append(f"{when:%b %e %H:%M:%S} srv sshd[1]: Accepted publickey for kari from {NORWAY_IP} port 22\n")
    home = datetime(2026, 11, 24, 9, 0)
    away = home + timedelta(minutes=40)
    lines.append(f"{home:%b %e %H:%M:%S} srv sshd[2]: Accepted publickey for kari from {NORWAY_IP} port 22 ssh2\n")
    lines.append(f"{away:%b %e %H:%M:%S} srv sshd[3]: Accepted publickey for kari from {NIGERIA_IP} port 22 ssh2\n")
    return lines


def test_sshd_sign_ins_get_a_country_so_travel_and_new_countries_are_seen(tmp_path):
    log = tmp_path / "auth.log"
    _auth_log(log, _kari_at_home_then_lagos())
    result = CliRunner().invoke(cli, ["security", "logins", str(log), "--json"])
    assert result.exit_code == 0, result.output
    alerts = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    by_rule = {alert["rule"]: alert for alert in alerts}
    assert {"impossible_travel", "new_country"} <= set(by_rule)
    assert by_rule["impossible_travel"]["user"] == "kari" and by_rule["impossible_travel"]["ip"] == NIGERIA_IP
    assert "NG" in by_rule["new_country"]["reason"] or "Nigeria" in by_rule["new_country"]["reason"]


def test_geoip_off_gives_sshd_sign_ins_no_place(tmp_path):
    log = tmp_path / "auth.log"
    _auth_log(log, _kari_at_home_then_lagos())
    result = CliRunner().invoke(cli, ["security", "logins", str(log), "--json", "--geoip", "off"])
    assert result.exit_code == 0, result.output
    assert not {"impossible_travel", "new_country"} & {json.loads(line)["rule"] for line in result.output.splitlines()
                                                       if line.startswith("{")}


def test_an_unreadable_city_table_is_one_clear_line(tmp_path):
    log = tmp_path / "auth.log"
    _auth_log(log, _kari_at_home_then_lagos())
    result = CliRunner().invoke(cli, ["security", "logins", str(log), "--json", "--geoip", str(tmp_path / "nope.csv")])
    assert result.exit_code == 1
    assert "cannot read the GeoIP table" in result.output and "Traceback" not in result.output
