#!/usr/bin/env python3
"""Writes questions.jsonl and conversations.jsonl for blind set D (Tindeheim Dyreklinikk AS).

Run from anywhere: python3 make_questions.py
The data lives in the tables below; the JSONL files are generated from them so that the
fields stay consistent. Unanswerable items follow the scorer's schema: no sources,
should_escalate true, escalation_reason "no_answer".
"""

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Article ids (kb/<id>.md), short names for the tables.
VAKT = "akutt-og-vakt"
AVBEST = "avbestilling-og-uteblivelse"
AVLIV = "avliving-og-kremering"
TIME = "bestille-time"
BETAL = "betaling-og-delbetaling"
BUTIKK = "butikk-for-og-medisiner"
JOBB = "careers-and-placements"
FORSIKR = "forsikring-og-skadeoppgjor"
HENV = "henvisning"
HEST = "horse-services"
ID = "id-merking"
INNLAGT = "innleggelse-og-besok"
JOURNAL = "journal-og-personvern"
KASTR = "kastrering-og-sterilisering"
KIRURGI = "kirurgi-og-etterbehandling"
KLAGE = "klager-og-tilbakemeldinger"
KLINIKK = "klinikker-og-apningstider"
NY = "ny-kunde"
PARASITT = "parasites-and-worming"
PRIS = "priser"
TANN = "tannrens"
REISE = "travel-with-pets"
VAKSINE = "vaksinasjon"

NA, HUMAN, NEG, SENS = "no_answer", "asked_for_human", "negative_sentiment", "sensitive_topic"

