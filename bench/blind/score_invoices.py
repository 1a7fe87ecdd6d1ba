#!/usr/bin/env python3
"""Score Fornuft's invoice reader on this validation set (stdlib only).

Usage:
  python3 score.py FORNUFT_BIN [--timeout S] [--details] [--summary-json PATH]
  python3 score.py --output saved.jsonl [...]      # score output saved earlier

FORNUFT_BIN may be a path or a quoted command line (e.g. "python3 -m fornuft").
The scorer runs, from this folder:
  FORNUFT invoice extract documents/<all files> --json
and expects one JSON object per file (JSON lines, or one JSON array) carrying the field names of
truth.jsonl, "lines" and "validation": [{"code": ...}], plus "source" (path or file name) so
results can be matched to files (without it they are matched by order).
"""
import argparse
import difflib
import json
import os
import re
import shlex
import subprocess
import sys
import unicodedata
from datetime import datetime

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'invoices')
HEADER = ['document_type', 'supplier_name', 'supplier_org_number', 'invoice_number', 'issue_date', 'due_date', 'currency',
          'total_excl_vat', 'vat_total', 'total_incl_vat', 'kid', 'bank_account', 'iban']
AMOUNTS = {'total_excl_vat', 'vat_total', 'total_incl_vat'}
CODES = ['ORG_NUMBER_INVALID', 'BANK_ACCOUNT_INVALID', 'KID_INVALID', 'VAT_MISMATCH', 'TOTAL_MISMATCH', 'DUE_BEFORE_ISSUE']
LEGAL = {'as', 'asa', 'ab', 'aps', 'enk', 'da', 'ans', 'sa', 'gmbh', 'ltd', 'bv', 'oy'}


# ---------------------------------------------------------------- normalisation
def empty(v):
    return v is None or (isinstance(v, str) and not v.strip()) or v == []


def to_num(v):
    if empty(v):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip().replace('\u00a0', ' ').replace(' ', '')
    s = re.sub(r'^(NOK|SEK|EUR|kr\.?)', '', s, flags=re.I)
    s = re.sub(r'(NOK|SEK|EUR|kr\.?|,-)$', '', s, flags=re.I)
    if ',' in s and '.' in s:
        s = s.replace('.', '').replace(',', '.') if s.rfind(',') > s.rfind('.') else s.replace(',', '')
    elif ',' in s:
        s = s.replace(',', '.')
    try:
        return float(s)
    except ValueError:
        return None


def to_date(v):
    if empty(v):
        return None
    s = str(v).strip()[:10]
    for fmt in ('%Y-%m-%d', '%d.%m.%Y', '%d.%m.%y', '%d/%m/%Y'):
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            pass
    return s


def fold(s):
    s = unicodedata.normalize('NFKC', str(s)).casefold()
    return re.sub(r'\s+', ' ', re.sub(r'[^\w\s]', ' ', s)).strip()


def name_norm(s):
    toks = fold(s).split()
    while toks and toks[-1] in LEGAL:
        toks.pop()
    return ' '.join(toks)


def digits(v):
    return re.sub(r'\D', '', str(v)) if not empty(v) else None


def same(field, truth, pred, credit):
    if truth is None:
        return empty(pred)
    if empty(pred):
        return False
    if field in AMOUNTS:
        p = to_num(pred)
        return p is not None and (abs(abs(p) - abs(truth)) < 0.011 if credit else abs(p - truth) < 0.011)
    if field in ('issue_date', 'due_date'):
        return to_date(pred) == truth
    if field in ('supplier_org_number', 'kid', 'bank_account'):
        return digits(pred) == digits(truth)
    if field == 'iban':
        return re.sub(r'[^0-9A-Z]', '', str(pred).upper()) == truth.upper()
    if field == 'currency':
        return str(pred).strip().upper() == truth
    if field == 'invoice_number':
        return re.sub(r'^(nr|no)\.?', '', re.sub(r'[\s#:]', '', str(pred)).casefold()) == re.sub(r'\s', '', truth).casefold()
    if field == 'supplier_name':
        t, p = name_norm(truth), name_norm(pred)
        return p == t or (t in p and len(p) <= 1.6 * len(t))
    return fold(pred) == fold(truth)


