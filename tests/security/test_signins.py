"""Reading sign-in logs: every source, in any order, and bad lines counted, never raised."""

import json
import os
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from fornuft.security.signins import ParseReport, UnknownFormat, detect_format, parse_text, read_file

ENTRA_RECORD = {
    "createdDateTime": "2026-03-02T07:15:00Z", "userPrincipalName": "kari@nordlys.no", "ipAddress": "84.210.1.2",
    "appDisplayName": "Office 365 Exchange Online", "status": {"errorCode": 0},
    "location": {"city": "Bergen", "countryOrRegion": "NO", "geoCoordinates": {"latitude": 60.39, "longitude": 5.32}},
    "deviceDetail": {"deviceId": "dev-1", "operatingSystem": "Windows10", "browser": "Edge"},
}


def test_entra_json_array_and_json_lines_give_the_same_sign_ins():
    second = dict(ENTRA_RECORD, createdDateTime="2026-03-02T06:00:00Z", status={"errorCode": 50126,
                                                                                 "failureReason": "Invalid password"})
    as_array = list(parse_text(json.dumps([ENTRA_RECORD, second])))
    as_lines = list(parse_text(json.dumps(ENTRA_RECORD) + "\n" + json.dumps(second) + "\n"))
    assert as_array == as_lines
    first = as_array[0]
    assert (first.user, first.ip, first.success, first.country, first.city) == (
        "kari@nordlys.no", "84.210.1.2", True, "NO", "Bergen")
    assert (first.lat, first.lon, first.device) == (60.39, 5.32, "dev-1")
    assert as_array[1].success is False and as_array[1].detail == "Invalid password"


def test_a_truncated_entra_array_keeps_its_complete_records():
    text = json.dumps([ENTRA_RECORD, ENTRA_RECORD])[:-40]
    report = ParseReport()
    events = list(parse_text(text, report=report))
    assert len(events) == 1 and report.skipped == 1


def test_entra_portal_csv():
    text = ("Date (UTC),Username,IP address,Location,Status,Sign-in error code,Application,Device ID\n"
            "2026-03-02T07:15:00Z,kari@nordlys.no,84.210.1.2,\"Bergen, Vestland, NO\",Success,0,Office 365,d1\n"
            "2026-03-02T07:14:00Z,kari@nordlys.no,84.210.1.2,\"Bergen, Vestland, NO\",Failure,50126,Office 365,d1\n")
    events = list(parse_text(text))
    assert [(e.success, e.country, e.city) for e in events] == [(True, "NO", "Bergen"), (False, "NO", "Bergen")]


def test_syslog_lines_are_read_in_the_host_zone_with_the_year_of_the_file(tmp_path):
    log = tmp_path / "auth.log"
    log.write_text("Jul 14 10:00:00 srv sshd[1]: Failed password for kari from 10.1.1.1 port 22 ssh2\n"
                   "Jul 14 10:00:05 srv sshd[1]: Accepted password for kari from 10.1.1.1 port 22 ssh2\n"
                   "Jul 14 10:00:06 srv sshd[1]: pam_unix(sshd:session): session opened for user kari\n")
    stamp = datetime(2025, 8, 1, tzinfo=UTC).timestamp()
    os.utime(log, (stamp, stamp))
    report = ParseReport()
    events = read_file(log, report=report)
    assert [e.success for e in events] == [False, True]
    assert events[0].time == datetime(2025, 7, 14, 8, 0, tzinfo=UTC)  # 10:00 in Oslo (summer time)
    assert report.ignored == 1 and report.skipped == 0
    utc = read_file(log, zone="UTC")
    assert utc[0].time == datetime(2025, 7, 14, 10, 0, tzinfo=UTC)


def test_a_syslog_spanning_new_year_puts_december_in_the_year_before(tmp_path):
    log = tmp_path / "auth.log"
    log.write_text("Dec 31 23:59:00 srv sshd[1]: Invalid user a from 10.1.1.1 port 22\n"
                   "Jan  1 00:01:00 srv sshd[1]: Invalid user b from 10.1.1.1 port 22\n")
    stamp = datetime(2026, 1, 1, 1, tzinfo=UTC).timestamp()
    os.utime(log, (stamp, stamp))
    first, second = read_file(log)
    oslo = ZoneInfo("Europe/Oslo")
    assert first.time.astimezone(oslo).year == 2025 and second.time.astimezone(oslo).year == 2026
    assert second.ts - first.ts == 120


