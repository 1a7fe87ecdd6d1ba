"""What a customer message is about, beyond the knowledge base: language, an explicit
request for a person, sensitive topics and small talk. Plain Python (no Django).

Patterns run on æøå-folded lower-case text (`fold`), so `moete`/`møte` and `aa`/`å` match alike.
"""

from __future__ import annotations

import re

from fornuft.ml.stemming import fold, words

_NB_HINTS = {fold(w) for w in """hva hvor hvordan hvem hvilken hvilke når kan dere jeg vi har er ikke og på med til
for det den som meg deg oss noen koster pris trenger ønsker vil skal får gjør blir tilbud hjelp takk hei kva
korleis ka ikkje eg ein einn åpent åpningstider gang hos mitt min mine vår ditt""".split()}
_EN_HINTS = set("""what where how who which when can could you your i we have has is are not and on with the for
it this that me us someone cost price need want will shall get do does help thanks hello hi open my our""".split())


def detect_language(text: str, default: str = "nb") -> str:
    """"nb" or "en" (Norwegian bokmål first): the shared detector, then function words on
    folded text for short or æøå-less messages; `default` when nothing tells."""
    try:
        from fornuft.ml.language import detect_language as shared_detect

        found = shared_detect(text)
        if found in ("nb", "en"):
            return found
    except ImportError:  # the shared detector is optional for this module
        pass
    tokens = [fold(w) for w in words(text)]
    nb = sum(1 for t in tokens if t in _NB_HINTS) + (1 if re.search("[æøå]", text.lower()) else 0)
    en = sum(1 for t in tokens if t in _EN_HINTS)
    if nb == en:
        return default
    return "nb" if nb > en else "en"


