from datetime import datetime, time

from fornuft.assistant import hours

WEEKDAYS = {0, 1, 2, 3, 4}


def test_open_and_closed():
    assert hours.is_open(datetime(2026, 11, 27, 9, 0), time(8), time(16), WEEKDAYS)        # Friday morning
    assert not hours.is_open(datetime(2026, 11, 27, 16, 0), time(8), time(16), WEEKDAYS)   # closing time
    assert not hours.is_open(datetime(2026, 11, 28, 12, 0), time(8), time(16), WEEKDAYS)   # Saturday


def test_expected_response_counts_working_hours_only():
    friday_afternoon = datetime(2026, 11, 27, 15, 0)
    assert hours.expected_response(friday_afternoon, time(8), time(16), WEEKDAYS, 4) == datetime(2026, 11, 30, 11, 0)
    saturday = datetime(2026, 11, 28, 20, 0)
    assert hours.expected_response(saturday, time(8), time(16), WEEKDAYS, 2) == datetime(2026, 11, 30, 10, 0)


def test_next_step_messages():
    text = hours.next_step_message(datetime(2026, 11, 28, 12, 0), time(8), time(16), WEEKDAYS, 4, "nb")
    assert "stengt" in text and "mandag 30.11. 12:00" in text and "mandag–fredag kl. 08:00–16:00" in text
    text = hours.next_step_message(datetime(2026, 11, 27, 9, 0), time(8), time(16), WEEKDAYS, 4, "en")
    assert "at work now" in text
