#!/usr/bin/env python3
"""Score Fornuft's sign-in alerts on the blind history of Havbris Marinelektro AS (stdlib only).

Usage:
  python3 score.py FORNUFT_CMD [--together] [--explicit-format] [--timeout S] [--details] [--summary-json PATH]
  python3 score.py --predictions alerts.jsonl [--details]

FORNUFT_CMD is a path or a quoted command line (e.g. "/work/main/.venv/bin/python -m fornuft.cli").
By default the scorer runs, once per log file (each file is its own history):
  FORNUFT_CMD security logins FILE --json                 (--explicit-format adds --format entra|csv|sshd)
With --together it runs one call with all three files. Before running it sets the modification time of
auth.log to 2026-11-23 08:00 Europe/Oslo (syslog lines carry no year; the contract takes the year from it).
Output: one alert per line, {"rule", "user", "ip", "first_seen", "last_seen", "severity", "reason"}.
--predictions reads such lines from a file; a "source"/"file" key naming a log file is used when present.

Matching: an alert belongs to a planted attack when its user (case-insensitive; a UPN also matches by its
local part) or its ip is one of the attack's, or both are null, and [first_seen, last_seen] overlaps the
attack window widened by 30 minutes. An attack is detected when a matching alert has one of its
acceptable rules. Alerts that match no attack but a trap are trap alerts; the rest are false alerts.
new_country / new_device / off_hours alerts that start before warmup_until (the first 7 days, a learned
baseline's warm-up) and match nothing are reported but not counted.
Goals: every attack detected; false alerts (trap alerts included) <= 1 per 1,000 benign sign-ins; no trap alert.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
REQUIRED = ('rule', 'user', 'ip', 'first_seen', 'last_seen', 'severity', 'reason')
SEVERITIES = ('high', 'medium', 'low')


def parse_time(v):
    if not isinstance(v, str) or not v.strip():
        return None, False
    try:
        t = datetime.fromisoformat(v.strip().replace('Z', '+00:00'))
    except ValueError:
        return None, False
    if t.tzinfo is None:
        return t.replace(tzinfo=timezone.utc), True
    return t, False


def parse_lines(text, source=None):
    alerts, bad = [], 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            o = json.loads(line)
        except ValueError:
            bad += 1
            continue
        items = o if isinstance(o, list) else [o]
        for a in items:
            if isinstance(a, dict):
                if source and not a.get('_file'):
                    a['_file'] = source
                alerts.append(a)
            else:
                bad += 1
    return alerts, bad


def run(cmd, files, fmt, timeout):
    argv = shlex.split(cmd) + ['security', 'logins'] + files + ['--json'] + (['--format', fmt] if fmt else [])
    t0 = time.monotonic()
    try:
        p = subprocess.run(argv, cwd=HERE, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        sys.exit(f'cannot run {argv[0]!r}')
    except subprocess.TimeoutExpired:
        print(f'  timed out after {timeout} s: {" ".join(os.path.basename(f) for f in files)}', file=sys.stderr)
        return '', -1, timeout, 'timeout'
    return p.stdout, p.returncode, time.monotonic() - t0, p.stderr


def norm_user(u):
    return str(u).strip().lower() if u not in (None, '') else None


def user_match(alert_user, users):
    if alert_user is None:
        return False
    for u in users:
        u = u.lower()
        if alert_user == u or alert_user == u.split('@')[0] or alert_user.split('@')[0] == u:
            return True
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('fornuft', nargs='?', help='path or command line of the fornuft CLI')
    ap.add_argument('--predictions', help='score saved alert lines (JSON lines) instead of running the CLI')
    ap.add_argument('--together', action='store_true', help='one CLI call with all three files')
    ap.add_argument('--explicit-format', action='store_true', help='pass --format entra|csv|sshd instead of relying on auto')
    ap.add_argument('--timeout', type=int, default=900)
    ap.add_argument('--details', action='store_true', help='list every false and trap alert')
    ap.add_argument('--summary-json', help='also write the headline numbers to this file')
    a = ap.parse_args()

    with open(os.path.join(HERE, 'truth.json'), encoding='utf-8') as f:
        truth = json.load(f)
    slack = timedelta(minutes=truth.get('match_slack_minutes', 30))
    warmup, _ = parse_time(truth['warmup_until'])
    baseline_rules = set(truth['baseline_rules_ignored_in_warmup'])
    files = truth['files']
    for x in truth['attacks'] + truth['traps']:
        x['_start'] = parse_time(x['start'])[0]
        x['_end'] = parse_time(x['end'])[0]
    benign_total = sum(v['benign_sign_ins'] for v in files.values())
    events_total = sum(v['sign_in_events'] for v in files.values())

    alerts, bad, runs = [], 0, []
    if a.predictions:
        with open(a.predictions, encoding='utf-8') as f:
            alerts, bad = parse_lines(f.read())
    elif a.fornuft:
        auth = os.path.join(HERE, 'auth.log')
        mt = parse_time(truth['auth_log_mtime'])[0].timestamp()
        try:
            os.utime(auth, (mt, mt))
        except OSError as exc:
            print(f'warning: cannot set the modification time of auth.log ({exc}); the year may be read wrong', file=sys.stderr)
        groups = [list(files)] if a.together else [[fn] for fn in files]
        for g in groups:
            fmt = files[g[0]]['format'] if a.explicit_format and len(g) == 1 else None
            out, rc, secs, err = run(a.fornuft, [os.path.join(HERE, fn) for fn in g], fmt, a.timeout)
            got, b = parse_lines(out, g[0] if len(g) == 1 else None)
            alerts += got
            bad += b
            n_ev = sum(files[fn]['sign_in_events'] for fn in g)
            runs.append((', '.join(g), rc, secs, n_ev, len(got), err))
    else:
        ap.error('give FORNUFT_CMD or --predictions')

    # ---- schema
    schema_bad, naive = 0, 0
    for al in alerts:
        if any(k not in al for k in REQUIRED) or al.get('severity') not in SEVERITIES or not isinstance(al.get('rule'), str):
            schema_bad += 1
        fs, n1 = parse_time(al.get('first_seen'))
        ls, n2 = parse_time(al.get('last_seen'))
        naive += n1 or n2
        fs, ls = fs or ls, ls or fs
        if fs and ls and ls < fs:
            fs, ls = ls, fs
        al['_fs'], al['_ls'] = fs, ls
        al['_user'] = norm_user(al.get('user'))
        al['_ip'] = str(al['ip']).strip() if al.get('ip') not in (None, '') else None
        src = al.get('_file') or al.get('source') or al.get('file')
        al['_file'] = os.path.basename(str(src)) if src and os.path.basename(str(src)) in files else None

    def matches(al, x):
        if al['_fs'] is None:
            return False
        if al['_file'] and al['_file'] != x['file']:
            return False
        if al['_ls'] < x['_start'] - slack or al['_fs'] > x['_end'] + slack:
            return False
        if al['_user'] is None and al['_ip'] is None:
            return True
        return user_match(al['_user'], x['users']) or (al['_ip'] is not None and al['_ip'] in x['ips'])

    detected, primary_hit, related = {}, {}, {}
    trap_alerts, false_alerts, warm_ignored, untimed = {}, [], [], []
    for al in alerts:
        if al['_fs'] is None:
            untimed.append(al)
            false_alerts.append(al)
            continue
        hit = [x for x in truth['attacks'] if matches(al, x)]
        if hit:
            for x in hit:
                if al.get('rule') in x['rules']:
                    detected.setdefault(x['id'], set()).add(al['rule'])
                    if al['rule'] == x['primary']:
                        primary_hit[x['id']] = True
                else:
                    related.setdefault(x['id'], set()).add(str(al.get('rule')))
            continue
        traps = [x for x in truth['traps'] if matches(al, x)]
        if traps:
            for x in traps:
                trap_alerts.setdefault(x['id'], []).append(al)
            continue
        if al.get('rule') in baseline_rules and al['_fs'] < warmup:
            warm_ignored.append(al)
            continue
        false_alerts.append(al)

    n_att = len(truth['attacks'])
    n_trap_alerts = sum(len(v) for v in trap_alerts.values())
    rate = (len(false_alerts) + n_trap_alerts) / benign_total * 1000

    print(f'Blind sign-in set: {events_total} sign-in events in {len(files)} files, {benign_total} benign; '
          f'{n_att} planted attacks, {len(truth["traps"])} traps')
    for name, rc, secs, n_ev, n_al, err in runs:
        print(f'  run {name}: exit {rc}, {secs:.1f} s ({n_ev / secs if secs else 0:,.0f} events/s incl. start-up), {n_al} alerts')
        if rc != 0:
            print('    stderr tail: ' + (err or '')[-800:].replace('\n', '\n    '))
    print(f'alerts parsed: {len(alerts)}' + (f', unparsable lines: {bad}' if bad else '') +
          (f', alerts missing keys / bad severity: {schema_bad}' if schema_bad else '') +
          (f', times without offset (read as UTC): {naive}' if naive else '') +
          (f', alerts without a usable time: {len(untimed)}' if untimed else ''))

    print('\nPlanted attacks (acceptable rules; * = primary)')
    for x in truth['attacks']:
        ok = x['id'] in detected
        got = ', '.join(sorted(detected.get(x['id'], []))) or '-'
        rel = ', '.join(sorted(related.get(x['id'], [])))
        mark = 'DETECTED' if ok else 'missed  '
        print(f'  {x["id"]} {mark} {x["file"]:19s} {x["kind"]:23s} by: {got}' + (f'   (other rules: {rel})' if rel else '') +
              ('' if ok else f'\n       {x["description"]}'))
    n_det = len(detected)
    n_prim = len(primary_hit)
    print(f'  attacks detected: {n_det}/{n_att} (goal {n_att}/{n_att}); named by the primary rule: {n_prim}/{n_att}')
    by_file = {}
    for x in truth['attacks']:
        d = by_file.setdefault(x['file'], [0, 0])
        d[0] += x['id'] in detected
        d[1] += 1
    print('  by file: ' + ', '.join(f'{k} {v[0]}/{v[1]}' for k, v in by_file.items()))

    print('\nTraps (must raise no alert)')
    for x in truth['traps']:
        n = len(trap_alerts.get(x['id'], []))
        rules = sorted({str(al.get('rule')) for al in trap_alerts.get(x['id'], [])})
        print(f'  {x["id"]} {"ok     " if not n else "ALERTED"} {x["file"]:19s} {x["kind"]:24s}' + (f' {n} alert(s): {", ".join(rules)}' if n else ''))
    print(f'  trap alerts: {n_trap_alerts} (goal 0); traps triggered: {len(trap_alerts)}/{len(truth["traps"])}')

    print('\nFalse alerts')
    fb = {}
    for al in false_alerts:
        fb[str(al.get('rule'))] = fb.get(str(al.get('rule')), 0) + 1
    print(f'  false alerts outside traps: {len(false_alerts)}' + (f' ({", ".join(f"{k} {v}" for k, v in sorted(fb.items()))})' if fb else ''))
    print(f'  baseline alerts in the warm-up week, not counted: {len(warm_ignored)}')
    print(f'  false alerts per 1,000 benign sign-ins (trap alerts included): {rate:.3f} (goal <= 1)')
    per_file = {}
    for al in false_alerts + [al for v in trap_alerts.values() for al in v]:
        per_file[al['_file'] or '?'] = per_file.get(al['_file'] or '?', 0) + 1
    if per_file:
        print('  by file: ' + ', '.join(f'{k} {v} ({v / files[k]["benign_sign_ins"] * 1000:.2f}/1000)' if k in files else f'{k} {v}'
                                        for k, v in per_file.items()))

    if a.details:
        print('\nFalse and trap alerts')
        for al in false_alerts + [al for v in trap_alerts.values() for al in v]:
            print(f'  [{al.get("_file") or "?"}] {al.get("rule")} user={al.get("user")} ip={al.get("ip")} '
                  f'{al.get("first_seen")} .. {al.get("last_seen")}  {str(al.get("reason"))[:140]}')

    if a.summary_json:
        with open(a.summary_json, 'w', encoding='utf-8') as f:
            json.dump({'attacks_detected': n_det, 'attacks': n_att, 'attacks_primary_rule': n_prim,
                       'false_alerts': len(false_alerts), 'trap_alerts': n_trap_alerts, 'traps_triggered': len(trap_alerts),
                       'false_per_1000_benign': round(rate, 4), 'benign_sign_ins': benign_total,
                       'missed': [x['id'] for x in truth['attacks'] if x['id'] not in detected],
                       'runs': [{'files': r[0], 'exit': r[1], 'seconds': round(r[2], 2)} for r in runs]}, f, indent=2)
    return 0 if alerts or a.predictions else 1


if __name__ == '__main__':
    sys.exit(main())