# ---------------------------------------------------------------- lines
def line_match(t, p, credit):
    q, tq = to_num(p.get('quantity')), t['quantity']
    lt, tl = to_num(p.get('line_total')), t['line_total']
    if q is None or lt is None:
        return False
    if credit:
        q, tq, lt, tl = abs(q), abs(tq), abs(lt), abs(tl)
    if abs(q - tq) > 0.001 or abs(lt - tl) > 0.011:
        return False
    return difflib.SequenceMatcher(None, fold(t['description']), fold(p.get('description') or '')).ratio() >= 0.8


def score_lines(truth, pred, credit):
    pred = [p for p in (pred or []) if isinstance(p, dict)]
    used, matched, price_ok = set(), 0, 0
    for t in truth:
        for j, p in enumerate(pred):
            if j not in used and line_match(t, p, credit):
                used.add(j)
                matched += 1
                up = to_num(p.get('unit_price'))
                if up is not None and abs(abs(up) - abs(t['unit_price'])) < 0.011:
                    price_ok += 1
                break
    return matched, len(pred), price_ok


# ---------------------------------------------------------------- running
def parse_output(text):
    text = text.strip()
    if text.startswith('['):
        try:
            return [o for o in json.loads(text) if isinstance(o, dict)], 0
        except ValueError:
            pass
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
        objs.extend(o if isinstance(o, list) else [o])
    return [o for o in objs if isinstance(o, dict)], bad


