"""Builds the labelled nb/en PII set (pii_set.jsonl) from hand-written emails, invoices and
chats. Each template is a realistic document; slots are filled with checksum-valid
identifiers and names, and every slot's span is recorded as a label. Traps that are NOT
personal data (invoice numbers, KIDs, amounts, dates, numbers with a wrong check digit,
company names) are filled in too, so precision is measured, not assumed.

    .venv/bin/python bench/data/privacy/build_pii_set.py   # rewrites pii_set.jsonl (seeded)

Names are drawn partly from outside the detector's gazetteer (marked * below), so the
name score shows what cue words achieve on unknown names.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

from fornuft.core import identifiers

HERE = Path(__file__).resolve().parent

FIRST = ["Kari", "Ola", "Ingrid", "Lars", "Marit", "Henrik", "Silje", "Øyvind", "Sigrid", "Håkon", "Thea",
         "Jonas", "Emma", "James", "Sarah", "Oliver", "Emily", "Daniel", "Laura", "Anne-Lise", "Per",
         "Tone", "Magnus", "Ida", "Charlotte", "Peter", "Hilde", "Fatima", "Piotr", "Margrethe"]
FIRST_RARE = ["Ragnvald*", "Eldbjørg*", "Torfinn*", "Solfrid*", "Gjermund*", "Ylva*", "Aurora*", "Cormac*",
              "Saoirse*", "Thorleif*"]
LAST = ["Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Nilsen", "Solberg", "Bakke", "Lie", "Dahl",
        "Smith", "Taylor", "Brown", "Wilson", "Evans", "Kristiansen", "Moen", "Eide", "Strand", "Walsh"]
LAST_RARE = ["Brækhus*", "Skjelbred*", "Aamodt*", "Tjøstheim*", "Vangsnes*", "Fairbairn*", "Gulliksrud*",
             "Rekdal*"]
STREETS = ["Storgata", "Kirkeveien", "Thorvald Meyers gate", "Bygdøy allé", "Strandveien", "Skolegata",
           "Markveien", "Sandakerveien", "Kongens gate", "Elvebakken", "Løkkeveien", "Nedre Slottsgate"]
PLACES = [("0155", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("4006", "Stavanger"), ("9008", "Tromsø"),
          ("1337", "Sandvika"), ("3015", "Drammen"), ("6002", "Ålesund"), ("2317", "Hamar"), ("8006", "Bodø"),
          ("4610", "Kristiansand S"), ("1440", "Drøbak")]
COMPANIES = ["Nordfjell Rådgivning AS", "Bergli Bygg AS", "Fjordkraft Service AS", "Acme Consulting Ltd",
             "Vestland Regnskap AS", "Polar Transport AS"]
DOMAINS = ["gmail.com", "online.no", "outlook.com", "firma.no", "example.co.uk", "nordfjell.no"]


def _strip(name: str) -> str:
    return name.rstrip("*")


class Slots:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def first(self) -> str:
        pool = FIRST_RARE if self.rng.random() < 0.2 else FIRST
        return _strip(self.rng.choice(pool))

    def last(self) -> str:
        pool = LAST_RARE if self.rng.random() < 0.25 else LAST
        return _strip(self.rng.choice(pool))

    def person(self) -> str:
        return f"{self.first()} {self.last()}"

    def fnr(self) -> str:
        while True:
            born = date(1940, 1, 1) + timedelta(days=self.rng.randint(0, 25000))
            day = born.day + (40 if self.rng.random() < 0.2 else 0)
            individual = self.rng.randint(0, 499) if born.year < 2000 else self.rng.randint(500, 999)
            body = f"{day:02d}{born.month:02d}{born.year % 100:02d}{individual:03d}"
            k1 = identifiers.mod11_check_digit(body, identifiers.FNR_WEIGHTS_1)
            if k1 is None:
                continue
            k2 = identifiers.mod11_check_digit(body + str(k1), identifiers.FNR_WEIGHTS_2)
            if k2 is None:
                continue
            number = f"{body}{k1}{k2}"
            if identifiers.is_valid_fnr(number):
                return number if self.rng.random() < 0.7 else f"{number[:6]} {number[6:]}"

    def bad_fnr(self) -> str:
        number = self.fnr().replace(" ", "")
        return number[:10] + str((int(number[10]) + 1) % 10)

    def org(self) -> str:
        while True:
            number = identifiers.with_org_check_digit(self.rng.choice("89") + f"{self.rng.randint(0, 9999999):07d}")
            if number:
                return number if self.rng.random() < 0.5 else f"{number[:3]} {number[3:6]} {number[6:]}"

    def _account_digits(self) -> str:
        while True:
            body = f"{self.rng.randint(1000, 9999)}{self.rng.randint(0, 999999):06d}"
            number = identifiers.with_account_check_digit(body)
            if number:
                return number

    def account(self) -> str:
        number = self._account_digits()
        style = self.rng.random()
        if style < 0.5:
            return f"{number[:4]}.{number[4:6]}.{number[6:]}"
        if style < 0.8:
            return f"{number[:4]} {number[4:6]} {number[6:]}"
        return number

    def iban(self) -> str:
        bban = self._account_digits()
        numeric = "".join(str(int(ch, 36)) for ch in bban + "NO00")
        check = 98 - int(numeric) % 97
        compact = f"NO{check:02d}{bban}"
        if self.rng.random() < 0.5:
            return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
        return compact

    def card(self) -> str:
        prefix = self.rng.choice(["4", "51", "55", "4571"])
        body = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(15 - len(prefix)))
        for check in range(10):
            if identifiers.luhn_valid(body + str(check)):
                number = body + str(check)
                break
        return " ".join(number[i:i + 4] for i in range(0, 16, 4)) if self.rng.random() < 0.7 else number

    def phone(self) -> str:
        first = self.rng.choice("499" + "2357")
        number = first + "".join(str(self.rng.randint(0, 9)) for _ in range(7))
        style = self.rng.randint(0, 4)
        return [f"{number[:3]} {number[3:5]} {number[5:]}", f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:]}",
                f"+47 {number[:3]} {number[3:5]} {number[5:]}", f"+47{number}", number][style]

    def intl_phone(self) -> str:
        return self.rng.choice([f"+44 20 {self.rng.randint(7000, 7999)} {self.rng.randint(1000, 9999)}",
                                f"+46 70 {self.rng.randint(100, 999)} {self.rng.randint(10, 99)} "
                                f"{self.rng.randint(10, 99)}",
                                f"+49 30 {self.rng.randint(1000000, 9999999)}",
                                f"+1 415 {self.rng.randint(200, 999)} {self.rng.randint(1000, 9999)}"])

    def email(self, person: str | None = None) -> str:
        person = person or self.person()
        local = ".".join(part.lower() for part in person.split())
        local = local.replace("æ", "ae").replace("ø", "o").replace("å", "aa")
        return f"{local}@{self.rng.choice(DOMAINS)}"

    def address(self) -> str:
        street = self.rng.choice(STREETS)
        number = f"{self.rng.randint(1, 120)}{self.rng.choice(['', '', '', 'B', ' A'])}"
        postcode, place = self.rng.choice(PLACES)
        return f"{street} {number}, {postcode} {place}"

    def invoice_no(self) -> str:
        return str(self.rng.randint(10000, 99999))

    def amount(self) -> str:
        return f"{self.rng.randint(1, 99)} {self.rng.randint(0, 999):03d},{self.rng.randint(0, 99):02d}"

    def kid(self) -> str:
        body = "".join(str(self.rng.randint(0, 9)) for _ in range(15))
        for check in range(10):
            if identifiers.luhn_valid(body + str(check)):
                return body + str(check)
        return body

    def day(self) -> str:
        moment = date(2025, 1, 1) + timedelta(days=self.rng.randint(0, 500))
        return moment.strftime("%d.%m.%Y")

    def company(self) -> str:
        return self.rng.choice(COMPANIES)


# Templates: {KIND} is labelled; {kind} (lower case) is filler that must not be reported.
# {PERSON:a} reuses one person in a document; {EMAIL:a} makes an address from that person.
TEMPLATES = [
    ("email", "nb", "Hei {PERSON:a},\n\nTakk for samtalen i dag. Som avtalt sender jeg kopi av arbeidskontrakten. "
     "Vi trenger fødselsnummeret ditt ({NATIONAL_ID}) og kontonummer for lønn ({BANK_ACCOUNT}) før første "
     "utbetaling {day}.\n\nRing meg gjerne på {PHONE} om noe er uklart.\n\nVennlig hilsen\n{PERSON:b}\nHR, {company}"),
    ("email", "nb", "Hei!\n\nJeg har flyttet og ny adresse er {ADDRESS}. Kan dere oppdatere kunderegisteret? "
     "Kundenummer {invoice_no}.\n\nMvh {PERSON:a}\n{EMAIL:a} / {PHONE}"),
    ("email", "en", "Dear {PERSON:a},\n\nPlease find attached invoice {invoice_no} for {amount} NOK, due {day}. "
     "Payment to IBAN {IBAN} or account {BANK_ACCOUNT}, KID {kid}.\n\nKind regards,\n{PERSON:b}\n{company}\n"
     "Tel. {PHONE}"),
    ("email", "en", "Hi {FIRST:a},\n\nI spoke to {PERSON:b} from the Bergen office yesterday; you can reach "
     "{FIRST:b} at {EMAIL:b} or {INTL_PHONE}. The meeting is on {day} at our place, {ADDRESS}.\n\nCheers,\n{PERSON:c}"),
    ("email", "nb", "Til {company}\n\nJeg ber om innsyn i alle personopplysninger dere har om meg, jf. "
     "personvernforordningen artikkel 15. Navn: {PERSON:a}. Fødselsnummer: {NATIONAL_ID}. E-post: {EMAIL:a}. "
     "Telefon: {PHONE}.\n\nHilsen {PERSON:a}"),
    ("email", "en", "Hello,\n\nMy card {CARD} was charged twice for order {invoice_no} ({amount} NOK) on {day}. "
     "Please refund one of the payments.\n\nBest regards,\n{PERSON:a}\n{ADDRESS}"),
    ("email", "nb", "Hei {FIRST:a},\n\nKan du attestere fakturaen fra {company} (org.nr. {ORG_NUMBER})? "
     "Beløpet er {amount} kr. Den ble sendt til feil person, {PERSON:b}, før den kom til oss.\n\n"
     "Takk!\n{PERSON:c}"),
    ("email", "en", "Dear Mr {LAST:a},\n\nThank you for your application. We have registered your details: "
     "{PERSON:a}, {ADDRESS}, phone {PHONE}. Your reference number is {invoice_no}; reference {bad_fnr} "
     "is an old case number and can be ignored.\n\nSincerely,\n{PERSON:b}\nRecruitment"),
    ("invoice", "nb", "FAKTURA {invoice_no}\n{company}\nOrg.nr {ORG_NUMBER} MVA\nFakturadato: {day}\n\n"
     "Kunde:\n{PERSON:a}\n{ADDRESS}\n\nKonsulenttimer  {amount}\nSum å betale: {amount} kr\n"
     "Betales til konto {BANK_ACCOUNT}, KID {kid}\nForfall: {day}\nSpørsmål: {EMAIL:b}"),
    ("invoice", "en", "INVOICE {invoice_no}\n{company} (org. no. {ORG_NUMBER})\nDate {day}\n\nBill to: "
     "{PERSON:a}, {ADDRESS}\n\nServices  {amount}\nTotal due {amount} NOK\nIBAN {IBAN}\nPayment ref {kid}\n"
     "Contact {PERSON:b}, {PHONE}"),
    ("invoice", "nb", "Kreditnota {invoice_no} til faktura {invoice_no}\nLeverandør: {company}, "
     "organisasjonsnummer {ORG_NUMBER}\nMottaker: {PERSON:a}, {ADDRESS}\nBeløp: -{amount}\nTilbakebetales til "
     "{BANK_ACCOUNT}.\nSaksbehandler: {PERSON:b}"),
    ("invoice", "en", "Receipt {invoice_no}\nPaid by card {CARD} on {day}\nCustomer: {PERSON:a}\n"
     "Delivery address: {ADDRESS}\nAmount: {amount} NOK\nQuestions? {EMAIL:a}"),
    ("chat", "nb", "Kunde: hei, jeg heter {PERSON:a} og lurer på en faktura\nAgent: Hei {FIRST:a}! Hva er "
     "fakturanummeret?\nKunde: {invoice_no}, og mobilnummeret mitt er {PHONE}\nAgent: Takk. Jeg ser den. "
     "Den er betalt {day}.\nKunde: flott, send kvittering til {EMAIL:a}"),
    ("chat", "en", "Customer: hi, this is {PERSON:a}, I can't log in\nAgent: Hello {FIRST:a}, can you confirm "
     "your email?\nCustomer: {EMAIL:a}\nAgent: Thanks. And your phone?\nCustomer: {INTL_PHONE}\n"
     "Agent: I've sent a reset link. Anything else?\nCustomer: no thanks"),
    ("chat", "nb", "Bruker: Kan du sjekke om {PERSON:a} har fått lønn? Fødselsnummer {NATIONAL_ID}, "
     "konto {BANK_ACCOUNT}\nAssistent: Jeg kan ikke slå opp lønn her. Kontakt {PERSON:b} i lønn på "
     "{EMAIL:b}.\nBruker: ok, takk"),
    ("chat", "en", "User: I need to update the supplier {company}, org {ORG_NUMBER}, their new IBAN is {IBAN}\n"
     "Bot: Supplier changes are handled by finance. I've forwarded this to {PERSON:a}.\nUser: great, "
     "tell {FIRST:a} to call me on {PHONE}"),
    ("chat", "nb", "Kunde: adressen min er feil på pakken, det skal være {ADDRESS}\nAgent: Beklager det! "
     "Jeg har rettet den. Pakken sendes {day}.\nKunde: takk. Jeg heter forresten {PERSON:a}\n"
     "Agent: Notert, {FIRST:a}. Ordrenummer {invoice_no}."),
    ("email", "nb", "Hei alle,\n\nFra mandag er {PERSON:a} ny kontaktperson for lønn, og {PERSON:b} tar over "
     "regnskapet. Ny felles adresse for fakturaer er {EMAIL:c}. Sentralbord: {PHONE}.\n\nHilsen {PERSON:d}"),
    ("email", "en", "Hi team,\n\nMinutes from {day}: {PERSON:a} presented the budget ({amount} NOK); "
     "{PERSON:b} will follow up with {company}. Next meeting at {ADDRESS}.\n\nThanks,\n{FIRST:c}"),
    ("email", "nb", "Hei {FIRST:a},\n\nD-nummeret til den nye konsulenten er {NATIONAL_ID}. Han bor på "
     "{ADDRESS} og har kontonummer {BANK_ACCOUNT}. Ring ham på {INTL_PHONE} før {day}.\n\nMvh {PERSON:b}"),
]

_METHOD = {"NATIONAL_ID": "fnr", "BANK_ACCOUNT": "account", "ORG_NUMBER": "org"}
_SLOT = re.compile(r"\{([A-Za-z_]+)(?::([a-z]))?\}")
_KIND = {"PERSON": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "NATIONAL_ID": "NATIONAL_ID",
         "BANK_ACCOUNT": "BANK_ACCOUNT", "IBAN": "IBAN", "CARD": "CARD", "PHONE": "PHONE", "INTL_PHONE": "PHONE",
         "EMAIL": "EMAIL", "ADDRESS": "ADDRESS", "ORG_NUMBER": "ORG_NUMBER"}


def render(template: str, slots: Slots) -> tuple[str, list[dict]]:
    people: dict[str, tuple[str, str]] = {}
    emails: dict[str, str] = {}

    def person(tag: str) -> tuple[str, str]:
        if tag not in people:
            people[tag] = (slots.first(), slots.last())
        return people[tag]

    text, labels, cursor = "", [], 0
    for match in _SLOT.finditer(template):
        text += template[cursor:match.start()]
        cursor = match.end()
        name, tag = match.group(1), match.group(2) or "_"
        if name == "PERSON":
            value = " ".join(person(tag))
        elif name == "FIRST":
            value = person(tag)[0]
        elif name == "LAST":
            value = person(tag)[1]
        elif name == "EMAIL":
            if tag not in emails:
                emails[tag] = slots.email(" ".join(person(tag)))
            value = emails[tag]
        elif name == "INTL_PHONE":
            value = slots.intl_phone()
        else:
            value = getattr(slots, _METHOD.get(name, name.lower()))()
        if name in _KIND:
            labels.append({"kind": _KIND[name], "start": len(text), "end": len(text) + len(value), "text": value})
        text += value
    text += template[cursor:]
    return text, labels


def build(copies: int = 6, seed: int = 20261126) -> list[dict]:
    rng = random.Random(seed)
    slots = Slots(rng)
    documents = []
    for index, (genre, lang, template) in enumerate(TEMPLATES):
        for copy in range(copies):
            text, labels = render(template, slots)
            documents.append({"id": f"{genre}-{lang}-{index:02d}-{copy}", "genre": genre, "lang": lang,
                              "text": text, "entities": labels})
    return documents


if __name__ == "__main__":
    docs = build()
    with (HERE / "pii_set.jsonl").open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    total = sum(len(d["entities"]) for d in docs)
    print(f"{len(docs)} documents, {total} labelled entities -> {HERE / 'pii_set.jsonl'}")
