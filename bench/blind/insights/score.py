#!/usr/bin/env python3
"""Score the data-quality warnings and forecast dates of `fornuft forecast` on the blind series (stdlib only).

Usage:
  python3 score.py FORNUFT_CMD [--timeout S] [--details] [--summary-json PATH]
  python3 score.py --predictions out.jsonl [--details]     # lines as the CLI prints them, plus "file": NAME

For every file in truth.json the scorer runs, from this folder:
  FORNUFT_CMD forecast files/NAME --horizon H [--season-length M] --json
and expects one line per series:
  {"series", "model", "forecast": [{"date", "mean", "lo80", "hi80", "lo95", "hi95"}], "warnings": [{"code", "message"}]}

Checks:
- **Planted problems.** Each one is found when the series carries a warning with one of its codes. A unit mix-up
  may be reported as OUTLIER, LEVEL_SHIFT or a code containing UNIT, SCALE or MAGNITUDE.
- **Clean series.** They must carry no warning at all.
- **Other warnings on problem series.** These are reported, minus the codes a problem may explain (`also_ok`).
- **Forecast dates.** There must be H dates. The first must be one step after the series' last date. Each
  next date is one step further (same weekday for weeks, month start or month end kept, quarters, days).
- **Intervals.** lo95 <= lo80 <= mean <= hi80 <= hi95 at every point.
Series are matched by name. A file with one series also takes an output with another or no name.
Goals: every planted problem found, no warning on clean series, all forecast dates right.
"""
from __future__ import annotations

import argparse
import calendar
import fnmatch
import json
import math
import os
import shlex
import subprocess
import sys
import time
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))


def add_months(d, n, end=False):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, calendar.monthrange(y, m)[1] if end else 1)


def nxt(step, d):
    return {'week': lambda: d + timedelta(days=7), 'day': lambda: d + timedelta(days=1),
            'month_start': lambda: add_months(d, 1), 'month_end': lambda: add_months(d, 1, True),
            'quarter_start': lambda: add_months(d, 3), 'quarter_end': lambda: add_months(d, 3, True)}[step]()


def code_matches(code, accepted):
    for a in accepted:
        if '*' in a:
            if fnmatch.fnmatch(code, a):
                return True
        elif code == a:
            return True
    return False


def parse_lines(text):
    objs, bad = [], 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            o = json.loads(line)
        except ValueError:
            bad += 1
            continue
        for x in (o if isinstance(o, list) else [o]):
            if isinstance(x, dict):
                objs.append(x)
    return objs, bad


