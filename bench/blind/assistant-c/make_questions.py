#!/usr/bin/env python3
"""Blind assistant set C: Vidda Fiber AS (fibre/internet provider, Hallingdal and Numedal).

Writes questions.jsonl (100 single questions) and conversations.jsonl (7 conversations) next to
this file, in the record format of the validation assistant set, and checks that every expected
source id is an article in kb/. Standard library only. Everything is invented.
Run: python3 make_questions.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KB = os.path.join(HERE, 'kb')

# short names for article ids
BEST = 'bestille-fiber'
GRAV = 'graving-og-installasjon'
PRIS = 'abonnement-og-priser'
HYTTE = 'hytte-og-sesongpause'
FAKT = 'faktura-og-betaling'
OPPS = 'oppsigelse'
FLYTT = 'flytting-og-overdragelse'
RUTER = 'ruter-og-tradlost-nett'
FEIL = 'feilsoking'
DRIFT = 'driftsmeldinger-og-kompensasjon'
TV = 'tv-og-strommetjenester'
TLF = 'fasttelefon-ip-telefoni'
BED = 'bedriftsabonnement'
PERS = 'personvern'
BRL = 'borettslag-og-sameie'
KS = 'kundeservice-og-apningstider'
E_NEW = 'en-new-to-norway-tenants-students'
E_GAME = 'en-gaming-ports-ipv6'
E_VPN = 'en-home-office-vpn'
E_SAFE = 'en-parental-controls-security'
E_POWER = 'en-power-cuts-backup'
E_STREAM = 'en-streaming-and-smart-tv'

NA, HUM, NEG, SENS = 'no_answer', 'asked_for_human', 'negative_sentiment', 'sensitive_topic'

QUESTIONS = []


def q(message, lang, sources, reason=None, note=''):
    QUESTIONS.append({'message': message, 'language': lang, 'expected_sources': list(sources),
                      'should_escalate': reason is not None, 'escalation_reason': reason, 'note': note})


# ------------------------------------------------------------------ answerable, nb
q('har dere fiber i Hallingdal? bor på Torpo', 'nb', [BEST], note='coverage check; place name not in KB')
q('hva koster det å få lagt inn fiber i huset', 'nb', [BEST], note='tilknytningsavgift in own words')
q('kan jeg dele opp betalingen av tilknytningen?', 'nb', [BEST], note='12/24 instalments; «dele opp» not in article')
q('hvor lenge tar det før vi får fiber etter at vi har bestilt? vi har bestilt nå i november', 'nb', [BEST], note='frozen ground, may slip to spring')
q('jeg leier leilighet, kan jeg bestille fiber selv?', 'nb', [BEST, FLYTT], note='owner must sign tilknytning; tenant can have subscription')
q('må vi grave sjøl eller gjør dere det', 'nb', [GRAV], note='dialect-ish «sjøl»')
q('hvor dyp må grøfta vere', 'nb', [GRAV], note='typo/dialect «vere»; 40 cm')
q('Vi har varmekabel i oppkjørselen. Må vi si ifra om det før dere graver?', 'nb', [GRAV], note='private cables must be marked')
q('kommer dere og legger tilbake hellene i innkjørselen etterpå?', 'nb', [GRAV], note='«heller» = belegningsstein; not restored')
q('skal lage ny terrasse til våren, må jeg tenke på fiberkabelen?', 'nb', [GRAV], note='kabelpåvisning before digging')
q('pris på 500?', 'nb', [PRIS], note='very short')
q('er det bindingstid hos dere', 'nb', [PRIS, OPPS], note='none unless campaign')
q('betaler for 1000 men får bare 300 på mobilen i andre etasje. normalt?', 'nb', [PRIS, RUTER, FEIL], note='wifi vs cable; no «trådløst» word')
q('dere har økt prisen, kan jeg si opp uten gebyr da?', 'nb', [PRIS], note='price increase: cancel without fee')
q('kan vi pause nettet på hytta over sommeren', 'nb', [HYTTE], note='sesongpause')
q('Vi har hytte på Geilo med varmestyring over nett. Går det an å ha sesongpause likevel?', 'nb', [HYTTE], note='pause disables remote heating')
q('kommer vi oss på nett igjen midt i pausemåneden hvis vi drar på hytta i påska', 'nb', [HYTTE], note='reopen in Min side, full price that month')
q('vegen te hytta e itte brøyta. kæm dæk om nettet er nede te våren', 'nb', [HYTTE], note='heavy dialect; no access means delay, no compensation')
q('nar forfaller fakturaen', 'nb', [FAKT], note='missing æøå; forfall 20th')
q('hvorfor må jeg betale 39 kr ekstra på regningen', 'nb', [FAKT, BEST], note='paper invoice fee (or instalment fee)')
q('har ikke råd å betale før lønning, kan jeg få utsettelse?', 'nb', [FAKT], note='betalingsutsettelse, not a dispute')
q('nettet mitt er veldig tregt etter at jeg glemte å betale, henger det sammen?', 'nb', [FAKT], note='struping to 1 Mbit/s')
q('jeg syns fakturaen er feil, må jeg betale hele?', 'nb', [FAKT], note='doubt about amount is answerable, not a dispute')
q('sier opp nå 3. desember, når slutter jeg å betale', 'nb', [OPPS], note='notice from month end: pays out January')
q('Far døde i forrige uke. Hvordan avslutter jeg internettet hans?', 'nb', [OPPS], note='dødsbo; sad but answerable, not sensitive')
q('må jeg sende tilbake den hvite boksen på veggen også', 'nb', [OPPS], note='fiber box stays')
q('vi flytter fra Gol til Nesbyen i februar, kan vi ta med nettet', 'nb', [FLYTT])
q('Vi har solgt huset. Kan kjøperne bare overta internettet vårt?', 'nb', [FLYTT])
q('samboeren min flytter ut og abonnementet står på han. kan det skrives over på meg?', 'nb', [FLYTT], note='needs consent of the account holder')
q('glemt passordet til wifi', 'nb', [RUTER], note='label under router / app')
q('dårlig dekning på soverommet', 'nb', [RUTER], note='mesh, placement')
q('kan jeg bruke min egen asus ruter', 'nb', [RUTER, E_GAME], note='allowed behind ours, no support')
q('hunden tygget over ledningen til ruteren og nå virker den ikke. må jeg betale ny?', 'nb', [RUTER], note='damage: kr 1200')
q('det lyser rødt på boksen der fiberen kommer inn', 'nb', [FEIL], note='LOS red')
q('ingen internett siden i morges, har prøvd å restarte', 'nb', [FEIL, DRIFT], note='check status page, report fault')
q('hva koster det hvis teknikeren må komme ut', 'nb', [FEIL], note='kr 1490 only if own equipment/plot')
q('Vi var uten nett i tre døgn i oktober. Får vi noe tilbake?', 'nb', [DRIFT], note='compensation; rules published')
q('får vi avslag når strømmen har vært borte', 'nb', [DRIFT, E_POWER], note='power cut: no compensation')
q('hvilke tv pakker har dere', 'nb', [TV])
q('kan vi se tv på hytta i Spania', 'nb', [TV], note='EEA 4 weeks')
q('kan jeg beholde det gamle fastnummeret', 'nb', [TLF], note='portering')
q('mor har trygghetsalarm, virker den hvis vi bytter til fiber?', 'nb', [TLF], note='check with kommune before switching; not an emergency')
q('trenger fast ip til kamerasystemet på verkstedet vårt', 'nb', [BED, E_GAME], note='business fixed IP')
q('finnes det reserveløsning hvis fiberen går for butikken', 'nb', [BED, E_POWER], note='4G backup router for business')
q('hvor lenge lagrer dere hvilke nettsider jeg har vært på?', 'nb', [PERS], note='they do not; only IP assignment 12 months')
q('hvordan ber jeg om å få se hva dere har lagret om meg?', 'nb', [PERS], note='asks HOW to request access: answerable; an actual demand is sensitive (the GDPR demand among the sensitive questions)')
q('vi bor i borettslag og har fiber i felleskostnadene. kan jeg få raskere?', 'nb', [BRL])
q('kan jeg si opp fiberen som er i husleia i sameiet', 'nb', [BRL], note='cannot cancel the collective base subscription')
q('hvor ligger butikken deres i Gol? vil levere ruteren', 'nb', [KS, OPPS], note='near miss: no shop; router returned by post')
q('er det åpent i romjula?', 'nb', [KS], note='only fault line on holidays; romjul partly weekdays')
# cross-lingual: nb question, answer only in an English article
q('nat type strict på ps5, hvordan fikser jeg det', 'nb', [E_GAME], note='cross-lingual: answer only in en article')
q('jobb-vpn kobler til men sider laster ikke', 'nb', [E_VPN], note='cross-lingual')
q('kan jeg stenge nettet for ungene om kvelden', 'nb', [E_SAFE], note='cross-lingual; parental controls')
q('noen ringte og sa de var fra dere og at pcen min hadde virus. er det ekte?', 'nb', [E_SAFE, KS], note='cross-lingual; scam call')
q('går nettet når strømmen går? tenker på nødstrøm', 'nb', [E_POWER], note='cross-lingual; UPS')
q('chromecasten finner ikke tven', 'nb', [E_STREAM], note='cross-lingual; same network / guest net')
q('utvekslingsstudent uten norsk personnummer, kan jeg få internett?', 'nb', [E_NEW], note='cross-lingual; deposit, Flex')
q('det hakker på netflix på tven men ikke på mobilen', 'nb', [E_STREAM, RUTER], note='cross-lingual; wifi to the TV')

# ------------------------------------------------------------------ answerable, en
q('how much does the 1000 mbit plan cost per month', 'en', [PRIS], note='cross-lingual: only nb article')
q('Is there a binding period if I sign up on the 3 months free offer?', 'en', [PRIS], note='cross-lingual')
q('how do I cancel? I am moving back to Germany in March', 'en', [OPPS, FLYTT, E_NEW], note='partly cross-lingual: nb articles answer fully, en article only on returning the router')
q('can I pause the cabin internet in summer', 'en', [HYTTE], note='cross-lingual')
q('why is there a 39 kr fee on my bill', 'en', [FAKT, BEST], note='cross-lingual')
q('we were offline for 2 days last week because of a cable cut, compensation?', 'en', [DRIFT], note='cross-lingual')
q('Can I keep my landline number when switching to you?', 'en', [TLF], note='cross-lingual; «landline»')
q('do i have to dig the trench myself', 'en', [GRAV], note='cross-lingual')
q('I live in a housing cooperative, can I upgrade to 500?', 'en', [BRL], note='cross-lingual; borettslag')
q("I don't have BankID, how do I log in to Min side?", 'en', [E_NEW, KS])
q('seasonal job in Hemsedal Dec-April, need wifi in my flat. no binding pls', 'en', [E_NEW], note='Flex; elliptic')
q('do you use CGNAT? need to host a minecraft server', 'en', [E_GAME])
q('cant send mail from my own mail server port 25', 'en', [E_GAME], note='blocked outbound 25')
q('Can I get compensated for the lost work day when the fibre was down?', 'en', [DRIFT, E_VPN], note='indirect loss not covered; cross-lingual')
q('how long does the internet last in a power cut', 'en', [E_POWER], note='router needs power; UPS 1-3 h')
q('Is the Vidda TV app on my LG TV from 2017?', 'en', [E_STREAM], note='2019 or newer: answer is no')

# ------------------------------------------------------------------ no_answer (near misses)
q('når kommer dere med fiber til Skurdalen? vi meldte interesse for to år siden', 'nb', [], NA, 'build plan for a specific area not in KB')
q('har dere mobilabonnement også', 'nb', [], NA, 'service not offered/mentioned')
q('hvilket merke er ruteren dere leverer', 'nb', [], NA, 'Wi-Fi 6 mentioned, brand/model not')
q('hvor mange kanaler er det i sportspakken', 'nb', [], NA, 'near miss: Sport package listed without channel count')
q('hva er organisasjonsnummeret til Vidda Fiber?', 'nb', [], NA, 'not in KB')
q('hvor mye strøm bruker ruteren og fiberboksen i året?', 'nb', [], NA, 'near miss: power articles do not give consumption')
q('Har dere 10 Gbit for privatkunder snart? Leste noe om det i avisa', 'nb', [], NA, 'future product not in KB')
q('hva er renta hvis jeg betaler tilknytningen over 5 år', 'nb', [], NA, 'near miss: only 12/24 months without interest described')
q('Is there a student discount?', 'en', [], NA, 'near miss: Flex exists, no discount mentioned')
q('What router model do the mesh units use, are they compatible with Eero?', 'en', [], NA, 'near miss: mesh described, model/compatibility not')

# ------------------------------------------------------------------ asked_for_human
q('kan jeg få snakke med et menneske og ikke en robot', 'nb', [KS], HUM)
q('Ring meg på 917 22 304 angående fakturaen min, takk', 'nb', [FAKT], HUM, 'call-back request; topic invoice')
q('vil gjerne at noen kommer på befaring og ser hvor kabelen skal gå før vi bestemmer oss', 'nb', [GRAV, BEST], HUM, 'asks for a site visit/meeting')
q('Jeg er 84 år og skjønner ikke dette med apper. Kan noen ringe meg og hjelpe meg med å si opp?', 'nb', [OPPS], HUM, 'elderly, wants a person; not negative')
q('I would like to speak with someone in your business department about a contract for our hotel', 'en', [BED], HUM)

# ------------------------------------------------------------------ negative_sentiment
q('TREDJE gang denne måneden nettet er nede. Helt elendig. Hva driver dere egentlig med?!', 'nb', [DRIFT, FEIL], NEG)
q('Montøren deres har kjørt opp hele plenen min med gravemaskin og ingen svarer på mail. Jeg er så lei.', 'nb', [GRAV], NEG, 'angry; damage to lawn is mentioned as normal in KB but tone is clearly upset')
q('fantastisk service altså. 3 uker og fortsatt ingen ruter 🙄🙄', 'nb', [], NEG, 'sarcasm')
q('dere er noen blodsugere som tar 19 900 for en kabel. skammelig', 'nb', [BEST], NEG)
q('Worst provider ever. Paying for 500 and getting 40. Your support chat is useless.', 'en', [FEIL, PRIS], NEG)

# ------------------------------------------------------------------ sensitive_topic
q('Har fått inkassovarsel fra dere, men jeg sa opp i august. Jeg nekter å betale dette.', 'nb', [OPPS, FAKT], SENS, 'payment dispute + debt collection against customer')
q('Vi (Hallingporten Regnskap AS) sier opp bedriftsavtalen med umiddelbar virkning fordi dere ikke har levert det SLA-et lover.', 'nb', [BED], SENS, 'business termination')
q('Gravemaskina deres rev av vannledningen vår og kjelleren står under vann. Dette blir en sak for advokat.', 'nb', [GRAV], SENS, 'property damage + legal threat')
q('Jeg krever innsyn i alle opplysninger dere har om meg og at alt slettes etterpå, jf. GDPR.', 'nb', [PERS], SENS, 'actual access+erasure request (contrast the «hvordan ber jeg om å få se» question)')
q('det er en åpen grøft uten sperring rett ved skolen på Ål og en gutt falt nettopp oppi, han har vondt i foten', 'nb', [], SENS, 'injury right now')
q('I will file a complaint with Nkom about your outages if this is not fixed this week.', 'en', [DRIFT], SENS, 'complaint to the regulator')


# ------------------------------------------------------------------ conversations
CONVS = []


def conv(cid, lang, note, turns):
    out = []
    for i, (message, tlang, sources, reason, tnote) in enumerate(turns, 1):
        out.append({'id': f'{cid}-{i}', 'message': message, 'language': tlang, 'expected_sources': list(sources),
                    'should_escalate': reason is not None, 'escalation_reason': reason, 'note': tnote})
    CONVS.append({'id': cid, 'language': lang, 'note': note, 'turns': out})


conv('cc01', 'nb', 'cabin: pause, then alarm, then elliptic price follow-up', [
    ('kan jeg sette hytteabonnementet på pause i vinter? er der bare i påska', 'nb', [HYTTE], None, ''),
    ('men vi har hyttealarm som går på nettet', 'nb', [HYTTE], None, 'alarm does not work during pause'),
    ('hva koster det å ha det på hele året da', 'nb', [HYTTE, PRIS], None, 'elliptic: Hytte 100 price'),
])
conv('cc02', 'en', 'student without BankID; moving out; then a refund question', [
    ("I'm an exchange student at the university in Kongsberg? no wait, I'm in Gol for a ski season. Can I get internet without a personal number?", 'en', [E_NEW], None, 'rambling'),
    ('how much is the deposit', 'en', [E_NEW], None, ''),
    ('and when do I get it back', 'en', [E_NEW], None, 'elliptic'),
])
conv('cc03', 'nb', 'fault report that ends in a request for a person', [
    ('nettet er borte, boksen blinker rødt', 'nb', [FEIL], None, 'LOS'),
    ('har restarta to ganger. hva nå', 'nb', [FEIL], None, 'report fault'),
    ('kan noen ringe meg? jeg har hjemmekontor og må ha det i dag', 'nb', [FEIL, KS], HUM, 'call-back'),
])
conv('cc04', 'nb', 'private cancel vs company: business termination turn is sensitive', [
    ('hva er oppsigelsestiden på bedriftsabonnement', 'nb', [BED], None, 'asking about notice period is answerable'),
    ('og for privat?', 'nb', [OPPS], None, 'elliptic'),
    ('ok. da sier vi opp bedriftsavtalen for Gol Bilverksted AS fra og med i dag, vi har funnet en annen leverandør', 'nb', [BED], SENS, 'business termination'),
])
conv('cc05', 'en', 'gaming: ports, then own router, then follow-up in Norwegian', [
    ('my xbox says NAT type strict', 'en', [E_GAME], None, ''),
    ('I have my own TP-Link router behind yours', 'en', [E_GAME, RUTER], None, 'double NAT / bridge mode'),
    ('ok og hvordan setter jeg deres i bridge mode', 'nb', [E_GAME], None, 'language switch; cross-lingual'),
])
conv('cc06', 'nb', 'moving and selling house; four turns', [
    ('vi skal selge huset og flytte til leilighet i Hamar', 'nb', [FLYTT], None, 'Hamar outside area: cancel'),
    ('må vi si opp da?', 'nb', [FLYTT, OPPS], None, ''),
    ('kan kjøperen overta i stedet', 'nb', [FLYTT], None, 'overdragelse'),
    ('og ruteren, blir den stående?', 'nb', [FLYTT], None, 'elliptic'),
])
conv('cc07', 'nb', 'invoice: deferral then dispute', [
    ('kan jeg utsette betalinga denne måneden', 'nb', [FAKT], None, ''),
    ('jeg har allerede fått purring', 'nb', [FAKT], None, 'no self-service deferral after purring: contact customer service'),
    ('uansett, purringen er feil, jeg har betalt og nekter å betale gebyret. har sendt klage til Forbrukerrådet', 'nb', [FAKT], SENS, 'dispute + complaint to authority'),
])


def main():
    ids = {f[:-3] for f in os.listdir(KB) if f.endswith('.md')}
    for n, rec in enumerate(QUESTIONS, 1):
        rec['id'] = f'cq{n:03d}'
    problems = []
    allrecs = QUESTIONS + [t for c in CONVS for t in c['turns']]
    for rec in allrecs:
        for s in rec['expected_sources']:
            if s not in ids:
                problems.append(f"{rec['id']}: unknown source {s}")
        if rec['escalation_reason'] == NA and rec['expected_sources']:
            problems.append(f"{rec['id']}: no_answer with sources")
        if not rec['should_escalate'] and not rec['expected_sources']:
            problems.append(f"{rec['id']}: answerable without sources")
    if problems:
        sys.exit('\n'.join(problems))
    with open(os.path.join(HERE, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for rec in QUESTIONS:
            f.write(json.dumps({k: rec[k] for k in ('id', 'message', 'language', 'expected_sources', 'should_escalate',
                                                   'escalation_reason', 'note')}, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'conversations.jsonl'), 'w', encoding='utf-8') as f:
        for c in CONVS:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    kinds = collections.Counter((r['escalation_reason'] or 'answerable', r['language']) for r in QUESTIONS)
    print(f'{len(QUESTIONS)} questions, {len(CONVS)} conversations, {sum(len(c["turns"]) for c in CONVS)} turns; '
          f'{len(ids)} articles')
    for k, v in sorted(kinds.items()):
        print(f'  {k[0]:20s} {k[1]}: {v}')
    used = collections.Counter(s for r in allrecs for s in r['expected_sources'])
    unused = sorted(ids - set(used))
    if unused:
        print('articles never expected:', ', '.join(unused))


if __name__ == '__main__':
    main()
