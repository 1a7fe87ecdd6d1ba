#!/usr/bin/env python3
"""Generate the blind data-quality set for `fornuft forecast` (issue 14). Stdlib only, seeded.

Run:  python3 make_series.py   -> files/*.csv and truth.json next to this script.

Invented business: *Mjøsvik Byggevare AS*, a builders' merchant with shops around lake Mjøsa. Its series
are sales in NOK thousand, order counts, quotes, hours. Norwegian seasonality: fellesferie (July, weeks
28-31) is low, Christmas/New Year is low for trade customers, spring and autumn are busy.

Each file has one or more series. Clean series have trend, season and noise but nothing wrong. Problem
series carry planted faults: missing periods (absent rows and empty values), duplicate dates, outliers,
negative values, too short for the season, level shifts, and unit mix-ups (x1000 and /1000).
"""
from __future__ import annotations

import calendar
import csv
import json
import math
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'files')
R = random.Random(1414)

MONTH_PROFILE = [0.78, 0.84, 1.0, 1.06, 1.16, 1.2, 0.66, 1.08, 1.12, 1.06, 0.98, 0.86]
QUARTER_PROFILE = [0.85, 1.15, 1.0, 1.0]


# ----------------------------------------------------------------------------- calendars
def add_months(d, n, end=False):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, calendar.monthrange(y, m)[1] if end else 1)


def dates(step, start, n):
    out = []
    d = start
    for _ in range(n):
        out.append(d)
        d = nxt(step, d)
    return out


def nxt(step, d):
    if step == 'week':
        return d + timedelta(days=7)
    if step == 'day':
        return d + timedelta(days=1)
    if step == 'month_start':
        return add_months(d, 1)
    if step == 'month_end':
        return add_months(d, 1, end=True)
    if step == 'quarter_start':
        return add_months(d, 3)
    if step == 'quarter_end':
        return add_months(d, 3, end=True)
    raise ValueError(step)


