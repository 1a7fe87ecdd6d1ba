"""The blocks a no-code app is built from. Each block declares its typed inputs and
outputs, its settings (a small schema), a description in bokmål and English, and what
it does as a plain function `run(config, inputs, context) -> outputs`.

Blocks wrap the capabilities' own plain functions (language from `fornuft.ml.language`,
sentiment from `fornuft.ml.sentiment`, personal data from `governance.privacy`, text
classification with `fornuft.ml.TextClassifier`). Blocks that reach outside the app
(register lookups, actions) go through the `RunContext`, which the Django layer fills
with the organization's own data and which collects the actions to carry out; this
module imports no Django.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from fornuft.apps import formula
from fornuft.apps.context import BlockError, RunContext

# Port types. "any" connects to everything; a category is also text.
TYPES = ("text", "number", "bool", "category", "record", "any")


def compatible(source: str, target: str) -> bool:
    """Whether an output of type `source` may feed an input of type `target`."""
    if source == target or "any" in (source, target):
        return True
    return source == "category" and target == "text"


@dataclass(frozen=True)
class Port:
    name: str
    type: str
    label_en: str
    label_nb: str
    required: bool = True


@dataclass(frozen=True)
class Setting:
    name: str
    kind: str           # text, number, choice, list, expression, categories, criteria, rules, fields
    label_en: str
    label_nb: str
    required: bool = False
    choices: tuple = ()
    default: object = None


@dataclass(frozen=True)
class Block:
    key: str
    category: str       # trigger, understanding, data, decision, action
    name_en: str
    name_nb: str
    description_en: str
    description_nb: str
    inputs: tuple[Port, ...]
    outputs: tuple[Port, ...]
    settings: tuple[Setting, ...]
    run: Callable
    # What the block says about the app for the AI Act questionnaire.
    ai: bool = False            # makes an automated judgement (logged as a decision)
    touches_people: bool = False
    reaches_outside: bool = False

    def input(self, name: str) -> Port | None:
        return next((p for p in self.inputs if p.name == name), None)

    def output(self, name: str) -> Port | None:
        return next((p for p in self.outputs if p.name == name), None)

    def describe(self) -> dict:
        """The block as plain data for the canvas, the API and the docs."""
        return {
            "key": self.key, "category": self.category, "name_en": self.name_en, "name_nb": self.name_nb,
            "description_en": self.description_en, "description_nb": self.description_nb,
            "inputs": [vars(p) for p in self.inputs], "outputs": [vars(p) for p in self.outputs],
            "settings": [{**vars(s), "choices": list(s.choices)} for s in self.settings], "ai": self.ai,
        }


REGISTRY: dict[str, Block] = {}


def block(key, category, name, description, inputs=(), outputs=(), settings=(), **flags):
    """Declares a block; `name` and `description` are (English, bokmål) pairs."""
    def wrap(function):
        REGISTRY[key] = Block(key, category, name[0], name[1], description[0], description[1],
                              tuple(inputs), tuple(outputs), tuple(settings), function, **flags)
        return function
    return wrap


def get(key: str) -> Block | None:
    return REGISTRY.get(key)


def P(name, type_, en, nb, required=True):  # noqa: N802 - reads like a declaration
    return Port(name, type_, en, nb, required)


def S(name, kind, en, nb, required=False, choices=(), default=None):  # noqa: N802
    return Setting(name, kind, en, nb, required, tuple(choices), default)


RECORD_OUT = P("record", "record", "Record", "Post")
TEXT_OUT = P("text", "text", "Text", "Tekst")
RECORD_IN = P("record", "record", "Record", "Post")
TEXT_IN = P("text", "text", "Text", "Tekst")
WHEN_IN = P("when", "bool", "Only when", "Bare når", required=False)


def _text_of(record: dict, config: dict) -> str:
    fields = config.get("text_fields") or []
    if fields:
        return "\n".join(str(record.get(f, "") or "") for f in fields)
    return "\n".join(str(v) for v in record.values() if isinstance(v, str))


def _trigger(config, inputs, context: RunContext):
    record = dict(context.current_input)
    if config.get("form_fields") and not config.get("text_fields"):
        return {"record": record, "text": _form_text(record, config["form_fields"])}
    return {"record": record, "text": _text_of(record, config)}


def _form_text(record: dict, declared: list) -> str:
    """A submitted form as text, one "name: value" line per declared field, so that
    "Extract fields" reads the fields by name (a form is a labelled text)."""
    from fornuft.apps.formfields import FormFieldError, parse

    try:
        names = [f.name for f in parse(declared)]
    except FormFieldError:
        names = list(record)
    return "\n".join(f"{name}: {record[name]}" for name in names if record.get(name) not in (None, ""))


TEXT_FIELDS = S("text_fields", "fields", "Fields that make up the text", "Felt som utgjør teksten")

for _key, _en, _nb, _den, _dnb in [
    ("trigger.form", "Form submitted", "Skjema sendt inn",
     "Starts the app when someone submits the app's form (the fields you declare); each field becomes a field "
     "of the record, and the text is one 'name: value' line per field.",
     "Starter appen når noen sender inn appens skjema (feltene du bestemmer); hvert felt blir et felt i posten, "
     "og teksten er én linje «navn: verdi» per felt."),
    ("trigger.mail", "Mail in a category", "E-post i en kategori",
     "Starts the app for each incoming mail sorted into the chosen category (subject, body, sender).",
     "Starter appen for hver innkommende e-post sortert i valgt kategori (emne, tekst, avsender)."),
    ("trigger.document", "Document uploaded", "Dokument lastet opp",
     "Starts the app when a document (PDF, Word, text) is uploaded to it; its text is read by the platform.",
     "Starter appen når et dokument (PDF, Word, tekst) lastes opp til den; teksten leses av plattformen."),
    ("trigger.schedule", "On a schedule", "Etter tidsplan",
     "Starts the app once a day, week or quarter over the rows of an uploaded table.",
     "Starter appen én gang per dag, uke eller kvartal over radene i en opplastet tabell."),
    ("trigger.webhook", "API call or webhook", "API-kall eller webhook",
     "Starts the app when another system posts JSON to the app's address with the app's token.",
     "Starter appen når et annet system sender JSON til appens adresse med appens nøkkel."),
    ("trigger.table", "Rows of a table", "Rader i en tabell",
     "Runs the app once per row of an uploaded CSV table (for test runs and batches).",
     "Kjører appen én gang per rad i en opplastet CSV-tabell (for testkjøring og bunker)."),
]:
    _settings = [TEXT_FIELDS]
    if _key == "trigger.form":
        _settings.append(S("form_fields", "list",
                           "Form fields, one per line: name | type (text, longtext, number, email, date, yesno) "
                           "| bokmål label | English label | required",
                           "Skjemafelt, ett per linje: navn | type (text, longtext, number, email, date, yesno) "
                           "| ledetekst på bokmål | ledetekst på engelsk | required"))
        _settings.append(S("roles", "list", "Roles that may use the form (empty: everyone in the organization)",
                           "Roller som kan bruke skjemaet (tomt: alle i organisasjonen)"))
        _settings.append(S("public", "choice", "Open to people outside through a secret link",
                           "Åpent for folk utenfor gjennom en hemmelig lenke", choices=("no", "yes"), default="no"))
    if _key == "trigger.mail":
        _settings.append(S("category", "text", "Mail category", "E-postkategori"))
    if _key == "trigger.schedule":
        _settings.append(S("every", "choice", "How often", "Hvor ofte", choices=("day", "week", "quarter"),
                           default="week"))
        _settings.append(S("table", "text", "Table whose rows it runs over (empty: one row with the date)",
                           "Tabell den kjører over radene i (tom: én rad med datoen)"))
    block(_key, "trigger", (_en, _nb), (_den, _dnb), outputs=[RECORD_OUT, TEXT_OUT], settings=_settings)(_trigger)


# ---------------------------------------------------------------- understanding

_EXTRACTORS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "phone": re.compile(r"(?<!\d)(?:\+47[ ]?)?(?:\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}|\d{3}[ ]?\d{2}[ ]?\d{3})(?!\d)"),
    "org_number": re.compile(r"(?<!\d)(\d{3}[ ]?\d{3}[ ]?\d{3})(?:[ ]?MVA)?(?!\d)"),
    "amount": re.compile(r"(?i)(?:kr\.?|nok)\s*(\d[\d .]*(?:,\d+)?)|(\d[\d .]*(?:,\d+)?)\s*(?:kr|nok|,-)"),
    "date": re.compile(r"\b(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b"),
}
_LABELLED = re.compile(r"(?im)^\s*([A-Za-zÆØÅæøå][\w æøåÆØÅ-]{0,40}?)\s*:\s*(.+?)\s*$")
_COMPANY = re.compile(r"\b([A-ZÆØÅ][\wæøåÆØÅ&-]*(?:\s+[A-ZÆØÅ][\wæøåÆØÅ&-]*){0,3}\s+(?:AS|ASA|ANS|DA|SA|Ltd|AB))\b")


_ALIASES = {"budget": ("budsjett", "ramme"), "budsjett": ("budget",), "need": ("behov", "trenger"),
            "behov": ("need",), "company": ("firma", "selskap", "bedrift", "company name", "firmanavn"),
            "firma": ("company", "selskap", "bedrift"), "email": ("e-post", "epost", "e-mail", "mail"),
            "phone": ("telefon", "tlf", "mobil"), "name": ("navn",), "navn": ("name",),
            "amount": ("beløp", "sum"), "beløp": ("amount", "sum")}
_NUMERIC = {"budget", "budsjett", "amount", "beløp", "belop", "price", "pris"}


def extract_fields(text: str, wanted: list[str]) -> dict:
    """Fields found in `text`: labelled lines ("Budsjett: 200 000 kr"), e-mail, phone,
    organization number, amount, date and company name (a name ending in AS/ASA/...)."""
    found: dict = {}
    labelled = {m.group(1).strip().lower(): m.group(2) for m in _LABELLED.finditer(text[:50_000])}
    for name in wanted:
        key = name.strip()
        lowered = key.lower()
        label = next((a for a in (lowered, *_ALIASES.get(lowered, ())) if a in labelled), None)
        if label is not None:
            value = labelled[label]
            if lowered in _NUMERIC:
                value = _number_or_text(value)
            found[key] = value
        elif lowered in _EXTRACTORS:
            match = _EXTRACTORS[lowered].search(text[:50_000])
            if match:
                value = next((g for g in match.groups() if g), None) if match.groups() else match.group(0)
                found[key] = _number_or_text(value) if lowered == "amount" else (value or match.group(0)).strip()
            else:
                found[key] = None
        elif lowered in ("company", "firma", "selskap"):
            match = _COMPANY.search(text[:50_000])
            found[key] = match.group(1) if match else None
        else:
            found[key] = None
    return found


def _number_or_text(value):
    try:
        return formula.to_number(re.sub(r"(?i)kr|nok|,-", "", str(value)).strip())
    except ValueError:
        return value


@block("understand.extract", "understanding", ("Extract fields", "Hent ut felt"),
       ("Finds named fields in a text: labelled lines such as 'Budget: 200 000', and e-mail, phone, "
        "organization number, amount, date and company name.",
        "Finner navngitte felt i en tekst: linjer med etikett som «Budsjett: 200 000», og e-post, telefon, "
        "organisasjonsnummer, beløp, dato og firmanavn."),
       inputs=[TEXT_IN], outputs=[RECORD_OUT],
       settings=[S("fields", "list", "Fields to find", "Felt som skal finnes", required=True)])
def _extract(config, inputs, context):
    return {"record": extract_fields(inputs.get("text") or "", list(config.get("fields") or []))}


@block("understand.classify", "understanding", ("Classify text", "Klassifiser tekst"),
       ("Sorts a text into categories you name, learnt from the examples you give for each category.",
        "Sorterer en tekst i kategorier du navngir, lært fra eksemplene du gir for hver kategori."),
       inputs=[TEXT_IN], outputs=[P("category", "category", "Category", "Kategori"),
                                  P("confidence", "number", "Confidence", "Sikkerhet")],
       settings=[S("examples", "categories", "Categories with examples", "Kategorier med eksempler",
                   required=True)], ai=True)
def _classify(config, inputs, context: RunContext):
    model = context.classifier(config)
    text = inputs.get("text") or ""
    label, confidence = model.predict_with_confidence([text])[0]
    context.decide(label, confidence, f"Closest to the examples for '{label}'.")
    return {"category": label, "confidence": round(float(confidence), 3)}


@block("understand.sentiment", "understanding", ("Sentiment", "Stemning"),
       ("Says whether a text is negative, neutral or positive (score −1 to 1), in bokmål or English.",
        "Sier om en tekst er negativ, nøytral eller positiv (skår −1 til 1), på bokmål eller engelsk."),
       inputs=[TEXT_IN], outputs=[P("sentiment", "category", "Sentiment", "Stemning"),
                                  P("score", "number", "Score", "Skår")], ai=True)
def _sentiment(config, inputs, context: RunContext):
    from fornuft.ml.sentiment import lexicon_sentiment

    result = lexicon_sentiment(inputs.get("text") or "")
    context.decide(result.label, None, f"Word lists give a score of {result.score:.2f}.")
    return {"sentiment": result.label, "score": round(result.score, 3)}


@block("understand.language", "understanding", ("Language", "Språk"),
       ("Detects whether a text is Norwegian bokmål (nb), English (en) or other.",
        "Finner ut om en tekst er norsk bokmål (nb), engelsk (en) eller annet."),
       inputs=[TEXT_IN], outputs=[P("language", "category", "Language", "Språk")])
def _language(config, inputs, context):
    from fornuft.ml.language import detect_language

    return {"language": detect_language(inputs.get("text") or "")}


@block("understand.personal_data", "understanding", ("Find personal data", "Finn personopplysninger"),
       ("Finds personal data in a text (names, phone numbers, e-mail, national identity numbers, ...) "
        "and gives the text with them masked.",
        "Finner personopplysninger i en tekst (navn, telefonnumre, e-post, fødselsnumre, ...) og gir "
        "teksten med dem maskert."),
       inputs=[TEXT_IN], outputs=[P("found", "bool", "Found any", "Fant noen"),
                                  P("kinds", "text", "Kinds found", "Typer funnet"),
                                  P("masked", "text", "Masked text", "Maskert tekst")], touches_people=True)
def _personal_data(config, inputs, context):
    from fornuft.governance.privacy import detect, redact

    text = (inputs.get("text") or "")[:200_000]
    entities = detect(text)
    kinds = sorted({e.kind for e in entities})
    return {"found": bool(entities), "kinds": ", ".join(kinds), "masked": redact(text)}


# ---------------------------------------------------------------- data

@block("data.lookup", "data", ("Look up in a register", "Slå opp i et register"),
       ("Finds the row in a register (suppliers, customers, products or an uploaded table) whose key "
        "field matches the value, and gives its fields.",
        "Finner raden i et register (leverandører, kunder, produkter eller en opplastet tabell) der "
        "nøkkelfeltet passer med verdien, og gir feltene."),
       inputs=[P("key", "text", "Value to look up", "Verdi å slå opp")],
       outputs=[RECORD_OUT, P("found", "bool", "Found", "Funnet")],
       settings=[S("register", "choice", "Register", "Register", required=True,
                   choices=("suppliers", "customers", "products", "table")),
                 S("table", "text", "Table name (for an uploaded table)", "Tabellnavn (for opplastet tabell)"),
                 S("match_field", "text", "Field to match", "Felt å sammenligne", default="name")])
def _lookup(config, inputs, context: RunContext):
    row = context.lookup(config, inputs.get("key"))
    return {"record": row or {}, "found": row is not None}


@block("data.merge", "data", ("Combine records", "Slå sammen poster"),
       ("Puts the fields of two records together; where both have a field, the second wins.",
        "Setter sammen feltene i to poster; der begge har et felt, vinner den andre."),
       inputs=[P("first", "record", "First", "Første"), P("second", "record", "Second", "Andre", required=False)],
       outputs=[RECORD_OUT])
def _merge(config, inputs, context):
    return {"record": {**(inputs.get("first") or {}), **(inputs.get("second") or {})}}


@block("data.formula", "data", ("Formula", "Formel"),
       ("Computes a value with a formula such as round(amount * 0.25, 2) or if(budget > 100000, 'hot', "
        "'cold'): numbers, text, fields, + - * /, comparisons, and/or, if, min, max, round.",
        "Regner ut en verdi med en formel som round(beløp * 0.25, 2) eller if(budsjett > 100000, 'varm', "
        "'kald'): tall, tekst, felt, + - * /, sammenligninger, and/or, if, min, max, round."),
       inputs=[RECORD_IN], outputs=[P("value", "any", "Value", "Verdi"), RECORD_OUT],
       settings=[S("expression", "expression", "Formula", "Formel", required=True),
                 S("name", "text", "Name of the result field", "Navn på resultatfeltet", default="value")])
def _formula(config, inputs, context: RunContext):
    record = inputs.get("record") or {}
    value = formula.evaluate_tree(context.parsed(config["expression"]), {**context.values, **record})
    return {"value": value, "record": {**record, config.get("name") or "value": value}}


@block("data.score", "data", ("Score with weighted criteria", "Skår med vektede kriterier"),
       ("Gives a score from 0 to 100: each criterion is a field or formula scaled between its worst and "
        "best value, weighted and added up.",
        "Gir en skår fra 0 til 100: hvert kriterium er et felt eller en formel skalert mellom dårligste og "
        "beste verdi, vektet og lagt sammen."),
       inputs=[RECORD_IN], outputs=[P("score", "number", "Score", "Skår"), RECORD_OUT],
       settings=[S("criteria", "criteria", "Criteria (formula, weight, worst, best)",
                   "Kriterier (formel, vekt, dårligst, best)", required=True)], ai=True)
def _score(config, inputs, context: RunContext):
    from fornuft.apps.scoring import weighted_score

    record = inputs.get("record") or {}
    result = weighted_score(config["criteria"], {**context.values, **record}, context.parsed)
    context.decide(result["score"], None, result["explanation"])
    return {"score": result["score"], "record": {**record, "score": result["score"], **result["parts"]}}


# ---------------------------------------------------------------- decision

@block("decision.threshold", "decision", ("Threshold", "Terskel"),
       ("Compares a number with a threshold and says yes or no, with a label for each.",
        "Sammenligner et tall med en terskel og sier ja eller nei, med en merkelapp for hver."),
       inputs=[P("value", "number", "Value", "Verdi")],
       outputs=[P("passed", "bool", "Passed", "Bestått"), P("label", "category", "Label", "Merkelapp")],
       settings=[S("threshold", "number", "Threshold", "Terskel", required=True),
                 S("operator", "choice", "Passes when the value is", "Bestått når verdien er",
                   choices=(">=", ">", "<=", "<"), default=">="),
                 S("yes", "text", "Label when passed", "Merkelapp ved bestått", default="yes"),
                 S("no", "text", "Label otherwise", "Merkelapp ellers", default="no")], ai=True)
def _threshold(config, inputs, context: RunContext):
    value = inputs.get("value")
    try:
        number = formula.to_number(value if value is not None else 0)
    except ValueError:
        raise BlockError(f"'{value}' is not a number.") from None
    threshold = formula.to_number(config["threshold"])
    passed = formula.compare(config.get("operator") or ">=", number, threshold)
    label = str(config.get("yes") or "yes") if passed else str(config.get("no") or "no")
    context.decide(label, None, f"{number} {config.get('operator') or '>='} {threshold} is {passed}.")
    return {"passed": passed, "label": label}


@block("decision.rule", "decision", ("Rules", "Regler"),
       ("Goes through rules in order (when <formula> then <label>) and gives the label of the first rule "
        "that holds, or the default.",
        "Går gjennom regler i rekkefølge (når <formel> så <merkelapp>) og gir merkelappen til den første "
        "regelen som stemmer, eller standardverdien."),
       inputs=[RECORD_IN], outputs=[P("label", "category", "Label", "Merkelapp"),
                                    P("matched", "bool", "A rule matched", "En regel stemte")],
       settings=[S("rules", "rules", "Rules (when, then)", "Regler (når, så)", required=True),
                 S("default", "text", "Default label", "Standard merkelapp", default="other")], ai=True)
def _rule(config, inputs, context: RunContext):
    record = inputs.get("record") or {}
    fields = {**context.values, **record}
    for number, rule in enumerate(config["rules"], start=1):
        if formula.truthy(formula.evaluate_tree(context.parsed(rule["when"]), fields)):
            context.decide(rule["then"], None, f"Rule {number}: {rule['when']}")
            return {"label": str(rule["then"]), "matched": True}
    default = str(config.get("default") or "other")
    context.decide(default, None, "No rule matched.")
    return {"label": default, "matched": False}


@block("decision.approval", "decision", ("Human approval", "Menneskelig godkjenning"),
       ("Puts the record in the shared review queue; a person approves or rejects it before the "
        "actions after it count as done.",
        "Legger posten i den felles gjennomgangskøen; en person godkjenner eller avviser før handlingene "
        "etter den regnes som utført."),
       inputs=[RECORD_IN, WHEN_IN], outputs=[P("pending", "bool", "Waiting for a person", "Venter på en person")],
       settings=[S("question", "text", "Question for the reviewer", "Spørsmål til den som vurderer",
                   required=True)])
def _approval(config, inputs, context: RunContext):
    if inputs.get("when") is False:
        return {"pending": False}
    context.act("approval", {"question": config["question"], "record": inputs.get("record") or {}})
    return {"pending": True}


# ---------------------------------------------------------------- actions

def _action(kind):
    def run(config, inputs, context: RunContext):
        if inputs.get("when") is False:
            return {"done": False}
        record = inputs.get("record") or {}
        payload = {k: v for k, v in config.items()}
        if kind in ("draft_mail", "task", "route", "tag"):
            payload = {k: _fill(v, {**context.values, **record}) if isinstance(v, str) else v
                       for k, v in payload.items()}
        context.act(kind, {**payload, "record": record})
        return {"done": True}
    return run


_PLACEHOLDER = re.compile(r"\{([^{}]{1,80})\}")


def _fill(template: str, fields: dict) -> str:
    """Replaces {field} in a text with the field's value; unknown fields stay as written."""
    def one(match):
        name = match.group(1).strip()
        value = fields.get(name)
        return match.group(0) if value is None else formula._text(value)
    return _PLACEHOLDER.sub(one, template[:20_000])