def test_garbled_and_truncated_lines_are_counted_not_raised():
    text = ("Feb 12 14:10:21 h sshd[1]: Invalid user pascal from 35.188.49.176 port 53502\n"
            "\x00\x01garbage\xff\n"
            "Feb 12 14:10:2\n"
            "Feb 31 14:10:21 h sshd[1]: Invalid user x from 1.1.1.1 port 1\n"
            "Feb 12 14:10:22 h sshd[1]: Invalid user pascal2 from 35.188.49.176 port 53502\n")
    report = ParseReport()
    events = list(parse_text(text, "sshd", report=report))
    assert len(events) == 2 and report.skipped == 3 and report.examples


def test_windows_xml_json_and_csv_events():
    xml = ('<Event><System><EventID>4625</EventID><TimeCreated SystemTime="2022-04-29T12:36:01.9027913Z" />'
           '<Computer>dc1</Computer></System><EventData><Data Name="TargetUserName">ola</Data>'
           '<Data Name="TargetDomainName">NORDLYS</Data><Data Name="IpAddress">192.168.9.212</Data>'
           '<Data Name="LogonType">3</Data></EventData></Event>\n')
    event, = parse_text(xml)
    assert (event.user, event.ip, event.success, event.time.second) == ("NORDLYS\\ola", "192.168.9.212", False, 1)
    records = [{"TimeCreated": "2024-01-02T08:00:00Z", "Id": 4624, "TargetUserName": "ola", "IpAddress": "10.0.0.5"},
               {"TimeCreated": "2024-01-02T08:00:00Z", "Id": 4624, "TargetUserName": "PC01$", "IpAddress": "10.0.0.6"},
               {"TimeCreated": "2024-01-02T08:00:00Z", "Id": 4634, "TargetUserName": "ola"}]
    events = list(parse_text(json.dumps(records), "windows"))
    assert [(e.user, e.success) for e in events] == [("ola", True)]  # computer account and logoff left out
    csv_text = "TimeCreated,EventID,TargetUserName,IpAddress\n2024-01-02 08:00:00,4625,ola,10.0.0.5\n"
    assert [e.success for e in parse_text(csv_text)] == [False]


def test_generic_csv_and_fornuft_security_log():
    text = ("time,user,ip,result,country,city,lat,lon,device,app\n"
            "2026-03-02T08:00:00+01:00,kari,10.0.0.1,success,NO,Bergen,60.39,5.32,laptop-1,Outlook\n"
            "2026-03-02T08:01:00+01:00,kari,10.0.0.1,failure,NO,Bergen,,,laptop-1,Outlook\n"
            "not a date,kari,10.0.0.1,success,NO,Bergen,,,,\n")
    report = ParseReport()
    events = list(parse_text(text, report=report))
    assert report.format == "csv" and report.skipped == 1
    assert [e.success for e in events] == [True, False] and events[0].time.hour == 7
    log = ('{"time": "2026-03-02T08:00:00.000+00:00", "logger": "fornuft.security", "event": "login_failed", '
           '"username": "kari", "ip_address": "10.0.0.1"}\n{"time": "2026-03-02T08:00:01+00:00", "logger": "x"}\n')
    events = list(parse_text(log))
    assert [(e.user, e.success, e.source) for e in events] == [("kari", False, "fornuft")]


@pytest.mark.parametrize("text", ["", "just some prose\nwith lines\n", '{"a": 1}\n', "\x00\x01\x02"])
def test_unknown_formats_are_refused_with_a_reason(text):
    with pytest.raises(UnknownFormat):
        detect_format(text)


def test_a_binary_file_is_refused(tmp_path):
    path = tmp_path / "x.log"
    path.write_bytes(b"\x00" * 100 + os.urandom(100))
    with pytest.raises(UnknownFormat):
        read_file(path)
