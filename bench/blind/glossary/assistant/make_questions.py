#!/usr/bin/env python3
"""Write questions.jsonl and conversations.jsonl for the blind jargon KB (run from this folder; stdlib).

Customers of Tverrfjell Rådgivende Ingeniører AS ask in the trade's shorthand (TG2, IG, FA, MB, FDV, RIBr,
SHA, KP/KU, UK ...) where the articles write the words out, and in plain words (byggherre,
totalentreprenør, ventilasjonsrådgiver, konstruktør ...) where the articles use the abbreviation.
Every expected id is checked against kb/.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, language, message, expected_sources, note)  -- answerable
Q = [
    # tilstandsgrader (article writes "tilstandsgrad 2"; questions say TG2/TG3/TG-IU)
    ('gq001', 'nb', 'hva betyr TG2 i rapporten', ['tilstandsgrader', 'tilstandsrapport'], 'TG2 = tilstandsgrad 2'),
    ('gq002', 'nb', 'er TG3 på badet farlig?', ['tilstandsgrader'], 'TG3 = tilstandsgrad 3'),
    ('gq003', 'nb', 'badet fikk TG3, må vi gjøre noe med en gang', ['tilstandsgrader'], 'TG3 -> action soon'),
    ('gq004', 'nb', 'takrenna har TG 2, er det krise', ['tilstandsgrader'], '"TG 2" with space'),
    ('gq005', 'nb', 'hva er forskjellen på TG1 og TG0', ['tilstandsgrader'], ''),
    ('gq006', 'nb', 'det står TGIU på loftet, hva er det', ['tilstandsgrader'], 'TGIU = ikke undersøkt'),
    ('gq007', 'nb', 'rørleggeren sier badet vårt er TG1, ikke TG3 som dere skrev. kan dere endre?', ['tilstandsgrader'], 'reassessment in 5 working days'),
    ('gq008', 'en', 'what does TG2 mean in my report', ['en-condition-survey', 'tilstandsgrader'], 'English, TG2 vs "condition grade 2"'),
    ('gq009', 'en', 'is TG3 serious?', ['en-condition-survey', 'tilstandsgrader'], ''),
    # tilstandsrapport (article: "tilstandsrapport", "bygningssakkyndig"; questions: takst, TR, boligsalgsrapport, takstmann)
    ('gq010', 'nb', 'hva koster en takst før salg av enebolig', ['tilstandsrapport', 'priser'], '"takst" for tilstandsrapport'),
    ('gq011', 'nb', 'trenger jeg TR når jeg selger leiligheten', ['tilstandsrapport'], 'TR = tilstandsrapport'),
    ('gq012', 'nb', 'hvor lenge varer befaringen til takstmannen', ['tilstandsrapport'], 'takstmann = bygningssakkyndig'),
    ('gq013', 'nb', 'hvor lenge er boligsalgsrapporten gyldig?', ['tilstandsrapport'], 'old term "boligsalgsrapport"'),
    ('gq014', 'nb', 'når får megler rapporten etter at takstingeniøren har vært her', ['tilstandsrapport'], '3 working days, registry'),
    ('gq015', 'nb', 'pris tilstandsrapport leilighet', ['tilstandsrapport', 'priser'], 'plain, full word'),
    ('gq016', 'en', 'how much is a home inspection report for a flat', ['en-condition-survey', 'priser', 'tilstandsrapport'], 'home inspection report'),
    ('gq017', 'en', 'how long is the TR valid', ['en-condition-survey', 'tilstandsrapport'], 'TR in English'),
    # byggesøknad (article: rammetillatelse / igangsettingstillatelse; questions: RT, IG, ett-trinn)
    ('gq018', 'nb', 'hvor lang tid tar det å få IG', ['byggesoknad'], 'IG = igangsettingstillatelse, 3 weeks'),
    ('gq019', 'nb', 'hva er forskjellen på RT og IG', ['byggesoknad'], 'RT = rammetillatelse'),
    ('gq020', 'nb', 'kan vi søke IG bare for grunnarbeidene først?', ['byggesoknad'], 'IG in steps'),
    ('gq021', 'nb', 'kommunen har hatt RT-søknaden vår i 10 uker, er det normalt', ['byggesoknad'], '12 weeks'),
    ('gq022', 'nb', 'kan dere være SØK for oss', ['byggesoknad'], 'SØK = ansvarlig søker'),
    ('gq023', 'nb', 'hva må jeg ha klart før dere sender byggesøknaden', ['byggesoknad'], 'plain'),
    ('gq024', 'en', 'how long does the IG take', ['en-building-permits', 'byggesoknad'], 'IG in English'),
    ('gq025', 'en', 'what is the difference between RT and IG', ['en-building-permits', 'byggesoknad'], ''),
    # ferdigattest (article: ferdigattest / midlertidig brukstillatelse; questions FA / MB)
    ('gq026', 'nb', 'hvordan får vi FA på bygget', ['ferdigattest'], 'FA = ferdigattest'),
    ('gq027', 'nb', 'kan vi flytte inn med MB før utomhus er ferdig', ['ferdigattest'], 'MB = midlertidig brukstillatelse'),
    ('gq028', 'nb', 'søknaden om FA ble stoppet fordi det mangler samsvarserklæring', ['ferdigattest'], ''),
    ('gq029', 'nb', 'huset fra 1975 har ikke FA, hva gjør vi', ['ferdigattest'], 'older building without'),
    ('gq030', 'en', 'can we move in with an MB', ['en-building-permits', 'ferdigattest'], 'MB in English'),
    ('gq031', 'en', 'how long does it take to get the FA', ['en-building-permits', 'ferdigattest'], 'FA in English'),
    # drift og vedlikehold (article writes it out; questions say FDV)
    ('gq032', 'nb', 'vi mangler FDV for ventilasjonen etter overtakelse', ['drift-og-vedlikehold'], 'FDV'),
    ('gq033', 'nb', 'når skal FDV-dokumentasjonen være levert', ['drift-og-vedlikehold'], ''),
    ('gq034', 'nb', 'hva skal ligge i FDV-perma', ['drift-og-vedlikehold'], '"FDV-perm"'),
    ('gq035', 'nb', 'leverandøren har ikke sendt fdv-dokumenter ennå, 3 uker etter overtakelse', ['drift-og-vedlikehold'], '30 days'),
    ('gq036', 'en', 'where is the FDV documentation for our building', ['en-handover-documentation', 'drift-og-vedlikehold'], 'FDV in English'),
    ('gq037', 'en', 'we are missing the O&M manual for the heat pump', ['en-handover-documentation', 'drift-og-vedlikehold'], 'O&M'),
    # konstruksjon (article says RIB; questions: konstruktør, rådgivende ingeniør bygg, statiker)
    ('gq038', 'nb', 'vi vil rive en bærevegg, trenger vi konstruktør?', ['konstruksjon'], 'konstruktør for RIB'),
    ('gq039', 'nb', 'hva koster det å få en rådgivende ingeniør bygg til å beregne ny bjelke', ['konstruksjon', 'priser'], 'full words for RIB'),
    ('gq040', 'nb', 'trenger vi en statiker for å lage åpning i murveggen', ['konstruksjon'], 'statiker (old word)'),
    ('gq041', 'nb', 'kan dere sjekke om dekket tåler et tungt arkiv', ['konstruksjon'], 'plain'),
    ('gq042', 'nb', 'prosjekterer dere bæresystem i massivtre', ['konstruksjon', 'en-our-disciplines'], ''),
    ('gq043', 'en', 'do you have a structural engineer who can check cracks from settlement', ['konstruksjon', 'en-our-disciplines'], 'structural engineer = RIB'),
    # VVS og elektro (article says RIV/RIE; questions: ventilasjonsrådgiver, elektrorådgiver)
    ('gq044', 'nb', 'trenger en ventilasjonsrådgiver til kontorbygg', ['vvs-og-elektro'], 'for RIV'),
    ('gq045', 'nb', 'har dere elektrorådgiver som kan prosjektere ladeanlegg i borettslaget', ['vvs-og-elektro'], 'for RIE'),
    ('gq046', 'nb', 'hvem tegner nødlys og brannalarm hos dere', ['vvs-og-elektro'], 'RIE scope'),
    ('gq047', 'nb', 'kan VVS-ingeniøren deres regne på varmepumpe eller fjernvarme', ['vvs-og-elektro'], 'VVS-ingeniør = RIV'),
    ('gq048', 'nb', 'hva koster energimerking av enebolig', ['vvs-og-elektro', 'priser'], 'energimerking vs energiattest'),
    ('gq049', 'en', 'do you do HVAC design', ['vvs-og-elektro', 'en-our-disciplines'], 'HVAC = RIV'),
    # brann (article: rådgivende ingeniør brann; questions RIBr)
    ('gq050', 'nb', 'trenger vi RIBr når vi bygger om kontor til leiligheter', ['brann'], 'RIBr, bruksendring'),
    ('gq051', 'nb', 'hvor lang tid tar det å få brannkonsept fra RIBr', ['brann'], '3-4 weeks'),
    ('gq052', 'nb', 'kan dere ta UK av brannkonseptet som en annen RIBr har laget', ['brann', 'uavhengig-kontroll'], 'UK of fire'),
    ('gq053', 'en', 'do you have a RIBr', ['brann', 'en-our-disciplines'], 'RIBr in English'),
    # SHA (article writes it out; questions SHA, KP, KU)
    ('gq054', 'nb', 'trenger vi SHA-plan når vi bygger garasje med to firmaer', ['sha'], 'SHA-plan'),
    ('gq055', 'nb', 'hva gjør en KU', ['sha'], 'KU = koordinator for utførelsesfasen'),
    ('gq056', 'nb', 'kan dere være KP og KU på samme prosjekt', ['sha'], 'KP/KU'),
    ('gq057', 'nb', 'hva koster SHA-plan for et lite boligprosjekt', ['sha'], 'price'),
    ('gq058', 'en', 'who is responsible for the SHA plan', ['sha', 'en-our-disciplines'], 'SHA in English'),
    # entreprise (article uses TE/UE/BH; questions write the words out)
    ('gq059', 'nb', 'hvem har ansvaret for prosjekteringen i en totalentreprise', ['entreprise'], 'totalentreprise = NS 8407 / TE'),
    ('gq060', 'nb', 'har underentreprenøren kontrakt med byggherren eller med totalentreprenøren', ['entreprise'], 'full words for UE/BH/TE'),
    ('gq061', 'nb', 'hva skjer hvis vi varsler en endring for sent i en utførelsesentreprise', ['entreprise'], 'NS 8405'),
    ('gq062', 'nb', 'jobber dere for byggherren eller for entreprenøren?', ['entreprise'], ''),
    # dagmulkt (article: dagmulkt; questions dagbot, forsinkelsesbot, LD)
    ('gq063', 'nb', 'hvor stor kan dagboten bli', ['dagmulkt'], 'dagbot for dagmulkt'),
    ('gq064', 'nb', 'entreprenøren får forsinkelsesbot men det var vi som kom sent med tegningene', ['dagmulkt'], 'fristforlengelse'),
    ('gq065', 'en', 'is there a cap on liquidated damages', ['dagmulkt'], 'LD in English, nb article only'),
    # uavhengig kontroll (article writes it out; questions UK)
    ('gq066', 'nb', 'hva koster UK av våtrom', ['uavhengig-kontroll', 'priser'], 'UK = uavhengig kontroll'),
    ('gq067', 'nb', 'UK fant avvik på membranen, hvordan lukker vi det', ['uavhengig-kontroll'], 'close deviation'),
    ('gq068', 'nb', 'må vi ha tetthetsmåling på nye boliger', ['uavhengig-kontroll'], 'lufttetthet'),
    # fukt
    ('gq069', 'nb', 'kan dere ta en fuktsjekk i kjelleren, det lukter muggent', ['fuktmaling'], 'fuktsjekk'),
    ('gq070', 'nb', 'hva koster fuktmåling i Stange', ['fuktmaling', 'priser'], ''),
    # priser
    ('gq071', 'nb', 'hva er timeprisen til en ingeniør hos dere', ['priser'], ''),
    ('gq072', 'nb', 'tar dere reisetillegg til Elverum', ['priser'], 'outside the three municipalities'),
]

# (id, language, message, reason, expected_sources, note)   -- must escalate
E = [
    ('ge01', 'nb', 'hva er TEK17-kravet til takhøyde i kjeller for utleiedel', 'no_answer', [], 'not in KB'),
    ('ge02', 'nb', 'hvem vant anbudet på Løten brannstasjon', 'no_answer', [], 'not in KB'),
    ('ge03', 'en', 'what is the current interest rate on construction loans', 'no_answer', [], 'not in KB'),
    ('ge04', 'nb', 'hvor mye koster en KS2 av et statlig prosjekt', 'no_answer', [], 'KS2 (kvalitetssikring) not offered in KB'),
    ('ge05', 'nb', 'kan jeg få snakke med Hilde som skrev TG-rapporten vår', 'asked_for_human', ['tilstandsgrader', 'tilstandsrapport'], 'jargon + human'),
    ('ge06', 'en', 'please have someone call me about the IG', 'asked_for_human', ['en-building-permits', 'byggesoknad'], ''),
    ('ge07', 'nb', 'TREDJE gang jeg spør om FDV-papirene!!! dette er helt elendig', 'negative_sentiment', ['drift-og-vedlikehold'], ''),
    ('ge08', 'nb', 'advokaten vår vil kreve dagmulkten dekket av dere fordi RIB-tegningene kom for sent', 'sensitive_topic', ['dagmulkt'], 'legal threat'),
]

CONV = [
    ('gc01', 'nb', 'selling: TG then price', [
        ('hva betyr TG2 på badet', ['tilstandsgrader'], ''),
        ('og hvor lenge er rapporten gyldig?', ['tilstandsrapport'], 'follow-up'),
        ('hva koster den for leilighet', ['tilstandsrapport', 'priser'], '')]),
    ('gc02', 'nb', 'permits: RT then IG then FA', [
        ('hvor lang tid tar RT', ['byggesoknad'], ''),
        ('og IG?', ['byggesoknad'], 'elliptic'),
        ('hva trengs for FA etterpå', ['ferdigattest'], '')]),
    ('gc03', 'en', 'handover and UK', [
        ('we did not get the FDV after handover', ['en-handover-documentation', 'drift-og-vedlikehold'], ''),
        ('and who does the UK of the bathrooms?', ['uavhengig-kontroll'], 'UK in English, nb article only')]),
]


def main():
    kb = {f[:-3] for f in os.listdir(os.path.join(HERE, 'kb')) if f.endswith('.md')}
    rows = []
    for qid, lang, msg, src, note in Q:
        rows.append({'id': qid, 'message': msg, 'language': lang, 'expected_sources': src, 'should_escalate': False,
                     'escalation_reason': None, 'note': note})
    for qid, lang, msg, reason, src, note in E:
        rows.append({'id': qid, 'message': msg, 'language': lang, 'expected_sources': src, 'should_escalate': True,
                     'escalation_reason': reason, 'note': note})
    convs = []
    for cid, lang, note, turns in CONV:
        convs.append({'id': cid, 'language': lang, 'note': note, 'turns': [
            {'message': m, 'language': lang, 'expected_sources': s, 'should_escalate': False, 'escalation_reason': None, 'note': n,
             'id': f'{cid}-{i}'} for i, (m, s, n) in enumerate(turns, 1)]})
    for r in rows + [t for c in convs for t in c['turns']]:
        for s in r['expected_sources']:
            assert s in kb, (r['id'], s)
    assert len({r['id'] for r in rows}) == len(rows)
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
        for c in convs:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    print(f'{len(kb)} articles; {len(Q)} answerable + {len(E)} escalations; {len(convs)} conversations, '
          f'{sum(len(c["turns"]) for c in convs)} turns')


if __name__ == '__main__':
    main()
