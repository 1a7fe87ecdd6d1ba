#!/usr/bin/env python3
"""Score Fornuft's mail classifier on this validation set (stdlib only).

Usage:
  python3 score.py FORNUFT_BIN [--timeout S] [--errors] [--summary-json PATH]
  python3 score.py --output saved.jsonl [...]      # score output saved earlier

FORNUFT_BIN may be a path or a quoted command line (e.g. "python3 -m fornuft").
The scorer runs, from this folder:
  FORNUFT mail classify messages/*.eml --json --org-file organization.json --known-domains known_domains.txt
and expects one JSON object per output line with at least
  {"source": "<path or file name>", "category": "<key>", "phishing": {"verdict": "clean|suspicious|phishing"}}
"""
import argparse
import csv
import json
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # blind set C: this folder
CATS = ['sales_inquiry', 'customer_support', 'invoice', 'job_application', 'project_assignment', 'supplier', 'newsletter', 'other']
SHORT = {'sales_inquiry': 'sales', 'customer_support': 'supp', 'invoice': 'inv', 'job_application': 'job',
         'project_assignment': 'proj', 'supplier': 'suppl', 'newsletter': 'news', 'other': 'other', 'missing': 'miss'}
VERDICTS = ('clean', 'suspicious', 'phishing')


def load_labels():
    with open(os.path.join(HERE, 'labels.csv'), encoding='utf-8') as f:
        return list(csv.DictReader(f))


def parse_output(text):
    objs, bad = [], 0
    text = text.strip()
    if text.startswith('['):
        try:
            return json.loads(text), 0
        except ValueError:
            pass
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            o = json.loads(line)
        except ValueError:
            bad += 1
            continue
        if isinstance(o, list):
            objs.extend(o)
        elif isinstance(o, dict):
            objs.append(o)
    return objs, bad


def verdict_of(o):
    p = o.get('phishing')
    if isinstance(p, dict):
        v = p.get('verdict')
    elif isinstance(p, str):
        v = p
    else:
        v = o.get('phishing_verdict')
    v = (v or '').strip().lower()
    return v if v in VERDICTS else ('invalid:' + v if v else 'missing')