def run(cmd, files, timeout):
    argv = shlex.split(cmd) + ['invoice', 'extract'] + files + ['--json']
    try:
        p = subprocess.run(argv, cwd=HERE, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        sys.exit(f'cannot run {argv[0]!r}')
    except subprocess.TimeoutExpired:
        sys.exit(f'timed out after {timeout} s')
    if p.returncode != 0:
        print(f'warning: exit code {p.returncode}; stderr tail:\n{p.stderr[-1500:]}', file=sys.stderr)
    return p.stdout


def codes_of(o):
    out = set()
    for v in o.get('validation') or []:
        c = v.get('code') if isinstance(v, dict) else v
        if c:
            out.add(str(c).strip().upper())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('fornuft', nargs='?', help='path or command line of the fornuft CLI')
    ap.add_argument('--output', help='score this saved JSON output instead of running the CLI')
    ap.add_argument('--timeout', type=int, default=3600)
    ap.add_argument('--details', action='store_true', help='list every wrong header field per file')
    ap.add_argument('--summary-json', help='also write the headline numbers to this file')
    a = ap.parse_args()
    with open(os.path.join(HERE, 'truth.jsonl'), encoding='utf-8') as f:
        truth = [json.loads(l) for l in f if l.strip()]
    files = [os.path.join(HERE, 'documents', t['file']) for t in truth]
    if a.output:
        with open(a.output, encoding='utf-8') as f:
            out = f.read()
    elif a.fornuft:
        out = run(a.fornuft, files, a.timeout)
    else:
        ap.error('give FORNUFT_BIN or --output')
    objs, bad = parse_output(out)
    by = {}
    nosrc = []
    for o in objs:
        src = o.get('source') or o.get('file') or o.get('path')
        (by.__setitem__(os.path.basename(str(src)), o) if src else nosrc.append(o))
    if nosrc and len(nosrc) == len(objs) == len(truth):
        by = {t['file']: o for t, o in zip(truth, nosrc)}
    missing = [t['file'] for t in truth if t['file'] not in by]
    print(f'documents: {len(truth)} ({sum(t["source_kind"] == "text_pdf" for t in truth)} text PDFs, '
          f'{sum(t["source_kind"] == "scan" for t in truth)} scans/photos); outputs parsed: {len(objs)}'
          f'{f", unparsable lines: {bad}" if bad else ""}{f", missing: {len(missing)}" if missing else ""}')
    if missing:
        print('  missing outputs for: ' + ' '.join(missing))

    groups = {'text_pdf': [t for t in truth if t['source_kind'] == 'text_pdf'], 'scan': [t for t in truth if t['source_kind'] == 'scan']}
    summary = {}
    wrong = {}
    print('\nHeader-field accuracy')
    print(f'  {"field":22s} {"text PDFs":>10s} {"scans":>10s}')
    per = {g: {f: 0 for f in HEADER} for g in groups}
    for g, ts in groups.items():
        for t in ts:
            o = by.get(t['file'], {})
            credit = t['document_type'] == 'credit_note'
            for f in HEADER:
                if same(f, t[f], o.get(f), credit):
                    per[g][f] += 1
                else:
                    wrong.setdefault(t['file'], []).append((f, t[f], o.get(f)))
    for f in HEADER:
        cells = [f'{per[g][f]}/{len(groups[g])}' for g in groups]
        print(f'  {f:22s} {cells[0]:>10s} {cells[1]:>10s}')
    for g in groups:
        n = len(groups[g]) * len(HEADER)
        ok = sum(per[g].values())
        summary[f'header_accuracy_{g}'] = round(ok / n, 4) if n else None
    print(f'  {"ALL FIELDS":22s} {summary["header_accuracy_text_pdf"]:>10.3f} {summary["header_accuracy_scan"]:>10.3f}')
    perfect = {g: sum(1 for t in groups[g] if t['file'] not in wrong) for g in groups}
    print(f'  files with every header field right: text PDFs {perfect["text_pdf"]}/{len(groups["text_pdf"])}, '
          f'scans {perfect["scan"]}/{len(groups["scan"])}')

    print('\nLine items (a line counts as found when quantity, line total and description (similarity >= 0.8) match)')
    for g, ts in groups.items():
        tl = found = predn = price_ok = exact = 0
        for t in ts:
            o = by.get(t['file'], {})
            m, pn, po = score_lines(t['lines'], o.get('lines'), t['document_type'] == 'credit_note')
            tl += len(t['lines'])
            found += m
            predn += pn
            price_ok += po
            exact += int(m == len(t['lines']) == pn)
        rec = found / tl if tl else 0
        prec = found / predn if predn else 0
        print(f'  {g:9s} found {found}/{tl} = {rec:.3f}   precision {found}/{predn} = {prec:.3f}   '
              f'unit price right on found lines {price_ok}/{found or 1}   files with exactly the right lines {exact}/{len(ts)}')
        summary[f'line_recall_{g}'] = round(rec, 4)
        summary[f'line_precision_{g}'] = round(prec, 4)

    print('\nValidation faults (only these codes are scored: ' + ', '.join(CODES) + ')')
    missed, false_alarms, other_codes = [], [], {}
    for t in truth:
        exp = set(t['expected_validation'])
        got_all = codes_of(by.get(t['file'], {}))
        got = got_all & set(CODES)
        for c in sorted(exp - got):
            missed.append((t['file'], c, t['note']))
        for c in sorted(got - exp):
            false_alarms.append((t['file'], c, t['note'] or t['layout']))
        for c in got_all - set(CODES):
            other_codes[c] = other_codes.get(c, 0) + 1
    n_exp = sum(len(t['expected_validation']) for t in truth)
    print(f'  planted faults found: {n_exp - len(missed)}/{n_exp}    false alarms: {len(false_alarms)} '
          f'(in {len({f for f, _, _ in false_alarms})} of {sum(1 for t in truth if not t["expected_validation"])} clean files)')
    for f, c, note in missed:
        print(f'  MISSED       {f}  {c}  ({note})')
    for f, c, note in false_alarms:
        print(f'  FALSE ALARM  {f}  {c}  ({note})')
    if other_codes:
        print('  other codes reported (not scored): ' + ', '.join(f'{c} x{n}' for c, n in sorted(other_codes.items())))
    summary.update({'faults_found': n_exp - len(missed), 'faults_planted': n_exp, 'false_alarms': len(false_alarms), 'missing_outputs': len(missing)})

    if a.details:
        print('\nWrong header fields (file: field truth -> predicted)')
        for t in truth:
            for f, tv, pv in wrong.get(t['file'], []):
                print(f'  {t["file"]} [{t["source_kind"]}, {t["layout"]}] {f}: {tv!r} -> {pv!r}')
    if a.summary_json:
        with open(a.summary_json, 'w', encoding='utf-8') as f:
            json.dump(summary, f, indent=2)
    return 0 if objs else 1


if __name__ == '__main__':
    sys.exit(main())