DONE_OUT = P("done", "bool", "Done", "Utført")
for _key, _en, _nb, _den, _dnb, _settings, _outside in [
    ("action.tag", "Tag", "Merk", "Puts a tag on the record (and the mail or document it came from).",
     "Setter en merkelapp på posten (og e-posten eller dokumentet den kom fra).",
     [S("tag", "text", "Tag", "Merkelapp", required=True)], False),
    ("action.route", "Route to a queue or person", "Send til kø eller person",
     "Sends the record to a team queue or a named person.", "Sender posten til en teamkø eller en navngitt person.",
     [S("queue", "text", "Queue or person", "Kø eller person", required=True)], False),
    ("action.draft_mail", "Draft a mail for approval", "Lag utkast til e-post for godkjenning",
     "Writes a mail from a template with {field} placeholders; a person approves it in the review queue "
     "before it is sent.",
     "Skriver en e-post fra en mal med {felt}-plassholdere; en person godkjenner den i gjennomgangskøen før "
     "den sendes.",
     [S("to", "text", "To (field or address)", "Til (felt eller adresse)", required=True),
      S("subject", "text", "Subject", "Emne", required=True), S("body", "text", "Text", "Tekst", required=True)],
     False),
    ("action.write_row", "Write a row to a table", "Skriv en rad til en tabell",
     "Adds the record as a row to one of the app's tables (which can be downloaded as CSV).",
     "Legger posten til som en rad i en av appens tabeller (som kan lastes ned som CSV).",
     [S("table", "text", "Table", "Tabell", required=True)], False),
    ("action.webhook", "Call a webhook", "Kall en webhook",
     "Posts the record as JSON to an address on the organization's allow list, with a timeout.",
     "Sender posten som JSON til en adresse på organisasjonens tillatte liste, med tidsavbrudd.",
     [S("url", "text", "Address", "Adresse", required=True)], True),
    ("action.task", "Create a task", "Opprett en oppgave",
     "Creates a task for a person or queue, with a title made from {field} placeholders.",
     "Oppretter en oppgave for en person eller kø, med en tittel laget av {felt}-plassholdere.",
     [S("title", "text", "Title", "Tittel", required=True), S("assignee", "text", "For", "For")], False),
]:
    block(_key, "action", (_en, _nb), (_den, _dnb), inputs=[RECORD_IN, WHEN_IN], outputs=[DONE_OUT],
          settings=_settings, reaches_outside=_outside)(_action(_key.split(".", 1)[1]))