def run(cmd, name, t, timeout):
    argv = shlex.split(cmd) + ['forecast', os.path.join('files', name), '--horizon', str(t['horizon'])]
    if t.get('season_length'):
        argv += ['--season-length', str(t['season_length'])]
    argv.append('--json')
    t0 = time.monotonic()
    try:
        p = subprocess.run(argv, cwd=HERE, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        sys.exit(f'cannot run {argv[0]!r}')
    except subprocess.TimeoutExpired:
        return '', -1, timeout, 'timeout'
    return p.stdout, p.returncode, time.monotonic() - t0, p.stderr


def norm_name(s):
    return ' '.join(str(s or '').split()).casefold()


def num(v):
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('fornuft', nargs='?')
    ap.add_argument('--predictions')
    ap.add_argument('--timeout', type=int, default=300)
    ap.add_argument('--details', action='store_true')
    ap.add_argument('--summary-json')
    a = ap.parse_args()
    with open(os.path.join(HERE, 'truth.json'), encoding='utf-8') as f:
        truth = json.load(f)['files']

    outputs, runs, bad = {}, {}, 0
    if a.predictions:
        with open(a.predictions, encoding='utf-8') as f:
            objs, bad = parse_lines(f.read())
        for o in objs:
            outputs.setdefault(os.path.basename(str(o.get('file') or o.get('source') or '')), []).append(o)
    elif a.fornuft:
        for name, t in truth.items():
            out, rc, secs, err = run(a.fornuft, name, t, a.timeout)
            objs, b = parse_lines(out)
            bad += b
            outputs[name] = objs
            runs[name] = (rc, secs, err)
    else:
        ap.error('give FORNUFT_CMD or --predictions')

    found = {}          # problem kind -> [found, total]
    missed, false_clean, extra, date_wrong, no_forecast, interval_bad, missing_series = [], [], [], [], [], [], []
    clean_ok = clean_total = probs_found = probs_total = dates_ok = dates_total = 0
    for name, t in truth.items():
        objs = [o for o in outputs.get(name, []) if 'error' not in o or o.get('forecast') is not None or o.get('warnings') is not None]
        by_series = {norm_name(o.get('series')): o for o in objs}
        single = len(t['series']) == 1 and len(objs) == 1
        for sname, st in t['series'].items():
            o = by_series.get(norm_name(sname)) or (objs[0] if single else None)
            present = o is not None
            if not present:
                missing_series.append(f'{name} [{sname or "-"}]')
            o = o or {}
            codes = sorted({str(w.get('code', '')).strip().upper() for w in (o.get('warnings') or []) if isinstance(w, dict)} - {''})
            label = f'{name}' + (f' [{sname}]' if sname and len(t['series']) > 1 else '')
            if st['clean']:
                clean_total += 1
                if codes or not present:
                    false_clean.append((label, codes or ['(no output)']))
                else:
                    clean_ok += 1
            else:
                explained = list(st['also_ok'])
                for p in st['problems']:
                    probs_total += 1
                    k = found.setdefault(p['problem'], [0, 0])
                    k[1] += 1
                    explained += p['codes']
                    if any(code_matches(c, p['codes']) for c in codes):
                        probs_found += 1
                        k[0] += 1
                    else:
                        missed.append((label, p['problem'], p['detail'], codes))
                other = [c for c in codes if not code_matches(c, explained)]
                if other:
                    extra.append((label, other))
            # forecast dates and intervals
            fc = [x for x in (o.get('forecast') or []) if isinstance(x, dict)]
            if not fc:
                if o:
                    no_forecast.append(label)
                continue
            dates_total += 1
            ds = [str(x.get('date', ''))[:10] for x in fc]
            ok = len(ds) == t['horizon'] and ds[0] in st['first_forecast_date_ok']
            if ok:
                try:
                    d = date.fromisoformat(ds[0])
                    for s in ds[1:]:
                        d = nxt(st['step'], d)
                        if s != d.isoformat():
                            ok = False
                            break
                except ValueError:
                    ok = False
            if ok:
                dates_ok += 1
            else:
                date_wrong.append((label, st['step'], st['last_date'], ds[:3], len(ds), t['horizon']))
            for x in fc:
                vals = [num(x.get(k)) for k in ('lo95', 'lo80', 'mean', 'hi80', 'hi95')]
                if None in vals or any(vals[i] > vals[i + 1] + 1e-9 for i in range(4)):
                    interval_bad.append((label, x.get('date')))
                    break

    n_series = sum(len(t['series']) for t in truth.values())
    print(f'Blind forecast data-quality set: {len(truth)} files, {n_series} series ({clean_total} clean), '
          f'{probs_total} planted problems' + (f'; unparsable lines: {bad}' if bad else ''))
    if runs:
        failed = {k: v for k, v in runs.items() if v[0] != 0}
        print(f'  calls: {len(runs)}, non-zero exit: {len(failed)}, total {sum(v[1] for v in runs.values()):.1f} s')
        for k, v in list(failed.items())[:10]:
            print(f'    {k}: exit {v[0]}: {(v[2] or "").strip()[-200:]!r}')
    if missing_series:
        print(f'  series without output: {len(missing_series)}: ' + ', '.join(missing_series[:12]))
    print(f'\nPlanted problems found: {probs_found}/{probs_total} (goal all)')
    for k, (f1, tot) in sorted(found.items()):
        print(f'  {k:17s} {f1}/{tot}')
    print(f'Clean series without any warning: {clean_ok}/{clean_total} (goal all)')
    for label, codes in false_clean:
        print(f'  warned: {label}: {", ".join(codes)}')
    print(f'Other warnings on problem series (not explained by the planted problem): {len(extra)} series')
    print(f'Forecast dates right: {dates_ok}/{dates_total} series with a forecast (goal all); series without a forecast: {len(no_forecast)}')
    print(f'Interval order lo95 <= lo80 <= mean <= hi80 <= hi95 broken or non-numeric: {len(interval_bad)} series')
    if a.details or missed:
        if missed:
            print('\nMissed problems')
            for label, prob, detail, codes in missed:
                print(f'  {label}: {prob} ({detail}); warnings given: {", ".join(codes) or "none"}')
    if a.details:
        if extra:
            print('\nOther warnings on problem series')
            for label, codes in extra:
                print(f'  {label}: {", ".join(codes)}')
        if date_wrong:
            print('\nWrong forecast dates')
            for label, step, last, first3, n, h in date_wrong:
                print(f'  {label}: step {step}, last {last}; got {first3}... ({n} of {h})')
        if no_forecast:
            print('\nNo forecast: ' + ', '.join(no_forecast))
        if interval_bad:
            print('\nInterval order broken: ' + ', '.join(f'{lbl} at {d}' for lbl, d in interval_bad))
    if a.summary_json:
        with open(a.summary_json, 'w', encoding='utf-8') as f:
            json.dump({'problems_found': probs_found, 'problems': probs_total, 'clean_without_warning': clean_ok, 'clean': clean_total,
                       'forecast_dates_right': dates_ok, 'series_with_forecast': dates_total, 'no_forecast': len(no_forecast),
                       'interval_order_broken': len(interval_bad), 'other_warnings_series': len(extra),
                       'by_problem': {k: v for k, v in found.items()}}, f, indent=2)
    return 0 if outputs else 1


if __name__ == '__main__':
    sys.exit(main())
