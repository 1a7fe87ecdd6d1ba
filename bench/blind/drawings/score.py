#!/usr/bin/env python3
"""Score Fornuft's drawing reader on the blind drawing set (stdlib only).

Usage:
  python3 score.py FORNUFT_CMD [--per-file] [--timeout S] [--details] [--summary-json PATH]
  python3 score.py --predictions out.jsonl [--details]

FORNUFT_CMD is a path or a quoted command line (e.g. "/work/main/.venv/bin/python -m fornuft.cli").
The scorer runs, from this folder:  FORNUFT_CMD cad read files/*.dxf files/*.pdf --json
(--per-file: one call per file). Expected output, one JSON object per file:
  {"source", "title_block": {"drawing_number", "title", "revision", "date", "drawn_by", "checked_by", "scale",
   "sheet", "project", "company"}, "bom": [{"item", "part_number", "description", "quantity", "material"}],
   "units", "layers": [str]}
A line with an "error" key counts as an error for its file.

Comparison. Texts are compared case-insensitively on their letters and digits only, so spacing,
punctuation and line breaks do not matter. Some fields have their own rules:
- date: the ISO date (YYYY-MM-DD);
- sheet: "n/m", spaces ignored;
- scale: spaces ignored;
- revision: a leading "Rev"/"Revisjon" is ignored;
- company: may carry extra text (an address) after the name;
- null fields: null and "" both count as null.
A BOM row is right when all five fields are right. The quantity must be a number; a numeric string counts
as right but is reported. Rows are paired by item, then by part number.
Goals: title-block field accuracy >= 0.95 on DXF and >= 0.90 on PDF; BOM row accuracy >= 0.90.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ('drawing_number', 'title', 'revision', 'date', 'drawn_by', 'checked_by', 'scale', 'sheet', 'project', 'company')
BOM_FIELDS = ('item', 'part_number', 'description', 'quantity', 'material')
UNIT_SYNONYMS = {'mm': 'mm', 'millimeter': 'mm', 'millimeters': 'mm', 'millimetre': 'mm', 'millimetres': 'mm',
                 'cm': 'cm', 'centimeter': 'cm', 'centimeters': 'cm', 'centimetre': 'cm', 'centimetres': 'cm',
                 'm': 'm', 'meter': 'm', 'meters': 'm', 'metre': 'm', 'metres': 'm',
                 'in': 'in', 'inch': 'in', 'inches': 'in', '"': 'in'}


def is_null(v):
    return v is None or (isinstance(v, str) and v.strip().casefold() in ('', 'null', 'none', '-', '–'))


def alnum(v):
    return ''.join(ch for ch in str(v).casefold() if ch.isalnum())


def field_ok(name, truth, pred):
    if truth is None:
        return is_null(pred)
    if is_null(pred):
        return False
    p = str(pred).strip()
    if name == 'date':
        m = re.match(r'\d{4}-\d{2}-\d{2}', p)
        return bool(m) and m.group(0) == truth
    if name == 'sheet':
        return re.sub(r'\s+', '', p) == truth
    if name == 'scale':
        return re.sub(r'\s+', '', p).casefold() == re.sub(r'\s+', '', truth).casefold()
    if name == 'revision':
        p = re.sub(r'^(revisjon|revision|rev)\.?\s*', '', p, flags=re.I)
    if name == 'company':
        a, b = alnum(truth), alnum(p)
        return bool(b) and b.startswith(a) or b == a
    return alnum(p) == alnum(truth)


def qty_ok(truth, pred):
    if isinstance(pred, bool) or pred is None:
        return False, False
    if isinstance(pred, (int, float)):
        return abs(float(pred) - float(truth)) < 1e-6, False
    try:
        v = float(re.sub(r'[^\d,.\-]', '', str(pred)).replace(',', '.'))
    except ValueError:
        return False, True
    return abs(v - float(truth)) < 1e-6, True


def norm_unit(u):
    if is_null(u):
        return None
    return UNIT_SYNONYMS.get(str(u).strip().casefold(), str(u).strip().casefold())


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
            else:
                bad += 1
    return objs, bad


def run(cmd, files, timeout):
    argv = shlex.split(cmd) + ['cad', 'read'] + files + ['--json']
    t0 = time.monotonic()
    try:
        p = subprocess.run(argv, cwd=HERE, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        sys.exit(f'cannot run {argv[0]!r}')
    except subprocess.TimeoutExpired:
        return '', -1, timeout, 'timeout'
    return p.stdout, p.returncode, time.monotonic() - t0, p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('fornuft', nargs='?')
    ap.add_argument('--predictions')
    ap.add_argument('--per-file', action='store_true')
    ap.add_argument('--timeout', type=int, default=600)
    ap.add_argument('--details', action='store_true', help='list every wrong field and BOM row')
    ap.add_argument('--summary-json')
    a = ap.parse_args()

    with open(os.path.join(HERE, 'truth.jsonl'), encoding='utf-8') as f:
        truth = [json.loads(line) for line in f if line.strip()]
    files = [os.path.join('files', t['file']) for t in truth]
    runs = []
    if a.predictions:
        with open(a.predictions, encoding='utf-8') as f:
            objs, bad = parse_lines(f.read())
    elif a.fornuft:
        objs, bad = [], 0
        for group in ([[x] for x in files] if a.per_file else [files]):
            out, rc, secs, err = run(a.fornuft, group, a.timeout)
            got, b = parse_lines(out)
            objs += got
            bad += b
            runs.append((len(group), rc, secs, err))
    else:
        ap.error('give FORNUFT_CMD or --predictions')

    by_name, errors = {}, {}
    for o in objs:
        src = o.get('source') or o.get('file') or o.get('path')
        name = os.path.basename(str(src)) if src else None
        if not name:
            continue
        if 'error' in o and not o.get('title_block'):
            errors[name] = o.get('error')
        else:
            by_name[name] = o

    tb_right = {'dxf': 0, 'pdf': 0}
    tb_total = {'dxf': 0, 'pdf': 0}
    per_field = {f: [0, 0] for f in FIELDS}
    per_style = {}
    wrong = []
    bom_truth = bom_right = bom_extra = qty_strings = 0
    bom_field = {f: [0, 0] for f in BOM_FIELDS}
    bom_wrong = []
    units_right = units_total = layers_right = layers_total = 0
    no_tb_ok = None
    missing = []
    for t in truth:
        name = t['file']
        fmt = t['format']
        p = by_name.get(name)
        if p is None:
            missing.append(name)
            p = {}
        ptb = p.get('title_block') if isinstance(p.get('title_block'), dict) else {}
        right_here = 0
        for fld in FIELDS:
            ok = field_ok(fld, t['title_block'][fld], ptb.get(fld))
            right_here += ok
            per_field[fld][0] += ok
            per_field[fld][1] += 1
            if not ok:
                wrong.append((name, fld, t['title_block'][fld], ptb.get(fld)))
        tb_right[fmt] += right_here
        tb_total[fmt] += len(FIELDS)
        st = per_style.setdefault(t['style'], [0, 0])
        st[0] += right_here
        st[1] += len(FIELDS)
        if t['style'] == 'X':
            no_tb_ok = right_here == len(FIELDS)
        # BOM
        prows = [r for r in (p.get('bom') or []) if isinstance(r, dict)]
        used = set()
        for tr in t['bom']:
            bom_truth += 1
            cand = None
            for i, pr in enumerate(prows):
                if i not in used and not is_null(pr.get('item')) and alnum(pr.get('item')) == alnum(tr['item']):
                    cand = i
                    break
            if cand is None:
                for i, pr in enumerate(prows):
                    if i not in used and not is_null(pr.get('part_number')) and alnum(pr.get('part_number')) == alnum(tr['part_number']):
                        cand = i
                        break
            if cand is None:
                bom_wrong.append((name, tr['item'], 'row not found', ''))
                continue
            used.add(cand)
            pr = prows[cand]
            row_ok = True
            for fld in BOM_FIELDS:
                if fld == 'quantity':
                    ok, was_str = qty_ok(tr['quantity'], pr.get('quantity'))
                    qty_strings += was_str
                else:
                    ok = field_ok(fld, tr[fld], pr.get(fld))
                bom_field[fld][0] += ok
                bom_field[fld][1] += 1
                if not ok:
                    row_ok = False
                    bom_wrong.append((name, tr['item'], fld, f'{tr[fld]!r} -> {pr.get(fld)!r}'))
            bom_right += row_ok
        bom_extra += len(prows) - len(used)
        # units, layers
        units_total += 1
        units_right += norm_unit(p.get('units')) == t['units']
        if fmt == 'dxf':
            layers_total += 1
            pl = {str(x).casefold() for x in (p.get('layers') or [])}
            defined = {x.casefold() for x in t['layers']} | {'defpoints'}
            usedl = {x.casefold() for x in t['layers_used']}
            layers_right += usedl <= pl <= defined

    n_dxf = sum(1 for t in truth if t['format'] == 'dxf')
    n_pdf = len(truth) - n_dxf
    print(f'Blind drawing set: {len(truth)} files ({n_dxf} DXF, {n_pdf} PDF), {bom_truth} BOM rows; outputs: {len(by_name)}'
          + (f', error objects: {len(errors)}' if errors else '') + (f', unparsable lines: {bad}' if bad else '')
          + (f', missing: {len(missing)}' if missing else ''))
    for n, rc, secs, err in runs:
        if rc != 0:
            print(f'  a call with {n} file(s) exited {rc}: {(err or "")[-300:]!r}')
    if runs:
        tot = sum(r[2] for r in runs)
        print(f'  run time {tot:.1f} s for {len(truth)} files ({len(truth) / tot if tot else 0:.1f} files/s incl. start-up)')
    if missing:
        print('  no output for: ' + ', '.join(missing))
    if errors:
        for k, v in errors.items():
            print(f'  error for {k}: {str(v)[:160]}')
    acc_dxf = tb_right['dxf'] / tb_total['dxf'] if tb_total['dxf'] else 0
    acc_pdf = tb_right['pdf'] / tb_total['pdf'] if tb_total['pdf'] else 0
    bom_acc = bom_right / bom_truth if bom_truth else 0
    print('\nTitle block')
    print(f'  DXF field accuracy: {acc_dxf:.3f} ({tb_right["dxf"]}/{tb_total["dxf"]}; goal >= 0.95)')
    print(f'  PDF field accuracy: {acc_pdf:.3f} ({tb_right["pdf"]}/{tb_total["pdf"]}; goal >= 0.90)')
    print('  by field: ' + ', '.join(f'{f} {v[0]}/{v[1]}' for f, v in per_field.items()))
    print('  by style: ' + ', '.join(f'{s} {v[0]}/{v[1]}' for s, v in sorted(per_style.items())))
    print(f'  drawing without a title block reported as all null: {"yes" if no_tb_ok else "no"}')
    print('\nBOM')
    print(f'  row accuracy: {bom_acc:.3f} ({bom_right}/{bom_truth}; goal >= 0.90); extra rows predicted: {bom_extra}'
          + (f'; quantities given as strings: {qty_strings}' if qty_strings else ''))
    print('  by field (paired rows): ' + ', '.join(f'{f} {v[0]}/{v[1]}' for f, v in bom_field.items()))
    print('\nOther')
    print(f'  units right: {units_right}/{units_total}; DXF layers right (used <= reported <= defined): {layers_right}/{layers_total}')
    if a.details:
        print('\nWrong title-block fields')
        for name, fld, tv, pv in wrong:
            print(f'  {name:28s} {fld:15s} truth={tv!r} got={pv!r}')
        print('\nWrong BOM rows')
        for name, item, fld, info in bom_wrong:
            print(f'  {name:28s} item {item}: {fld} {info}')
    if a.summary_json:
        with open(a.summary_json, 'w', encoding='utf-8') as f:
            json.dump({'title_block_accuracy_dxf': round(acc_dxf, 4), 'title_block_accuracy_pdf': round(acc_pdf, 4),
                       'bom_row_accuracy': round(bom_acc, 4), 'bom_extra_rows': bom_extra, 'errors': len(errors),
                       'missing': len(missing), 'no_title_block_all_null': no_tb_ok,
                       'units_right': units_right, 'layers_right': layers_right}, f, indent=2)
    return 0 if by_name or a.predictions else 1


if __name__ == '__main__':
    sys.exit(main())