@block("output.report", "action", ("Report with a chart", "Rapport med diagram"),
       ("Collects one value per row and, at the end of the run, gives a table and a bar chart of its "
        "average per group (for example the score per supplier per quarter).",
        "Samler én verdi per rad og gir ved slutten av kjøringen en tabell og et stolpediagram med "
        "gjennomsnittet per gruppe (for eksempel skår per leverandør per kvartal)."),
       inputs=[RECORD_IN], outputs=[DONE_OUT],
       settings=[S("group_by", "text", "Group by field", "Grupper etter felt", required=True),
                 S("value", "text", "Value field", "Verdifelt", required=True),
                 S("title", "text", "Title", "Tittel")])
def _report(config, inputs, context: RunContext):
    record = inputs.get("record") or {}
    context.collect(context.node_id, str(record.get(config["group_by"], "")), record.get(config["value"]))
    return {"done": True}


def catalogue() -> list[dict]:
    """Every block as plain data, in category order."""
    order = {"trigger": 0, "understanding": 1, "data": 2, "decision": 3, "action": 4}
    return [b.describe() for b in sorted(REGISTRY.values(), key=lambda b: (order[b.category], b.key))]


__all__ = ["REGISTRY", "TYPES", "Block", "Port", "Setting", "catalogue", "compatible", "field", "get"]