# (language, message, expected_sources, escalation_reason or None, note)
QUESTIONS = [
    # ---------------------------------------------------------------- answerable, bokmål
    ("nb", "hva koster sprøyte til katten?", [VAKSINE], None, "'sprøyte' for vaksine; price only in vaksinasjon"),
    ("nb", "har dere åpent på lørdager i lillehammer", [KLINIKK], None, "answer: closed on Saturdays"),
    ("nb", "hvor ofte må hunden ha vaksine etter at den er voksen", [VAKSINE], None, "every 3rd year; kennel cough yearly"),
    ("nb", "stell av tenner på katten, hva koster det og må hun sove?", [TANN], None, "'stell av tenner' for tannrens; narkose"),
    ("nb", "kan jeg bruke vanlig tannkrem på hunden min", [TANN], None, "detail in body: no human toothpaste"),
    ("nb", "hunden fikk sting for en uke siden. når skal de fjernes og koster det ekstra?", [KIRURGI, KASTR], None,
     "10-12 days, included in price"),
    ("nb", "skal kaninen faste før operasjonen i morgen?", [KIRURGI], None, "detail: rabbits must NOT fast"),
    ("nb", "hva er prisen for en vanlig time hos veterinær", [PRIS], None, "'vanlig time' for konsultasjon"),
    ("nb", "kan jeg betale kontant på gjøvik?", [BETAL], None, "detail: cash only in Hamar"),
    ("nb", "fikk regning på 8000 kr etter operasjon, er det mulig å betale litt hver måned?", [BETAL], None,
     "own words for delbetaling"),
    ("nb", "har dere direkteoppgjør med gjensidige", [FORSIKR], None, ""),
    ("nb", "dekker forsikringa tannrens?", [FORSIKR, TANN], None, "usually not for tartar"),
    ("nb", "kan jeg bestille kattemat på nettet og hente den i hamar", [BUTIKK], None, "klikk og hent"),
    ("nb", "bestilte fôr for to uker siden og har ikke fått hentet det, ligger det der fortsatt?", [BUTIKK], None,
     "held ten days only"),
    ("nb", "trenger jeg henvisning for å komme til spesialist på NMBU", [HENV], None, ""),
    ("nb", "veterinæren vår sier det ikke er noe galt med hunden men han halter fortsatt etter tre uker. "
           "kan jeg få noen andre til å se på ham hos dere?", [HENV], None, "second opinion in own words, calm"),
    ("nb", "hva koster det å få asken tilbake etter kremering", [AVLIV], None, "enkeltkremering"),
    ("nb", "katta vår er 19 år og veldig syk. kan dere komme hjem til oss når vi må ta farvel?", [AVLIV], None,
     "euphemism for avliving; sensitive but answerable"),
    ("nb", "hvordan blir jeg kunde hos dere", [NY], None, ""),
    ("nb", "datteren min er 15 og vil ta kaninen til vaksine alene, går det greit?", [NY], None,
     "detail: alone only from 16"),
    ("nb", "hva skjer hvis jeg glemmer timen", [AVBEST], None, "no-show fee 495"),
    ("nb", "må avlyse tannrensen til hunden i morgen tidlig, koster det noe?", [AVBEST], None,
     "48h rule for dental: 900 kr"),
    ("nb", "hvordan klager jeg", [KLAGE], None, "very short, neutral"),
    ("nb", "vil ha kopi av alt dere har skrevet om hunden min", [JOURNAL], None, "journal innsyn in own words"),
    ("nb", "kan dere slette alt dere har lagret om meg?", [JOURNAL], None, "journal cannot be deleted; consents can"),
    ("nb", "kastrere hannkatt pris", [KASTR], None, "keywords only"),
    ("nb", "finnes det noe alternativ til å operere bort baller på hunden? er usikker", [KASTR], None,
     "hormonchip; colloquial"),
    ("nb", "kan jeg besøke katten mens hun ligger inne hos dere", [INNLAGT], None, "15-17 by agreement"),
    ("nb", "ringer dere meg når hunden er innlagt eller må jeg ringe selv?", [INNLAGT], None, "daily 11-13"),
    ("nb", "kjøpte valp som allerede har chip, må jeg gjøre noe for å stå som eier?", [ID], None,
     "eierskifte in DyreID app"),
    ("nb", "hvor er dere i gjovik", [KLINIKK], None, "no diacritics"),
    ("nb", "katten er innekatt, trenger hun vaksine hvert år?", [VAKSINE], None, "every third year"),
    ("nb", "valpen er 8 uker nå, hva må vi gjøre av vaksiner og ormekur og sånt", [VAKSINE, PARASITT], None,
     "two articles"),
    ("nb", "hvor mye koster legevakt for dyr om natta", [VAKT], None, "'legevakt' for veterinærvakt"),
    ("nb", "kommer med hest til hamar på torsdag, hvor kan jeg sette bil og henger?", [KLINIKK], None,
     "detail: parking behind horse hospital"),
    ("nb", "hvor lang ventetid er det for å få time", [TIME], None, ""),
    ("nb", "har to katter, kan begge sjekkes på samme time?", [TIME, PRIS], None, "one animal per slot; extra 395"),
    ("nb", "hunden blir helt hysterisk i bil, kan dere komme hjem til oss i stange", [TIME], None, "hjemmebesøk"),
    ("nb", "hva er miljøgebyr? sto 45 kr på kvitteringa", [PRIS], None, "neutral question about a fee"),
    ("nb", "hva om det blir mye dyrere enn det dere sa på forhånd?", [PRIS], None, "15 % rule on estimates"),
    ("nb", "kan vi begrave hunden i hagen vår", [AVLIV], None, ""),
    ("nb", "hesten min skal på stevne om 5 dager, rekker vi å vaksinere ham nå?", [HEST], None,
     "nb question, English article: not within 7 days"),
    ("nb", "skal til spania med hunden i sommer, hva trenger vi?", [REISE], None, "EU travel; English article"),
    ("nb", "bendelormkur før vi kjører hjem fra sverige, hvor mange dager før?", [REISE], None,
     "1-5 days; Sweden not exempt"),
    ("nb", "går på dyrepleierstudiet og trenger praksisplass i vår", [JOBB], None, "apply by 1 October"),
    ("nb", "fant flått på hunden igjen!! hva bør vi bruke", [PARASITT], None, "English article"),
    ("nb", "ormekur kattunge hvor ofte", [PARASITT], None, "keywords only"),
    ("nb", "hvordan skal jeg levere bæsjeprøve", [PARASITT], None, "colloquial for avføringsprøve"),
    ("nb", "har dere spesialfôr for nyrer? katten har gått til en annen vet før", [BUTIKK], None,
     "needs journal copy"),
    ("nb", "hunden trenger kanskje MR, gjør dere det?", [HENV], None, "no, referred"),
    ("nb", "hva er tegn på kolikk hos hest", [VAKT, HEST], None, "informational, no animal in danger now"),
    ("nb", "hvor mye må man betale på forhånd for en stor operasjon", [BETAL], None, "30 % forskudd"),
    ("nb", "er det noen på jobb om natta på gjøvik hvis hunden må ligge inne", [INNLAGT], None,
     "checks at 22 and 06"),
    ("nb", "Hei! Vi har nettopp flyttet fra Trondheim til Moelv med to katter og en eldre labrador, og jeg lurer "
           "på hvordan vi går fram for å bytte til dere – den gamle veterinæren har jo all historikken hans, "
           "og han går på fast medisin for leddene", [NY], None, "rambling; journal transfer"),
    ("nb", "vaksinre kattunge, hvor mye er pakka med chip", [VAKSINE], None, "typo 'vaksinre'; kattungepakke"),
    ("nb", "kan vi være to eiere på hunden i appen? samboer og meg", [NY], None, "detail"),
    # ---------------------------------------------------------------- answerable, English
    ("en", "How much is a pet passport?", [REISE], None, ""),
    ("en", "what are your opening hours in Hamar on thursday", [KLINIKK], None, "English question, nb article"),
    ("en", "How often does a puppy need shots?", [VAKSINE], None, "'shots'; nb article"),
    ("en", "is insurance with If settled directly at the clinic or do I claim myself?", [FORSIKR], None, ""),
    ("en", "My cat needs her teeth cleaned. Do you do it without putting her under?", [TANN], None,
     "no anaesthesia-free cleaning"),
    ("en", "How do I sign up as a new client?", [NY], None, ""),
    ("en", "I would like a copy of my cat's medical records please", [JOURNAL], None, ""),
    ("en", "Do you do home visits for putting a dog to sleep?", [AVLIV], None, "euphemism"),
    ("en", "whats the price for spaying a female cat", [KASTR], None, "'spaying'"),
    ("en", "are there summer jobs for vet students?", [JOBB], None, "after 4th year, deadline 15 Jan"),
    ("en", "do I need to speak Norwegian to work as a vet at your clinic", [JOBB], None, ""),
    ("en", "Can I visit my dog while he is hospitalised?", [INNLAGT], None, "nb article"),
    ("en", "Is there a separate waiting room for cats?", [KLINIKK], None, "detail: Gjøvik"),
    ("en", "how long after the rabies jab can we travel", [REISE], None, "21 days"),
    ("en", "The stitches on my dog's tummy look a bit red and swollen today, is that normal?", [KIRURGI], None,
     "call the clinic; not an emergency"),
    ("en", "Do you operate on horses with colic?", [HEST, HENV], None, "no colic surgery; referral"),
    ("en", "which foods are poisonous for dogs? someone said sugar free gum", [VAKT], None,
     "list only in akutt article; informational"),
    # ---------------------------------------------------------------- answerable, nynorsk
    ("nn", "Kva kostar det å vaksinere hunden?", [VAKSINE], None, "nynorsk"),
    ("nn", "Korleis avbestiller eg timen min?", [AVBEST], None, "nynorsk"),
    ("nn", "Kan eg få sjå journalen til katten min?", [JOURNAL], None, "nynorsk"),
    ("nn", "Kor lenge er de opne på Gjøvik i dag? Det er laurdag", [KLINIKK], None, "nynorsk; 10-14"),
    ("nn", "Eg meiner rekninga er feil, kven skal eg skrive til?", [BETAL, KLAGE], None,
     "nynorsk; neutral billing question"),
    # ---------------------------------------------------------------- should escalate
    ("nb", "hunden har spist rottegift for en halvtime siden hva gjør jeg NÅ", [VAKT], SENS, "acute poisoning"),
    ("en", "My dog's belly is swollen and hard and he keeps trying to throw up but nothing comes out. please help",
     [VAKT], SENS, "possible bloat, acute"),
    ("nb", "katten vår døde etter operasjonen hos dere i forrige uke. vi har kontaktet advokat og kommer til å gå "
           "til sak", [KLAGE], SENS, "legal threat"),
    ("nb", "får jeg snakke med en ekte person? skjønner ingenting av denne regningen", [BETAL], HUMAN,
     "explicit request for a human"),
    ("en", "Can I talk to a real person please", [], HUMAN, "request for human, no topic"),
    ("nb", "tredje gang dere fakturerer meg feil!!! 1650 kr i vaktgebyr som ingen sa noe om. helt uakseptabelt",
     [KLAGE, BETAL, VAKT], NEG, "angry billing dispute"),
    ("en", "Absolutely disgusted with how my cat was handled at Lillehammer today. The vet was rough with her and "
           "now she is limping. Never coming back", [KLAGE], NEG, "complaint about treatment, angry"),
    ("nb", "hesten ligger og ruller i boksen og svetter, vil ikke reise seg. hva gjør jeg", [VAKT, HEST], SENS,
     "horse colic in progress"),
    ("nb", "hannkatten har sittet i kattedoen hele dagen og presser men det kommer ingenting", [VAKT], SENS,
     "urinary blockage, acute; no alarm words"),
    ("nb", "har ventet 40 minutter i telefonkø og ingen tar den. elendig service, dere burde skamme dere", [],
     NEG, "frustrated, no informational need"),
    ("en", "You charged me a no-show fee but I DID cancel by phone. I'm not paying it and I'm disputing the charge "
           "with my bank", [AVBEST, KLAGE], NEG, "billing dispute"),
    ("nn", "Eg vil snakke med klinikksjefen på Gjøvik, ikkje med ein chatbot", [], HUMAN, "nynorsk, human"),
    # ---------------------------------------------------------------- no article answers
    ("nb", "selger dere kattunger eller har dere katter til omplassering?", [], NA, "not covered"),
    ("en", "Do you offer dog grooming or washing?", [], NA, "kloklipp exists but grooming is not covered"),
    ("nb", "har dere hundepensjonat når vi skal på ferie?", [], NA, "distractor: pensjonat mentioned in vaksinasjon"),
    ("nb", "tilbyr dere akupunktur for hund", [], NA, "not covered"),
    ("en", "Do you sell gift cards?", [], NA, "not covered"),
    ("nb", "får man studentrabatt eller pensjonistrabatt hos dere?", [], NA, "no discounts mentioned"),
    ("en", "Is there a puppy socialisation class at the clinic?", [], NA, "distractor: 'kurs' in vaksinasjon"),
    ("nb", "hva er passordet til wifi på venterommet", [], NA, "not covered"),
    ("nn", "Har de kurs i førstehjelp for hund?", [], NA, "nynorsk; not covered"),
    ("en", "Is there EV charging at the Hamar clinic car park?", [], NA, "distractor: parking paragraph"),
]