def run(cmd, files, timeout):
    argv = shlex.split(cmd) + ['mail', 'classify'] + files + [
        '--json', '--org-file', os.path.join(HERE, 'organization.json'), '--known-domains', os.path.join(HERE, 'known_domains.txt')]
    try:
        p = subprocess.run(argv, cwd=HERE, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        sys.exit(f'cannot run {argv[0]!r}')
    except subprocess.TimeoutExpired:
        sys.exit(f'timed out after {timeout} s')
    if p.returncode != 0:
        print(f'warning: exit code {p.returncode}; stderr tail:\n{p.stderr[-1500:]}', file=sys.stderr)
    return p.stdout


def f1(tp, fp, fn):
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('fornuft', nargs='?', help='path or command line of the fornuft CLI')
    ap.add_argument('--output', help='score this saved JSON-lines output instead of running the CLI')
    ap.add_argument('--timeout', type=int, default=1800)
    ap.add_argument('--errors', action='store_true', help='list every misclassified message with its note')
    ap.add_argument('--summary-json', help='also write the headline numbers to this file')
    a = ap.parse_args()
    labels = load_labels()
    files = [os.path.join(HERE, 'messages', r['file']) for r in labels]
    if a.output:
        with open(a.output, encoding='utf-8') as f:
            out = f.read()
    elif a.fornuft:
        out = run(a.fornuft, files, a.timeout)
    else:
        ap.error('give FORNUFT_BIN or --output')
    objs, bad_lines = parse_output(out)
    by_name = {}
    unmatched = []
    for o in objs:
        src = o.get('source') or o.get('file') or o.get('path')
        if src:
            by_name[os.path.basename(str(src))] = o
        else:
            unmatched.append(o)
    if unmatched and len(unmatched) == len(objs) == len(labels):
        by_name = {r['file']: o for r, o in zip(labels, unmatched)}  # fall back to order
    missing = [r['file'] for r in labels if r['file'] not in by_name]

    legit = [r for r in labels if r['phishing'] == '0']
    phish = [r for r in labels if r['phishing'] == '1']
    pred = {r['file']: str((by_name.get(r['file']) or {}).get('category') or 'missing') for r in labels}
    verd = {r['file']: (verdict_of(by_name[r['file']]) if r['file'] in by_name else 'missing') for r in labels}

    print(f'messages: {len(labels)} ({len(legit)} legitimate, {len(phish)} phishing); outputs parsed: {len(objs)}'
          f'{f", unparsable lines: {bad_lines}" if bad_lines else ""}{f", missing: {len(missing)}" if missing else ""}')
    if missing:
        print('  missing outputs for: ' + ' '.join(missing[:30]) + (' ...' if len(missing) > 30 else ''))

    # ---- categories (legitimate messages only)
    print('\nCategory, legitimate messages only')
    print(f'  {"category":20s} {"prec":>6s} {"recall":>6s} {"F1":>6s} {"n":>4s}')
    f1s = {}
    for c in CATS:
        tp = sum(1 for r in legit if r['category'] == c and pred[r['file']] == c)
        fp = sum(1 for r in legit if r['category'] != c and pred[r['file']] == c)
        fn = sum(1 for r in legit if r['category'] == c and pred[r['file']] != c)
        p, rc, f = f1(tp, fp, fn)
        f1s[c] = f
        print(f'  {c:20s} {p:6.3f} {rc:6.3f} {f:6.3f} {tp + fn:4d}')
    macro = sum(f1s.values()) / len(CATS)
    acc = sum(1 for r in legit if pred[r['file']] == r['category']) / len(legit)
    print(f'  macro-F1 (legitimate): {macro:.3f}    accuracy: {acc:.3f}')

    extra = sorted({pred[r['file']] for r in legit} - set(CATS))
    cols = CATS + extra
    print('\nConfusion matrix (rows = truth, columns = predicted; legitimate messages)')
    print('  ' + ' ' * 8 + ''.join(f'{SHORT.get(c, c[:6]):>7s}' for c in cols))
    for t in CATS:
        row = [sum(1 for r in legit if r['category'] == t and pred[r['file']] == c) for c in cols]
        print(f'  {SHORT[t]:8s}' + ''.join(f'{(str(x) if x else "."):>7s}' for x in row))

    langs = sorted({r['language'] for r in legit})
    print('\nAccuracy by language (legitimate): ' + ', '.join(
        f'{lg} {sum(1 for r in legit if r["language"] == lg and pred[r["file"]] == r["category"])}/{sum(1 for r in legit if r["language"] == lg)}'
        for lg in langs))

    # ---- phishing
    caught = [r for r in phish if verd[r['file']] in ('suspicious', 'phishing')]
    hard = [r for r in phish if verd[r['file']] == 'phishing']
    flagged_ph = [r for r in legit if verd[r['file']] == 'phishing']
    flagged_sus = [r for r in legit if verd[r['file']] == 'suspicious']
    invalid = [r['file'] for r in labels if verd[r['file']] not in VERDICTS]
    print('\nPhishing')
    print(f'  recall (suspicious or phishing): {len(caught)}/{len(phish)} = {len(caught) / len(phish):.3f}'
          f'   (verdict "phishing": {len(hard)}/{len(phish)})')
    print(f'  legitimate flagged "phishing":   {len(flagged_ph)}/{len(legit)} = {len(flagged_ph) / len(legit):.3f}')
    print(f'  legitimate flagged "suspicious": {len(flagged_sus)}/{len(legit)} = {len(flagged_sus) / len(legit):.3f}')
    if invalid:
        print(f'  missing/invalid verdicts: {len(invalid)}')
    missed = [r for r in phish if r not in caught]
    if missed:
        print('  phishing judged clean:')
        for r in missed:
            print(f'    {r["file"]}  [{r["category"]} look] {r["note"]}')
    if flagged_ph:
        print('  legitimate judged phishing:')
        for r in flagged_ph:
            print(f'    {r["file"]}  [{r["category"]}] {r["note"]}')

    if a.errors:
        print('\nMisclassified legitimate messages')
        for r in legit:
            if pred[r['file']] != r['category']:
                print(f'  {r["file"]}  truth={r["category"]} predicted={pred[r["file"]]} lang={r["language"]}  {r["note"]}')

    if a.summary_json:
        with open(a.summary_json, 'w', encoding='utf-8') as f:
            json.dump({'macro_f1_legit': round(macro, 4), 'accuracy_legit': round(acc, 4), 'f1': {c: round(v, 4) for c, v in f1s.items()},
                       'phishing_recall': round(len(caught) / len(phish), 4),
                       'legit_flagged_phishing_rate': round(len(flagged_ph) / len(legit), 4),
                       'legit_flagged_suspicious_rate': round(len(flagged_sus) / len(legit), 4),
                       'missing_outputs': len(missing)}, f, indent=2)
    return 0 if objs else 1


if __name__ == '__main__':
    sys.exit(main())
