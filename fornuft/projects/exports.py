"""Plan exports: CSV, MS Project XML (MSPDI) and iCalendar; plain data (the plan object) in."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape

from fornuft.projects.planner.work_calendar import working_days


def _people(plan: dict) -> dict[str, str]:
    return {a["task"]: a["person"] for a in plan.get("assignments", [])}


def plan_csv(plan: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "name", "skill", "hours", "depends_on", "start", "end", "person"])
    people = _people(plan)
    for task in plan.get("tasks", []):
        name = task["name"]
        if name[:1] in ("=", "+", "-", "@"):  # no formulas in a spreadsheet
            name = "'" + name
        writer.writerow([task["id"], name, task["skill"], task["hours"], " ".join(task["depends_on"]),
                         task["start"], task["end"], people.get(task["id"], "")])
    return out.getvalue()


def _duration(hours: float) -> str:
    whole = int(hours)
    minutes = round((hours - whole) * 60)
    return f"PT{whole}H{minutes}M0S"


def ms_project_xml(title: str, plan: dict) -> bytes:
    """MS Project XML (MSPDI): tasks with start, finish, work and predecessors; resources and
    assignments."""
    tasks = plan.get("tasks", [])
    uid = {t["id"]: i for i, t in enumerate(tasks, start=1)}
    people = sorted({a["person"] for a in plan.get("assignments", [])})
    rid = {p: i for i, p in enumerate(people, start=1)}
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<Project xmlns="http://schemas.microsoft.com/project">',
             f"<Name>{escape(title)}</Name><Title>{escape(title)}</Title><Tasks>"]
    for task in tasks:
        days = max(1, working_days(date.fromisoformat(task["start"]), date.fromisoformat(task["end"])))
        parts.append(
            f"<Task><UID>{uid[task['id']]}</UID><ID>{uid[task['id']]}</ID><Name>{escape(task['name'])}</Name>"
            f"<Start>{task['start']}T08:00:00</Start><Finish>{task['end']}T16:00:00</Finish>"
            f"<Duration>PT{days * 8}H0M0S</Duration><Work>{_duration(task['hours'])}</Work>"
            + "".join(f"<PredecessorLink><PredecessorUID>{uid[d]}</PredecessorUID><Type>1</Type></PredecessorLink>"
                      for d in task["depends_on"] if d in uid)
            + "</Task>")
    parts.append("</Tasks><Resources>")
    for person in people:
        parts.append(f"<Resource><UID>{rid[person]}</UID><ID>{rid[person]}</ID><Name>{escape(person)}</Name>"
                     "<Type>1</Type></Resource>")
    parts.append("</Resources><Assignments>")
    for i, a in enumerate(plan.get("assignments", []), start=1):
        if a["task"] in uid:
            parts.append(f"<Assignment><UID>{i}</UID><TaskUID>{uid[a['task']]}</TaskUID>"
                         f"<ResourceUID>{rid[a['person']]}</ResourceUID><Work>{_duration(a['hours'])}</Work>"
                         "</Assignment>")
    parts.append("</Assignments></Project>")
    return "".join(parts).encode("utf-8")


def _ical_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical(title: str, plan: dict, project_id) -> str:
    """One all-day event per task (start to end inclusive), with the person in the summary."""
    people = _people(plan)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%SZ")  # noqa: DTZ005 - a stamp, not a schedule
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fornuft//Projects//EN", "CALSCALE:GREGORIAN"]
    for task in plan.get("tasks", []):
        end = date.fromisoformat(task["end"]) + timedelta(days=1)
        who = people.get(task["id"])
        summary = f"{task['name']}" + (f" ({who})" if who else "")
        lines += ["BEGIN:VEVENT", f"UID:{project_id}-{task['id']}@fornuft", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{task['start'].replace('-', '')}",
                  f"DTEND;VALUE=DATE:{end.isoformat().replace('-', '')}",
                  f"SUMMARY:{_ical_text(summary)}",
                  f"DESCRIPTION:{_ical_text(title + ': ' + format(task['hours'], 'g') + ' h, ' + task['skill'])}",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def weekly_load(plan: dict) -> dict:
    """{"weeks": ["2026-W10", ...], "people": {name: [hours per week]}} for the load chart."""
    from fornuft.projects.planner.work_calendar import monday_of

    tasks = {t["id"]: t for t in plan.get("tasks", [])}
    load: dict[str, dict[date, float]] = {}
    mondays: set[date] = set()
    for a in plan.get("assignments", []):
        task = tasks.get(a["task"])
        if not task:
            continue
        first, last = date.fromisoformat(task["start"]), date.fromisoformat(task["end"])
        total = working_days(first, last) or 1
        monday = monday_of(first)
        while monday <= last:
            days = working_days(max(first, monday), min(last, monday + timedelta(days=4)))
            load.setdefault(a["person"], {})[monday] = load.get(a["person"], {}).get(monday, 0) + \
                a["hours"] * days / total
            mondays.add(monday)
            monday += timedelta(days=7)
    weeks = sorted(mondays)
    return {
        "weeks": [f"{m.isocalendar()[0]}-W{m.isocalendar()[1]:02d}" for m in weeks],
        "people": {p: [round(v.get(m, 0), 1) for m in weeks] for p, v in sorted(load.items())},
    }