# (language, note, [(message, expected_sources, escalation_reason or None, note), ...])
CONVERSATIONS = [
    ("nb", "cat vaccine, then 'hva med hund da', then elliptic kennel cough", [
        ("hvor ofte skal katten ha vaksine", [VAKSINE], None, ""),
        ("hva med hund da?", [VAKSINE], None, "elliptic species switch"),
        ("og kennelhoste, må det tas hvert år?", [VAKSINE], None, "yes, yearly nasal vaccine"),
    ]),
    ("en", "neutering male cat, then dog, then surgery prep and stitches", [
        ("How much does it cost to neuter a male cat?", [KASTR], None, ""),
        ("and for a dog?", [KASTR], None, "elliptic"),
        ("what do we need to do the night before?", [KIRURGI, KASTR], None, "fasting from 22:00"),
        ("when do the stitches come out", [KIRURGI, KASTR], None, "10-12 days, included"),
    ]),
    ("nb", "euthanasia price, ashes, home", [
        ("hva koster det å avlive en katt", [AVLIV], None, ""),
        ("og hvis vi vil ha asken tilbake?", [AVLIV], None, "elliptic: enkeltkremering"),
        ("kan det gjøres hjemme hos oss i stedet", [AVLIV], None, "home euthanasia supplement"),
    ]),
    ("nb", "horse stable visit: price, shared fee, distance", [
        ("hva koster det at dere kommer ut i stallen til hesten", [HEST, PRIS], None, "nb question, en article"),
        ("vi er tre hester i samme stall som trenger det", [HEST, TIME], None, "shared travel fee"),
        ("og hvis stallen ligger 50 km unna?", [HEST, PRIS], None, "12 kr/km beyond 30"),
    ]),
    ("en", "travel to the UK: requirements, antibody test, coming home", [
        ("We want to take our dog to the UK next summer. What does she need?", [REISE], None, ""),
        ("how long does the blood test take?", [REISE], None, "2-3 weeks"),
        ("and what about coming back to Norway afterwards?", [REISE], None, "tapeworm 1-5 days"),
    ]),
    ("nb", "payment: invoice, instalments, cost, then asks for a human", [
        ("kan jeg få faktura", [BETAL], None, ""),
        ("hva med delbetaling da", [BETAL], None, "elliptic"),
        ("hva koster det hvis jeg deler på et år", [BETAL], None, "14.9 %, 495 kr, 39 kr/month"),
        ("ok. kan jeg heller få snakke med noen i regnskap?", [BETAL], HUMAN, "asks for a human"),
    ]),
    ("nb", "emergency Saturday: fee, where, can it be split", [
        ("hva koster det å komme på vakt en lørdag kveld", [VAKT], None, "1 650 kr"),
        ("hvor må vi kjøre da? bor på lillehammer", [VAKT, KLINIKK], None, "only Hamar after hours"),
        ("kan jeg dele opp betalingen av det?", [VAKT, BETAL], None, "vaktgebyr cannot be split"),
    ]),
]


def item(item_id: str, lang: str, message: str, sources: list, reason, note: str) -> dict:
    return {"id": item_id, "message": message, "language": lang, "expected_sources": sources,
            "should_escalate": reason is not None, "escalation_reason": reason, "note": note}


def main() -> None:
    # A fixed shuffle, so that escalation and no-answer items are not in blocks.
    questions = list(QUESTIONS)
    random.Random(20261207).shuffle(questions)
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as out:
        for n, (lang, message, sources, reason, note) in enumerate(questions, 1):
            out.write(json.dumps(item(f"dq{n:03d}", lang, message, sources, reason, note), ensure_ascii=False) + "\n")
    with (HERE / "conversations.jsonl").open("w", encoding="utf-8") as out:
        for c, (lang, note, turns) in enumerate(CONVERSATIONS, 1):
            cid = f"dc{c:02d}"
            conv = {"id": cid, "language": lang, "note": note,
                    "turns": [item(f"{cid}-{t}", lang, *turn) for t, turn in enumerate(turns, 1)]}
            out.write(json.dumps(conv, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
