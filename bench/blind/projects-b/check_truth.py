"""Consistency check of truth.jsonl (no Fornuft involved): dates, VAT alternatives, that the truth itself
scores 1.0 under score.py's matching rules, dropped items not matching kept ones, and rough capacity per
skill in each assignment's window.  /work/main/.venv/bin/python check_truth.py"""
import json, datetime as dt, sys
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
import score
T=[json.loads(l) for l in open(score.HERE / 'truth.jsonl')]
team=json.load(open(score.HERE / 'team.json'))
D=dt.date.fromisoformat
langs={}; fmts={}
for t in T:
    langs[t['language']]=langs.get(t['language'],0)+1; fmts[t['format']]=fmts.get(t['format'],0)+1
    assert D(t['deadline'])>=D(t['start']), t['source']
    assert t['client'] in t['client_accept']
    for b in t['budget_accept']: assert abs(b['amount']*1.25-t['budget']['amount'])<1
    # perfect prediction must pass each field
    pred={'client':t['client'],'title':'Prosjekt '+t['title_keywords'][0],'deadline':t['deadline'],'budget':t['budget'],'location':t['location']}
    for f in score.EXTRACT_FIELDS: assert score.field_ok(f,pred,t),(t['source'],f)
    assert all(score.match_deliverables(t['deliverables'],t['deliverables']))
    for d in t['deliverables_dropped']:
        assert not any(score.match_deliverables([d],t['deliverables'])),(t['source'],d)
    print(t['source'],t['start'],D(t['start']).strftime('%a'),'->',t['deadline'],D(t['deadline']).strftime('%a W%V'),t['budget'] and (t['budget']['amount'],t['budget']['currency'],t['budget']['vat']),t['feasible'])
print(langs,fmts,sum(len(t['deliverables']) for t in T))
# capacity in window per skill
for t in T:
    s,e=D(t['start']),D(t['deadline'])
    cap={}
    d=s
    while d<=e:
        if d.weekday()<5:
            y,w,_=d.isocalendar()
            for p in team['people']:
                c=score.week_capacity(p,(y,w))/5
                for k in p['skills']: cap[k]=cap.get(k,0)+c
        d+=dt.timedelta(1)
    print(t['source'][:28], {k:round(v) for k,v in sorted(cap.items())})