# ----------------------------------------------------------------------------- clean generators
def seasonal_factor(step, d):
    if step.startswith('month'):
        return MONTH_PROFILE[d.month - 1]
    if step.startswith('quarter'):
        return QUARTER_PROFILE[(d.month - 1) // 3]
    if step == 'week':
        wk = d.isocalendar()[1]
        f = 1.0 + 0.18 * math.sin(2 * math.pi * (wk - 10) / 52)
        if 28 <= wk <= 31:
            f *= 0.55          # fellesferie
        if wk in (52, 53, 1):
            f *= 0.5           # Christmas / New Year
        if wk in (14, 15):
            f *= 0.85          # Easter (approximately)
        return f
    return 1.0


def clean_values(step, ds, level, growth, noise, seasonal=True, decimals=1):
    vals = []
    for i, d in enumerate(ds):
        s = seasonal_factor(step, d) if seasonal else 1.0
        v = level * (1 + growth) ** i * s * (1 + noise * max(-2.5, min(2.5, R.gauss(0, 1))))
        vals.append(round(v, decimals))
    return vals


# ----------------------------------------------------------------------------- files
FILES = {}     # name -> dict(header, rows, truth)


def expected_forecast_dates(step, last, h):
    out, d = [], last
    for _ in range(h):
        d = nxt(step, d)
        out.append(d.isoformat())
    return out


def add_file(name, horizon, season, series, header=('series', 'date', 'value'), note=''):
    """series: list of dict(name, step, rows[(date, value|None)], problems[(problem, codes, detail)], also_ok[codes])."""
    rows = []
    truth_series = {}
    for s in series:
        for d, v in s['rows']:
            rows.append((s['name'], d, v))
        last = max(d for d, _ in s['rows'])
        first_ok = [expected_forecast_dates(s['step'], last, 1)[0]] + s.get('first_alt', [])
        truth_series[s['name']] = {
            'step': s['step'], 'observations': len(s['rows']), 'last_date': last.isoformat(),
            'clean': not s['problems'],
            'problems': [{'problem': p, 'codes': c, 'detail': dt} for p, c, dt in s['problems']],
            'also_ok': s.get('also_ok', []),
            'forecast_dates': expected_forecast_dates(s['step'], last, horizon),
            'first_forecast_date_ok': first_ok,
        }
    FILES[name] = {'header': header, 'rows': rows, 'truth': {'horizon': horizon, 'season_length': season, 'note': note,
                                                             'series': truth_series}}


def S(name, step, ds, vals, problems=(), also_ok=(), first_alt=()):
    return {'name': name, 'step': step, 'rows': list(zip(ds, vals)), 'problems': list(problems), 'also_ok': list(also_ok),
            'first_alt': list(first_alt)}


MP, DD, OL, NV, TS, LS = 'MISSING_PERIODS', 'DUPLICATE_DATES', 'OUTLIER', 'NEGATIVE_VALUES', 'TOO_SHORT', 'LEVEL_SHIFT'
UNIT_CODES = ['UNIT_MIXUP', OL, LS, '*UNIT*', '*SCALE*', '*MAGNITUDE*']

# ---- clean series
ds = dates('month_start', date(2020, 1, 1), 72)
add_file('c01_monthly_sales.csv', 12, 12, [S('Salg totalt', 'month_start', ds, clean_values('month_start', ds, 4200, 0.004, 0.04))],
         note='clean: 6 years monthly, strong July dip every year (fellesferie) is season, not outliers')
ds = dates('month_end', date(2021, 1, 31), 58)
add_file('c02_monthly_month_end.csv', 6, 12, [S('Hamar', 'month_end', ds, clean_values('month_end', ds, 1850, 0.003, 0.05))],
         header=('date', 'value'), note='clean: month-end dates (31, 28/29, 30 ...), no series column')
ds = dates('week', date(2023, 1, 2), 156)
add_file('c03_weekly_orders.csv', 13, 52, [S('Ordre', 'week', ds, clean_values('week', ds, 310, 0.001, 0.06, decimals=0))],
         note='clean: 3 years weekly (Mondays) with Christmas, Easter and fellesferie dips')
ds = dates('week', date(2023, 7, 2), 125)
add_file('c04_weekly_sunday.csv', 8, 52, [S('Nettbutikk', 'week', ds, clean_values('week', ds, 95, 0.002, 0.07))],
         note='clean: weekly dates on Sundays (week ending)')
ds = dates('quarter_start', date(2014, 1, 1), 48)
add_file('c05_quarterly.csv', 4, 4, [S('Prosjektsalg', 'quarter_start', ds, clean_values('quarter_start', ds, 14800, 0.008, 0.05, decimals=0))],
         note='clean: 12 years quarterly, quarter-start dates')
ds = dates('quarter_end', date(2016, 3, 31), 40)
add_file('c06_quarterly_end.csv', 8, 4, [S('Kvartal', 'quarter_end', ds, clean_values('quarter_end', ds, 9600, 0.01, 0.04, decimals=0))],
         header=('date', 'value'), note='clean: quarter-end dates (31.3., 30.6., 30.9., 31.12.)')
ds = dates('month_start', date(2021, 1, 1), 60)
add_file('c07_three_shops.csv', 12, 12, [
    S('Butikk Hamar', 'month_start', ds, clean_values('month_start', ds, 2100, 0.003, 0.05)),
    S('Butikk Gjøvik', 'month_start', ds, clean_values('month_start', ds, 1600, 0.002, 0.05)),
    S('Butikk Lillehammer', 'month_start', ds, clean_values('month_start', ds, 1300, 0.005, 0.06))],
    note='clean: three shops in one file')
ds = dates('week', date(2024, 1, 1), 120)
vals = []
for d in ds:
    lam = 3.0 * seasonal_factor('week', d)
    k, p, L = 0, 1.0, math.exp(-lam)      # Poisson draw
    while True:
        p *= R.random()
        if p <= L:
            break
        k += 1
    vals.append(min(k, 8))
add_file('c08_weekly_quotes_small_counts.csv', 8, None, [S('Tilbud', 'week', ds, vals)],
         note='clean: small weekly counts of quotes (0-9) with legitimate zeros; no season given')
ds = dates('month_start', date(2022, 1, 1), 48)
add_file('c09_monthly_growth.csv', 6, 12, [S('Proffsalg', 'month_start', ds, clean_values('month_start', ds, 900, 0.018, 0.04))],
         note='clean: steady growth of about 24 % a year, no step')

# ---- missing periods
ds = dates('month_start', date(2020, 1, 1), 66)
v = clean_values('month_start', ds, 3100, 0.004, 0.04)
keep = [(d, x) for i, (d, x) in enumerate(zip(ds, v)) if i not in (38, 39, 40)]
add_file('p01_missing_rows_monthly.csv', 12, 12, [S('Salg', 'month_start', [a for a, _ in keep], [b for _, b in keep],
                                                    [('missing_periods', [MP], '2023-03, 2023-04, 2023-05 have no row')])])
ds = dates('month_start', date(2021, 1, 1), 54)
v = clean_values('month_start', ds, 2400, 0.003, 0.04)
v[20] = None
v[33] = None
add_file('p02_empty_values_monthly.csv', 6, 12, [S('Salg', 'month_start', ds, v,
                                                   [('missing_periods', [MP], '2022-09 and 2023-10 have a date but an empty value')])])
ds = dates('week', date(2023, 1, 2), 140)
v = clean_values('week', ds, 260, 0.001, 0.06, decimals=0)
keep = [(d, x) for i, (d, x) in enumerate(zip(ds, v)) if i not in (70, 71)]
add_file('p03_missing_weeks.csv', 13, 52, [S('Ordre', 'week', [a for a, _ in keep], [b for _, b in keep],
                                             [('missing_periods', [MP], 'weeks starting 2024-05-06 and 2024-05-13 absent')])],
         header=('date', 'value'))
ds = dates('quarter_start', date(2015, 1, 1), 40)
v = clean_values('quarter_start', ds, 12000, 0.008, 0.05, decimals=0)
keep = [(d, x) for i, (d, x) in enumerate(zip(ds, v)) if i != 25]
add_file('p04_missing_quarter.csv', 4, 4, [S('Prosjektsalg', 'quarter_start', [a for a, _ in keep], [b for _, b in keep],
                                             [('missing_periods', [MP], '2021-04-01 (Q2 2021) absent')])])
ds = dates('month_start', date(2021, 1, 1), 59)
v = clean_values('month_start', ds, 1750, 0.004, 0.04)
v[-1] = None
add_file('p05_last_month_empty.csv', 6, 12, [S('Salg', 'month_start', ds, v,
                                               [('missing_periods', [MP], 'the last month (2025-11) is in the file with an empty value')])],
         note='the last row has a date but no value; a forecast may start after it or at it')
FILES['p05_last_month_empty.csv']['truth']['series']['Salg']['first_forecast_date_ok'].append('2025-11-01')

# ---- duplicate dates
ds = dates('month_start', date(2020, 6, 1), 60)
v = clean_values('month_start', ds, 2800, 0.004, 0.04)
rows = list(zip(ds, v))
rows.insert(31, (ds[30], round(v[30] * 0.93, 1)))
add_file('p06_duplicate_month.csv', 12, 12, [{'name': 'Salg', 'step': 'month_start', 'rows': rows, 'also_ok': [],
                                               'problems': [('duplicate_dates', [DD], '2022-12-01 appears twice with different values')]}])
ds = dates('week', date(2023, 1, 2), 130)
v = clean_values('week', ds, 180, 0.001, 0.06, decimals=0)
rows = list(zip(ds, v))
for i in (100, 60, 20):
    rows.insert(i + 1, rows[i])
add_file('p07_duplicate_weeks_exported_twice.csv', 8, 52, [{'name': 'Ordre', 'step': 'week', 'rows': rows, 'also_ok': [],
                                                            'problems': [('duplicate_dates', [DD], 'three weeks exported twice with the same values')]}])

# ---- outliers
ds = dates('month_start', date(2020, 1, 1), 70)
v = clean_values('month_start', ds, 3600, 0.003, 0.04)
v[44] = round(v[44] * 3.8, 1)
add_file('p08_outlier_spike_monthly.csv', 12, 12, [S('Salg', 'month_start', ds, v, [('outlier', [OL], '2023-09 is 3.8x normal (one-off order)')])])
ds = dates('week', date(2023, 1, 2), 140)
v = clean_values('week', ds, 420, 0.001, 0.05, decimals=0)
v[88] = round(v[88] * 0.08)
add_file('p09_outlier_drop_weekly.csv', 13, 52, [S('Kassesalg', 'week', ds, v, [('outlier', [OL], 'week of 2024-09-09 about 8 % of normal (till system down)')])])
ds = dates('quarter_start', date(2013, 1, 1), 48)
v = clean_values('quarter_start', ds, 8000, 0.008, 0.04, decimals=0)
v[30] = round(v[30] * 3.2)
add_file('p10_outlier_quarter.csv', 4, 4, [S('Prosjektsalg', 'quarter_start', ds, v, [('outlier', [OL], '2020-07-01 is 3.2x normal')])],
         header=('date', 'value'))

# ---- negative values
ds = dates('month_start', date(2020, 1, 1), 64)
v = clean_values('month_start', ds, 650, 0.004, 0.05)
v[27] = -140.0
v[51] = -85.5
add_file('p11_negative_months.csv', 6, 12, [S('Netto salg', 'month_start', ds, v,
                                              [('negative_values', [NV], '2022-04 and 2024-04 negative (credit notes larger than sales)')],
                                              also_ok=[OL])])
ds = dates('week', date(2023, 1, 2), 120)
v = clean_values('week', ds, 75, 0.001, 0.08, decimals=0)
v[67] = -12
add_file('p12_negative_week.csv', 8, 52, [S('Returer netto', 'week', ds, v, [('negative_values', [NV], 'week of 2024-04-15 is -12')],
                                          also_ok=[OL])])

# ---- too short
ds = dates('month_start', date(2024, 6, 1), 18)
add_file('p13_too_short_monthly.csv', 6, 12, [S('Ny butikk', 'month_start', ds, clean_values('month_start', ds, 700, 0.01, 0.05),
                                                [('too_short', [TS], '18 months < 2 x 12')])])
ds = dates('quarter_start', date(2024, 4, 1), 6)
add_file('p14_too_short_quarterly.csv', 4, 4, [S('Kvartal', 'quarter_start', ds, clean_values('quarter_start', ds, 5000, 0.01, 0.04, decimals=0),
                                                 [('too_short', [TS], '6 quarters < 2 x 4')])], header=('date', 'value'))
ds = dates('week', date(2025, 9, 1), 11)
add_file('p15_too_short_no_season.csv', 8, None, [S('Kampanje', 'week', ds, clean_values('week', ds, 50, 0.0, 0.08, seasonal=False),
                                                    [('too_short', [TS], '11 weeks < 2 x horizon 8, no season given')])])

# ---- level shifts
ds = dates('month_start', date(2019, 1, 1), 78)
v = clean_values('month_start', ds, 2000, 0.002, 0.04)
v = [round(x * (1.45 if i >= 48 else 1.0), 1) for i, x in enumerate(v)]
add_file('p16_level_shift_up_monthly.csv', 12, 12, [S('Salg', 'month_start', ds, v,
                                                      [('level_shift', [LS], '+45 % from 2023-01 on (new large trade customer)')],
                                                      also_ok=[OL])])
ds = dates('week', date(2023, 1, 2), 150)
v = clean_values('week', ds, 330, 0.0005, 0.05, decimals=0)
v = [round(x * (0.62 if i >= 85 else 1.0)) for i, x in enumerate(v)]
add_file('p17_level_shift_down_weekly.csv', 13, 52, [S('Ordre', 'week', ds, v,
                                                       [('level_shift', [LS], '-38 % from the week of 2024-08-19 (lost framework contract)')],
                                                       also_ok=[OL])])
ds = dates('quarter_end', date(2014, 3, 31), 44)
v = clean_values('quarter_end', ds, 7000, 0.004, 0.04, decimals=0)
v = [round(x * (1.6 if i >= 30 else 1.0)) for i, x in enumerate(v)]
add_file('p18_level_shift_quarterly.csv', 4, 4, [S('Kvartal', 'quarter_end', ds, v, [('level_shift', [LS], '+60 % from 2021-09-30 (merger)')],
                                                  also_ok=[OL])])

# ---- unit mix-ups
ds = dates('month_start', date(2020, 1, 1), 68)
v = clean_values('month_start', ds, 1900, 0.004, 0.04)
for i in range(40, 44):
    v[i] = round(v[i] * 1000, 0)
add_file('p19_unit_x1000_block.csv', 12, 12, [S('Salg', 'month_start', ds, v,
                                                [('unit_mixup', UNIT_CODES, '2023-05..2023-08 in NOK instead of NOK thousand (x1000)')],
                                                also_ok=[OL, LS])])
ds = dates('month_start', date(2020, 1, 1), 64)
v = clean_values('month_start', ds, 2300, 0.003, 0.04)
for i in range(56, 64):
    v[i] = round(v[i] * 1000, 0)
add_file('p20_unit_x1000_recent.csv', 6, 12, [S('Salg', 'month_start', ds, v,
                                                [('unit_mixup', UNIT_CODES, 'the last 8 months exported in NOK instead of NOK thousand')],
                                                also_ok=[OL, LS])])
ds = dates('month_start', date(2020, 1, 1), 60)
v = clean_values('month_start', ds, 5200, 0.003, 0.04)
v[35] = round(v[35] / 1000, 3)
add_file('p21_unit_div1000_month.csv', 12, 12, [S('Salg', 'month_start', ds, v,
                                                  [('unit_mixup', UNIT_CODES, '2022-12 typed in NOK million instead of NOK thousand (/1000)')],
                                                  also_ok=[OL])])

# ---- combinations and multi-series
ds = dates('month_start', date(2020, 1, 1), 66)
v = clean_values('month_start', ds, 2600, 0.004, 0.04)
v[50] = round(v[50] * 4.1, 1)
keep = [(d, x) for i, (d, x) in enumerate(zip(ds, v)) if i not in (20, 21)]
add_file('p22_missing_and_outlier.csv', 12, 12, [S('Salg', 'month_start', [a for a, _ in keep], [b for _, b in keep],
                                                   [('missing_periods', [MP], '2021-09 and 2021-10 absent'),
                                                    ('outlier', [OL], '2024-03 is 4.1x normal')])])
ds = dates('week', date(2023, 1, 2), 125)
v = clean_values('week', ds, 140, 0.001, 0.06, decimals=0)
v[90] = -30
rows = list(zip(ds, v))
rows.insert(41, (ds[40], v[40]))
add_file('p23_duplicate_and_negative.csv', 8, 52, [{'name': 'Ordre netto', 'step': 'week', 'rows': rows, 'also_ok': [OL],
                                                    'problems': [('duplicate_dates', [DD], '2023-10-09 twice'),
                                                                 ('negative_values', [NV], 'week of 2024-09-23 is -30')]}])
ds = dates('month_start', date(2021, 1, 1), 60)
a = clean_values('month_start', ds, 2200, 0.003, 0.05)
b = clean_values('month_start', ds, 1500, 0.003, 0.05)
b_rows = [(d, x) for i, (d, x) in enumerate(zip(ds, b)) if i not in (44, 45)]
c = clean_values('month_start', ds, 1100, 0.004, 0.05)
c[29] = round(c[29] * 3.6, 1)
add_file('p24_three_shops_mixed.csv', 12, 12, [
    S('Butikk Hamar', 'month_start', ds, a),
    S('Butikk Gjøvik', 'month_start', [x for x, _ in b_rows], [y for _, y in b_rows], [('missing_periods', [MP], '2024-09 and 2024-10 absent')]),
    S('Butikk Elverum', 'month_start', ds, c, [('outlier', [OL], '2023-06 is 3.6x normal')])],
    note='per-series: Hamar is clean, Gjøvik misses two months, Elverum has an outlier')
ds = dates('day', date(2025, 6, 2), 180)
v = [round(40 * (0.6 if d.weekday() >= 5 else 1.0) * (1 + R.gauss(0, 0.08)), 1) for d in ds]
keep = [(d, x) for i, (d, x) in enumerate(zip(ds, v)) if i not in range(100, 104)]
add_file('p25_daily_missing_days.csv', 14, 7, [S('Timer', 'day', [x for x, _ in keep], [y for _, y in keep],
                                                 [('missing_periods', [MP], '2025-09-10..2025-09-13 absent (4 days)')])],
         note='daily hours with a weekly pattern (season 7)')


def fmt(v):
    if v is None:
        return ''
    if isinstance(v, float) and v.is_integer() and abs(v) >= 1000:
        return str(int(v))
    return repr(v) if isinstance(v, float) else str(v)


def main():
    os.makedirs(OUT, exist_ok=True)
    truth = {'about': 'Mjøsvik Byggevare AS (invented). Run: fornuft forecast files/NAME --horizon H [--season-length M] --json',
             'codes': {'missing_periods': [MP], 'duplicate_dates': [DD], 'outlier': [OL], 'negative_values': [NV], 'too_short': [TS],
                       'level_shift': [LS], 'unit_mixup': UNIT_CODES},
             'files': {}}
    for name, f in sorted(FILES.items()):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as fh:
            w = csv.writer(fh, lineterminator='\n')
            w.writerow(f['header'])
            for s, d, v in f['rows']:
                w.writerow([s, d.isoformat(), fmt(v)] if len(f['header']) == 3 else [d.isoformat(), fmt(v)])
        t = f['truth']
        if len(f['header']) == 2:
            t['series'] = {'': next(iter(t['series'].values()))}
        truth['files'][name] = t
    with open(os.path.join(HERE, 'truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    n_series = sum(len(t['series']) for t in truth['files'].values())
    clean = sum(1 for t in truth['files'].values() for s in t['series'].values() if s['clean'])
    probs = sum(len(s['problems']) for t in truth['files'].values() for s in t['series'].values())
    print(f'{len(truth["files"])} files, {n_series} series: {clean} clean, {n_series - clean} with {probs} planted problems')


if __name__ == '__main__':
    main()