def _compile(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


HUMAN_REQUEST = _compile([
    r"\b(snakke|prate|chatte|bli satt over|settes over|kobles?)\b.{0,30}\b(menneske|person|ansatt|medarbeider|"
    r"saksbehandler|konsulent|kundeservice|kundebehandler|raadgiver|noen|ekte)",
    r"\b(et|ett|eit|ekte|levende) (menneske|person)", r"\bmenneskelig\b", r"\bkan (noen|dere|du) ringe\b",
    r"\bring(e|er)? (meg|oss)\b", r"\bringe (til )?(meg|oss)\b", r"\bikke (en |ein )?(robot|bot|maskin)\b",
    r"\bvil (ha|snakke med) (en|ein) (person|ansatt|menneske)\b", r"\bnoen (jeg|eg) kan snakke med\b",
    r"\b(talk|speak|chat) (to|with) (a |an |some |your )?(real |actual |live )?(human|person|someone|agent|"
    r"representative|people|staff|consultant|advisor|somebody)",
    r"\b(human|real person|live agent|representative|operator)\b.{0,15}\b(please|now)\b",
    r"\b(get|give|put) me (through )?(to )?(a |an )?(human|person|agent|someone)\b",
    r"\bsett\w* meg over", r"\bover til (en |ei |et )?(saksbehandler|person|menneske|ansatt|medarbeider|raadgiver)",
    r"\b(snakke|prate) med (sjefen|lederen|leder|ledelsen|daglig leder|ansvarlig|noen som)\b",
    r"\b(speak|talk) (to|with) (your |the |a )?(manager|supervisor|boss|management)\b",
    r"\bcall me( back)?\b", r"\b(real|actual|live) (human|person)\b",
    r"\b(kan|vil|kunne|bes?|ber om at) (en|ei|noen|dere|du)\b.{0,30}\b(ta kontakt|kontakte (meg|oss)|"
    r"ringe (meg|oss|tilbake))",
    r"\b(trenger|oensker|vil ha|vil gjerne ha|kan vi (faa|avtale|booke)) (et|eit) moete\b",
    r"\b(can|could|would) (someone|somebody|one of your \w+|an? \w+) (contact|call|ring|reach) (me|us)\b",
    r"\b(need|want|like|book|arrange|set up) (a|an) (meeting|call|appointment) with\b", r"\bcontact me\b",
    r"\b(want|need|would like) (a|an) (human|person|agent|representative)\b",
    r"\b(ekte|virkelig) (menneske|person)\b", r"\bnot (a |with a )?(bot|robot|machine)\b",
    r"^\s*(human|agent|person|menneske)\W*$",
    # "one of the trainers/advisers": a person, named by their trade (plural definite in Norwegian)
    r"\b(snakke|prate|chatte) med (en|ei|eit|ein|noen) (av|fra) (dere|de ansatte|\w+(ene|erne))\b",
    r"\b(talk|speak|chat) (to|with) (one of your|one of the|someone from your) \w+",
])

SENSITIVE = {
    "legal_threat": _compile([
        r"\badvokat", r"\bsaksoek", r"\bsoeksmaal", r"\brettssak", r"\bforliksraad", r"\bstevn(e|ing)",
        r"\bgaa rettens vei", r"\brettslige skritt", r"\bpolitianmeld", r"\banmelde (dere|deg|firmaet)",
        r"\brettslig", r"\bjuridisk\w* (skritt|hjelp|vei)", r"\bta (dette|saken) (videre )?til retten",
        r"\berstatningskrav", r"\bkreve erstatning", r"\bforbrukerraad", r"\bhusleietvist",
        r"\blawyer", r"\battorney", r"\bsue\b", r"\bsuing\b", r"\blawsuit", r"\blegal action", r"\bcourt\b",
        r"\bsolicitor", r"\bclaim (for )?damages", r"\breport (you|this) to the police",
    ]),
    "injury": _compile([
        r"\bskadet\b", r"\bskadd\b", r"\bpersonskade", r"\bbrukket", r"\bbrakk\b", r"\blegevakt", r"\bsykehus",
        r"\bambulanse", r"\bulykke", r"\bfalt (ned|ut|gjennom|fra)", r"\bblod", r"\bbevisstloes",
        r"\binjur", r"\bhurt\b", r"\bbroke (his|her|my|a) ", r"\bhospital", r"\bambulance", r"\baccident",
        r"\bbleeding", r"\bfell (off|from|through|down)",
        r"\bskl(e|ei)d\w*\b.{0,120}\b(slo|skad|vondt|hode|brakk|falt|sykemeld|lege)",
        r"\bslo (seg|hodet|hode)", r"\bkaster opp",
        r"\bbesvim", r"\bdrukn", r"\bpustet ikke", r"\bslipped\b.{0,60}\b(hit|hurt|broke|fell)",
        r"\bhit (his|her|my|their) head", r"\bvomit", r"\bunconscious", r"\bfaint(ed)?\b", r"\bdrown",
    ]),
    "safety_incident": _compile([
        r"\bdet brenner", r"\bbrann (i|paa|hos) (bygg|huset|leilighet|kontor|hytt|garasj|boligen|oss|meg)",
        r"\b(har vaert|var|ble) (en )?brann", r"\bbrant\b", r"\bbrannen\b", r"\broeykutvikling",
        r"\blukt(er)? (av )?(brent|roeyk|gass)", r"\bgasslekk", r"\beksplo", r"\bkollaps", r"\bstyrtet sammen",
        r"\braste? sammen", r"\brasfare", r"\bsprekk\w* i (baere|baerende|fundament|soeyle|bjelke)",
        r"\bryk(e|er|te|et)?\b", r"\broeyk\w*", r"\bsvimerke", r"\bsmeltet", r"\bbrent lukt",
        r"\bkarbonmonoksid", r"\bco-alarm", r"\bstroemstoet", r"\bgnister",
        r"\bon fire\b", r"\bfire (in|at) (the|our|my)", r"\bthere (was|is) a fire", r"\bsmoke\b",
        r"\bgas leak", r"\bexplo", r"\bcollaps", r"\bcarbon monoxide", r"\belectric shock", r"\bsparks?\b",
        r"\bcrack(s|ed)? in the (load|bearing|foundation|beam|column)",
    ]),
    # A business ending its agreement (a private customer asking how to cancel is answerable).
    "contract_termination": _compile([
        r"\b(vi|we)\b.{0,40}\b(oensker|vil|skal|har bestemt|decided|want|wish|would like)\b.{0,20}\b(aa )?(avslutte|"
        r"si opp|terminere|end|terminate|cancel)\b.{0,30}\b(avtale|kontrakt|samarbeid|contract|agreement)",
        r"\b(vi )?sier (herved )?opp (avtalen|kontrakten|samarbeidet)",
        r"\b(vi sier|sier vi) (herved )?opp\b", r"\b(cancel|terminate|end) our (contract|"
        r"agreement|account|services?)", r"\b(avslutte|si opp) (bedriftsavtalen|firmaavtalen|vaar avtale|"
        r"avtalen vaar|kontrakten vaar)", r"\b(flytte|bytte)\b.{0,40}\btil (et annet|en annen|annet|annen)\b",
        r"\b(move|moving|switch\w*)\b.{0,40}\bto (another|a different|a new) (firm|provider|company|"
        r"accountant|supplier)",
    ]),
    # A payment disputed against the business, or debt collection against the customer (asking
    # the business to collect one's own debtors is a service question, not this).
    "payment_dispute": _compile([
        r"\b(klage\w*|reklamer\w*|bestrid\w*) (det |dette |trekket |belastningen |betalingen )?(inn )?(til|hos|"
        r"med) banken", r"\btilbakefoer\w* (betalingen|trekket|belastningen)", r"\bchargeback",
        r"\b(vi|jeg|eg) (betaler|nekter aa betale|kommer ikke til aa betale)\b.{0,15}\b(ikke|ikkje|den|denne|"
        r"fakturaen)\b", r"\bnekter (aa )?betale", r"\b(inkassovarsel|inkassokrav)",
        r"\b(brev|varsel|krav|melding) fra (et |en )?inkasso",
        r"\b(sendt|sende|sendte) (meg|oss) til inkasso", r"\b(dispute[ds]?|disputing) (the |this |a )?(charge|"
        r"payment|invoice)", r"\b(refuse|won'?t|will not|are not going) to pay", r"\bdebt collect\w* (letter|"
        r"notice|agency)\b.{0,40}\b(from you|about|for)", r"\b(letter|notice) from (a |the )?debt collect",
    ]),
    "data_protection": _compile([
        r"\bgdpr\b", r"\b(mine|om meg|alle) personopplysning", r"\bpersonopplysning\w* (mine|om meg)",
        r"\binnsyn", r"\b(lagret|lagrer|registrert|lagra) (om|paa) meg\b",
        r"\bslett\w* (alle )?(mine|mitt|min|data|opplysning|informasjon|meg)", r"\brett\w* (mine )?"
        r"(personopplysning|opplysningene (mine|om meg))", r"\bdatatilsyn", r"\bdatalekk",
        r"\bopplysninger (om|dere har om) meg", r"\bhvilke (data|opplysninger) (har dere|dere har)",
        r"\b(my|our) personal data", r"\bdata protection (request|complaint)",
        r"\b(what|which|all)\b.{0,20}\b(data|information)\b.{0,40}\b(about|on) me\b",
        r"\b(hvilke|hva slags|alle)\b.{0,20}\bopplysninger\b.{0,40}\bom meg\b",
        r"\bdelete (all )?(my|our) (data|information|personal)", r"\bsubject access", r"\bright to (be forgotten|"
        r"erasure|access)", r"\bdata breach", r"\bprivacy (request|complaint)", r"\bwhat (data|information) "
        r"(do )?you (hold|have|store) (on|about) me",
    ]),
    "staff_complaint": _compile([
        r"\bklage\w* (paa|over) (en |ei |et )?(ansatt|konsulent|medarbeider|raadgiver|ingenioer|takstm|"
        r"saksbehandler|sjef|leder|montoer|befaringsmann|personen|han|hun|mannen|dama|damen|de dere sendte)",
        r"\buhoeflig", r"\bfrekk\b", r"\bsjikan", r"\btrakasser", r"\bdaarlig oppfoersel", r"\buprofesjonell",
        r"\boppfoerte seg", r"\bkjeftet",
        r"\bcomplain\w* about (your|the|one of your|a) (staff|employee|consultant|engineer|inspector|advisor|"
        r"surveyor|colleague|manager|person)", r"\brude\b", r"\bunprofessional", r"\bharass", r"\bbehaved",
        r"\byelled at",
    ]),
}

GREETING = re.compile(r"^\s*(hei|hallo|heisann|hey|hi|hello|god (morgen|dag|kveld)|good (morning|afternoon|"
                      r"evening)|morn|halla)[\s!.,]*$")
THANKS = re.compile(r"^\s*(tusen )?(takk|thanks|thank you|thx|tak)( (skal du ha|for (hjelpen|the help)|"
                    r"so much|a lot))?[\s!.,]*(\U0001F44D)?$")
GOODBYE = re.compile(r"^\s*(ha det( bra)?|hade|bye|goodbye|snakkes)[\s!.,]*$")


def asks_for_human(text: str) -> bool:
    """True when the customer explicitly asks for a person."""
    return bool(HUMAN_REQUEST.search(fold(text)))


def sensitive_topic(text: str) -> str | None:
    """The sensitive topic of the message (legal_threat, injury, safety_incident,
    contract_termination, payment_dispute, data_protection, staff_complaint), or None."""
    folded = fold(text)
    for topic, pattern in SENSITIVE.items():
        if pattern.search(folded):
            if topic == "injury" and BENEFITS_QUESTION.search(folded):
                continue  # a past injury told to ask about sick pay is a question about the rules
            return topic
    return None


# Questions about sick pay or sick leave rules mention the injury only as background.
BENEFITS_QUESTION = re.compile(r"\b(sykepeng\w*|sykemeld\w*|sykmeld\w*|sick pay|sick leave|sickness benefit)")


def small_talk(text: str) -> str | None:
    """greeting, thanks, goodbye — or None for a real question."""
    folded = fold(text).strip()
    for name, pattern in (("greeting", GREETING), ("thanks", THANKS), ("goodbye", GOODBYE)):
        if pattern.match(folded):
            return name
    return None
