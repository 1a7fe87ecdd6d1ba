"""Deliverables asked for in running text: "Vi trenger en tilstandsvurdering av X og Y, og et
kostnadsoverslag", "Please go ahead with the certificates and the survey". A request verb
opens the list, commas and og/and part it, a subordinate clause ("slik at", "so that", "før")
ends it, and a piece counts only when it names a work product (a report, a plan, a survey, ...).
"""

from __future__ import annotations

import re

_STOP = {
    "og", "for", "av", "i", "med", "the", "of", "and", "a", "an", "to", "til", "en", "et", "ei", "på", "om",
    "in", "on", "with", "by", "all", "alle", "ved", "fra", "from", "der", "det", "de", "som", "vår", "våre",
    "our", "this", "that", "these", "disse", "denne", "dette", "new", "ny", "nytt", "nye", "also", "også",
    "now", "nå", "foreløpig", "likevel", "anyway", "after", "either", "kort", "short", "hele", "whole", "etter", "per",
}

# Work products: Norwegian compounds end in them ("miljøsaneringsbeskrivelse"), English
# names them as the last noun ("energy survey").
_NB_HEADS = (
    "vurdering", "vurderinger", "rapport", "rapporter", "notat", "plan", "planer", "beregning", "beregninger",
    "tegning", "tegninger", "beskrivelse", "beskrivelser", "analyse", "analyser", "kartlegging", "måling",
    "målinger", "attest", "attester", "konsept", "overslag", "oppstilling", "skanning", "modell", "presentasjon",
    "prosjektering", "søknad", "dokumentasjon", "kontroll", "liste", "utredning", "studie", "undersøkelse",
    "undersøkelser", "takst", "kalkyle", "merking", "grunnlag", "program", "tiltaksplan", "koordinering",
    "prøvetaking", "oppfølging", "oversikt", "ledelse", "skisse", "skisser", "illustrasjon", "illustrasjoner",
    "visualisering", "visualiseringer", "opplæring", "integrasjon", "nettside", "portal", "løsning", "oppsett",
    "installasjon", "prosjekt", "hjemmeside", "nettbutikk", "design", "skjema", "spesifikasjon", "forslag",
    "montering", "instruks",
)
_EN_HEADS = {
    "survey", "surveys", "assessment", "assessments", "report", "reports", "memo", "note", "plan", "plans",
    "calculation", "calculations", "drawings", "drawing", "description", "descriptions", "analysis", "study",
    "studies", "concept", "certificate", "certificates", "measurements", "measurement", "estimate", "estimates",
    "design", "model", "documents", "documentation", "application", "specification", "inspection", "audit",
    "presentation", "coordination", "mapping", "scan", "scanning", "list", "appraisal", "review", "sampling",
    "supervision", "strategy", "evaluation", "testing", "tests", "schedule", "designs", "sketch", "sketches",
    "illustrations", "renderings", "visualisations", "visualizations", "layout", "layouts", "programme", "website",
    "portal", "integration", "migration", "training", "installation", "management", "production", "planning",
    "proposal", "concepts", "overview", "masterplan", "diagram", "diagrams", "replacement", "handover",
}

_CUE = re.compile(
    r"(?i)\b(?:vi (?:også )?trenger|trenger vi|trenger|vi (?:også )?ønsker(?: oss)?|ønsker vi|ønsker|"
    r"vil (?:også |gjerne |også gjerne )?ha|(?:det|dette) gjelder|"
    # "Vi trenger tilbud på X", "ber om pris på X": the work is X
    r"(?:trenger|ønsker|ber om|be om) (?:et |en )?(?:tilbud|pris|pristilbud) på|(?:a )?(?:quote|price) for|"
    r"(?:the )?deliverables (?:include|are)|leveransen(?:e)? (?:omfatter|er)|"
    r"(?:could|can|would) you (?:please )?(?:also )?"
    r"(?:prepare|provide|deliver|do|make|carry out|quote for|include|add)|"
    # a chatty ask in verbs: "Could you rewire the kitchen, put in new sockets and sort out the fuse box?"
    r"(?:could|can|would) you(?: please)?(?: also)?|kan dere(?: også)?|kunne dere(?: også)?|"
    # "Ideally you'd set up X, move Y and sort out Z"
    r"ideally you(?:'d| would)|(?:helst|ideelt sett) (?:vil|skal|bør) dere|"
    # "We are looking for someone to design X, build Y and set up Z"
    r"(?:looking for|seeking|ser etter|søker) (?:someone|somebody|a company|an agency|a partner|a supplier|noen|"
    r"et firma|et byrå|en leverandør)(?: who can| that can| to| som kan)|"
    # "Vi ser for oss at dere tegner X, tar dere av Y og lager Z", "we'd like you to design X"
    r"(?:vi ser for oss|vi tenker oss|vi vil) at dere|(?:we'd|we would|we) (?:like|want) you to|"
    # "Vi ser for oss en kartlegging, deretter et forslag …", "we envisage a survey and a plan"
    r"vi ser for oss|vi tenker oss|we envisage|we envision|we imagine|"
    r"(?:want|need|like) help with|hjelp med|"
    # "Hadde vært fint å få en tegning og et overslag"
    r"(?:fint|greit|flott|supert) å få|"
    # "Det dreier seg om en ny hjemmeside og en nettbutikk"
    r"(?:det|dette|oppdraget|saken) (?:dreier seg om|handler om)|"
    # "Bestillingen gjelder: X, Y og Z" lists; "Oppdraget gjelder ombygging av …" names the subject
    r"(?:bestillingen|oppdraget|forespørselen|henvendelsen) gjelder(?=:)|(?:the|this) order (?:is for|covers)(?=:)|"
    r"ber om(?: at)?|bedt om|behov for|krever|bestiller|"
    r"kan dere (?:gjøre|lage|ta|utføre|levere|utarbeide|sette opp)|skal (?:levere|utarbeide)|"
    r"we (?:also )?need|we(?:'d| would) (?:also )?like|would like|we (?:also )?require|requires?|required|we request|"
    r"needs|"
    # "The package should include X, Y and Z", "Opplegget skal inneholde X og Y"
    r"(?:should|must|shall|skal|må|bør) (?:also |også )?(?:include|contain|cover|comprise|omfatte|inneholde|"
    r"inkludere)|"
    r"please (?:also )?(?:provide|deliver|prepare|quote for|go ahead with|include)|go ahead with|proceed with|"
    r"order(?: \([^)]*\))? for|you will deliver|shall deliver|asked for|need|"
    # additions in a later message: "Please add a lighting concept", "legg til en skisse"
    r"(?:please )?add|legg(?:e)? til|ta med|"
    # "Oppdraget omfatter X, Y og Z", "The work includes X and Y"
    r"(?:oppdraget|arbeidet|leveransen|leveransene|bestillingen|tjenesten|the work|the assignment|the scope|"
    r"scope of work|the services?|the contract) (?:omfatter|inkluderer|består av|includes?|comprises?|covers?)|"
    # "The job involves replacing X, installing Y and testing Z", "Jobben går ut på å trekke X, …"
    r"(?:the )?(?:job|work|works|project|assignment|task|contract) (?:involves|will involve|entails|consists of)|"
    r"(?:jobben|oppdraget|arbeidet|prosjektet|oppgaven|oppgavene) (?:går ut på|består i)(?: å)?)\b"
)
# Where the list of things asked for ends: a reason, a deadline, a condition.
_CUT = re.compile(
    r"(?i)(?:\s|,\s*)(?:slik at|så at|so that|siden|since|because|fordi|før|before|innen|by|senest|"
    r"no later than|within|som(?! grunnlag| underlag)|which|that|når|when|hvis|if|for å|in order to|"
    r"delivered|levert|leveres|"
    r"as you|tidligere|earlier|i dag|today|til årsmøtet|described in|fristen|frist|the deadline|deadline)\b"
)
_VERBS = re.compile(
    r"(?i)\b(?:tar dere av|tar seg av|ta dere av|take care of|handle|handles|tegne|tegner|prosjektere|prosjekterer|"
    r"design|draw|draws|ordne|ordner|rewire|put in|sort out|set up|install|replace|fix|check|take|fikse|bytte|skifte|"
    r"installere|montere|sjekke|"
    r"gjøre|gjør|lage|lager|ta|tar|utføre|utfører|utarbeide|utarbeider|levere|leverer|sette opp|"
    r"setter opp|make|makes|prepare|prepares|provide|provides|deliver|delivers|carry out|do|perform|write|"
    r"ha|har|få)\s+(?:dere\s+)?(?:av\s+)?"
)
_LEADING = re.compile(
    r"(?i)^(?:(?:en|et|ei|a|an|the|our|vår|våre|oss|us|dere|you|også|also|gjerne|nå|now|some|noen|then|så|"
    r"deretter|dernest|til slutt|først|finally|first|lastly|"
    r"oppdaterte|updated)\s+)+"
)
_DROP = re.compile(
    r"(?i)\b(?:drop|dropper|droppe|skip|cancel|utgår|sløyfe|sløyfer|tar ut|remove|no longer need|no longer want|"
    r"ikke lenger|not needed|trenger ikke|trenger vi ikke|don't need|do not need|won't need|will not need|"
    r"ikke behov for|kutt|kutter|kutte|"
    r"stryk|stryker|leave out|take out|tar bort|fjern|fjerner|"
    # put off to later: "Vi venter med appen til neste år", "we'll hold off on the app"
    r"venter med|vente med|utsetter|hold off on|holding off on|postpone|wait with)\b([^.!?\n]{0,60})"
)
# The dropped thing before its verb: "Radonmålingen utgår", "the furniture plan is no longer needed".
_DROP_AFTER = re.compile(
    r"(?i)((?:[\wæøå\-]+\s+){0,3}[\wæøå\-]+)\s+(?:utgår|går ut|tas ut|strykes|kuttes|sløyfes|droppes|"
    r"is no longer needed|is no longer required|is not needed|can be dropped|is dropped|is cancelled|"
    r"trengs ikke|trenger vi ikke)\b"
)
# Where the name of a dropped thing ends: a preposition, a dash, a clause.
_DROP_END = re.compile(r"(?i)\s+(?:i|på|for|av|in|on|from|til|to|this|denne|dette|inntil|for now|foreløpig)\s|"
                       r"\s[-–]\s|,|\s+(?:after all|likevel|anyway|either|heller)\b")


def stem(word: str) -> str:
    word = word.lower()
    for ending in ("ene", "er", "en", "et", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[0-9a-zæøåäöüé]+", text.lower()) if w not in _STOP and len(w) > 1}


def _is_head_word(word: str) -> bool:
    word = word.lower()
    return word in _EN_HEADS or any(word.endswith(h) for h in _NB_HEADS) or word in ("rib", "riv", "rie")


def names_work(chunk: str) -> bool:
    return any(_is_head_word(w) for w in re.findall(r"[\wæøå]+", chunk))


def is_definite_reference(item: str) -> bool:
    """A lone Norwegian noun in its definite form ("Rapporten", "Attestene") points back to
    something an earlier message asked for; it is not a new deliverable."""
    word = item.strip().lower()
    if " " in word:
        return False
    match = re.fullmatch(r"([\wæøå]+?)(ene|en|et|a)", word)
    return bool(match) and names_work(match.group(1)) and not _is_head_word(word)


def _sentences(text: str) -> list[str]:
    paragraphs = re.split(r"\n\s*\n", text)
    out: list[str] = []
    for paragraph in paragraphs:
        if re.match(r"(?i)^\s*(med vennlig hilsen|vennlig hilsen|mvh|hilsen|regards|best regards|kind regards)\b",
                    paragraph):
            break
        flat = re.sub(r"\s*\n\s*", " ", paragraph.strip())
        out.extend(_split_sentences(flat))
    return out


_ABBREVIATIONS = {"ca", "nr", "evt", "inkl", "ekskl", "osv", "etc", "incl", "excl", "approx", "tlf", "pkt", "kap",
                  "jf", "mm", "min", "maks", "max", "kl", "bl.a", "f.eks", "e.g", "i.e", "vs", "no"}


def _split_sentences(flat: str) -> list[str]:
    """A sentence ends at a full stop before a capital, or before a small letter in a mail written
    without capitals ("(Skarsnuten 12). gjerne ferdig …"), not after an abbreviation ("ca. 25 m2")."""
    pieces, start = [], 0
    for stop in re.finditer(r"[.!?]\s+(?=\S)", flat):
        following = flat[stop.end()]
        word = re.search(r"([\wæøå.]*)$", flat[start : stop.start()]).group(1).lower()
        if following.isupper() or (following.islower() and word not in _ABBREVIATIONS and not word.isdigit()
                                   and (len(word) > 1 or flat[stop.start() - 1] == ")")):
            pieces.append(flat[start : stop.start() + 1])
            start = stop.end()
    pieces.append(flat[start:])
    return [p for p in pieces if p.strip()]


def _protect_parentheses(text: str) -> str:
    return re.sub(r"\([^)]*\)", lambda m: m.group(0).replace(",", "\x00").replace(" og ", "\x01")
                  .replace(" and ", "\x02"), text)


def _unprotect(text: str) -> str:
    return text.replace("\x00", ",").replace("\x01", " og ").replace("\x02", " and ")


def _cut(segment: str) -> str:
    """The asked-for stretch up to a reason, a deadline or a condition. A relative clause ("som
    viser …", "which shows …") ends only its own item: ", og et beplantningsforslag" after it goes on."""
    kept = ""
    while True:
        cut = _CUT.search(segment)
        if not cut:
            return kept + segment
        kept += segment[: cut.start()]
        if not re.match(r"(?i)[\s,]*(?:som|which|that)\b", cut.group(0)):
            return kept
        resume = re.search(r",\s*(?:og|and|samt|as well as)\s+", segment[cut.end():])
        if not resume:
            return kept
        kept += ", og "
        segment = segment[cut.end() + resume.end():]


def _chunks(segment: str) -> list[tuple[str, bool]]:
    """(piece, joined to the one before by og/and) for one asked-for stretch of text; a piece keeps
    its article ("en konferansier") for the caller to see."""
    if ":" in segment:
        segment = segment.split(":", 1)[1]
    segment = _cut(segment)
    segment = _protect_parentheses(segment)
    pieces: list[tuple[str, bool]] = []
    # Commas and semicolons part a list; "(1)", "2)" or "a)" before a piece are only its number.
    for i, comma_piece in enumerate(re.split(r"[,;]\s*", segment)):
        comma_piece = re.sub(r"^\(?(?:\d{1,2}|[a-h])\)\s*", "", comma_piece.strip())
        for k, piece in enumerate(re.split(r"\s+(?:og|and|samt|as well as|plus)\s+", comma_piece)):
            piece = re.sub(r"^(?:og|and|samt)\s+", "", piece.strip())
            pieces.append((_unprotect(piece), k > 0 and i >= 0))
    return pieces


# A piece names the work, not where it is: "montering av 6 ladepunkter i garasjeanlegget i Sjøgata 14
# i Bodø" → up to the place.
_PLACE_TAIL = re.compile(r"\s+(?:(?:i|på|ved|at|in|on)\s+[A-ZÆØÅ][\wæøå\-]*\s*\d"
                         r"|(?:i|på|ved|at)\s+[A-ZÆØÅ][\wæøå\-]+(?:\s+[A-ZÆØÅ][\wæøå\-]+)?(?:\s*\([^)]*\))?$).*$")


def _tidy(piece: str) -> str:
    # What comes after the last verb near the start: "Eikeli utfører en tilstandsvurdering" → the work.
    head = " ".join(piece.split()[:5])
    verbs = list(_VERBS.finditer(head))
    if verbs:
        piece = piece[verbs[-1].end():]
    piece = _LEADING.sub("", piece.strip(" .;,"))
    piece = re.sub(r"(?i)^(?:inkludert|inkl\.?|including|incl\.?|herunder|med|(?:tilbud|pris|pristilbud) på|"
                   r"(?:a )?(?:quote|price) for)\s+", "", piece)
    piece = _PLACE_TAIL.sub("", piece)
    return " ".join(piece.split()[:12])


# What a request names that is not work to deliver: the quote itself, help, a kind of person.
_NOT_ASKED = re.compile(
    r"(?i)\b(?:tilbud|pris|prisen|quote|quotation|price|proposal|offer|svar|reply|answer|hjelp|help|assistance|"
    r"bistand|time|tid|møte|meeting|elektriker|arkitekt|konsulent|rådgiver|consultant|architect|electrician|"
    r"contractor|entreprenør|leverandør|supplier|partner|someone|noen|dette|this|it|det|more|mer|information|"
    r"informasjon|access|tilgang|invoice|faktura|bekreftelse|confirmation|opplegg|everything|alt|alle|befaring|"
    r"site visit|look|titt|event|the event|both|begge|them|dem)\b"
)


def _asks_for_other(piece: str) -> bool:
    """Whether a piece names something other than work (a quote, a meeting, a person): judged on
    the words before its first preposition, so that "jordfeilbrytere på alle kurser" is work
    while "tilbud på X" and "a meeting with us" are not."""
    head = re.split(r"(?i)\s(?:på|i|for|av|til|med|om|fra|ved|of|in|on|for|with|to|from|at|about)\s", piece,
                    maxsplit=1)[0]
    return bool(_NOT_ASKED.search(head))


_ARTICLE = re.compile(r"(?i)^(?:en|et|ei|a|an|the|some|noen)\s")
_TRAILING = re.compile(r"(?i)\s+(?:instead|as well|too|also|i stedet|i tillegg|også)$")


_ADDRESS = re.compile(r"(?i)\b[\wæøå\-]*(?:gata|gaten|gate|veien|vegen|vei|veg|plass|allé|road|street|avenue|lane)"
                      r"\s+\d{1,4}[a-z]?\b")


def _noun_phrase(piece: str) -> bool:
    """A short piece that can name a thing asked for in an enumeration ("lyd og lys", "catering
    management"): a few words, not a clause, not an address ("1530 Moss")."""
    words = piece.split()
    if _ADDRESS.search(piece):
        return False  # "Storgata 5 in Bodø": where, not what
    return 1 <= len(words) <= 8 and piece[:1].isalpha() and bool(content_stems(piece)) \
        and not re.match(r"(?i)(?:to|å|for å|your|our|my|din|deres|vår)\s", piece) \
        and not re.fullmatch(r"[A-ZÆØÅ][a-zæøå\-]+", piece) and not re.search(
        r"(?i)\b(?:vi|we|you|dere|jeg|it|det|er|is|are|was|var|skal|will|kan|can|må|must)\b",
        re.sub(r"\b[A-ZÆØÅ]{2,}\b", "", piece))  # "IT-utstyr" is equipment, not the pronoun "it"


_NEGATED = re.compile(r"(?i)\b(?:no longer|ikke lenger|don't|do not|won't|will not|not|ikke)\s*$")


def prose_deliverables(text: str) -> list[str]:
    found: list[str] = []
    for sentence in _sentences(text):
        # "we no longer need X", "vi trenger ikke lenger X": a drop, not a request.
        cues = [c for c in _CUE.finditer(sentence)
                if not _NEGATED.search(sentence[: c.start()])
                and not re.match(r"(?i)\s+(?:ikke|not|no longer)\b", sentence[c.end():])]
        for n, cue in enumerate(cues):
            end = cues[n + 1].start() if n + 1 < len(cues) else len(sentence)
            previous = ""
            chunks = _chunks(sentence[cue.end():end])
            # An enumeration of three or more things after a request lists what is asked for even
            # where a piece names no work product ("dekorasjon av salen, lyd og lys, en konferansier").
            # "Vi tenker oss en terrasse, en kjøkkenhage og …" describes the wish, not what is to be
            # delivered: after such a cue only named work products count.
            enumeration = len(chunks) >= 3 and not re.fullmatch(
                r"(?i)vi ser for oss|vi tenker oss|we envisage|we envision|we imagine", cue.group(0))
            loose = ""  # the last piece taken for the enumeration alone, that an "og" may extend
            # Two things asked for count only when both are things, neither an act ("to refresh
            # the terrace") nor something already there ("the garden").
            pair_asked = len(chunks) == 2 and all(
                _noun_phrase(_tidy(p)) and not _asks_for_other(_tidy(p))
                and not re.match(r"(?i)(?:the|to|å|den|det|de)\s", p.strip()) for p, _ in chunks)
            for piece, joined in chunks:
                raw = piece.strip()
                piece = _TRAILING.sub("", _tidy(piece))
                if not piece or (len(raw.split()) <= 2 and re.match(r"(?i)the\s", raw)):
                    continue  # "requires the report": a thing named before, not a new ask
                if names_work(piece):
                    if joined and loose and found and found[-1] == loose and not _ARTICLE.match(raw) \
                            and len(loose.split()) <= 2:
                        # "a full AV and stage production plan": the pair shares the work word.
                        found.pop()
                        piece = f"{loose} og {piece}" if _is_norwegian(sentence) else f"{loose} and {piece}"
                    found.append(piece)
                    previous, loose = piece, ""
                elif joined and previous and len(piece.split()) <= 3 and re.match(
                        r"(?i)^(.*?\b(?:av|of|for))\s", previous):
                    # "en tilstandsvurdering av brygga og klubbhuset": the work applies to both.
                    lead = re.match(r"(?i)^(.*?\b(?:av|of|for))\s", previous)
                    found.append(f"{lead.group(1)} {piece}")
                elif (len(chunks) == 1 or pair_asked) and _noun_phrase(piece) and not _asks_for_other(piece) and (
                        re.match(r"(?i)(?:vi|we|please|could|can|would|legg|add)\b", cue.group(0))
                        or re.search(r"(?i)\b(?:vi|we|I|jeg|også|also)\s*$", sentence[: cue.start()])
                        or re.match(r"(?i)(?:vi|we)\s[^,.]{0,60}\s(?:og|and)\s*$", sentence[: cue.start()])):
                    # "We also need lighting for the terrace", "we need new projectors and a sound
                    # system", "Vi bor på Ramberg og trenger en varmepumpe": one or two things asked
                    # for outright.
                    found.append(piece)
                elif enumeration and _noun_phrase(piece) and not _asks_for_other(piece):
                    if joined and loose and found and found[-1] == loose and not _ARTICLE.match(raw) \
                            and len(loose.split()) == 1 and len(piece.split()) == 1:
                        # "lyd og lys", "scene og lyd": one thing named by a pair, no article between.
                        found[-1] = loose = f"{loose} og {piece}" if _is_norwegian(sentence) else f"{loose} and {piece}"
                    else:
                        found.append(piece)
                        loose = piece
                    previous = ""
    return found


def _drop_key(phrase: str) -> frozenset[str]:
    """The first one or two distinctive words of a dropped thing: "nyhetsbrev-integrasjonen" →
    {nyhetsbrev, integrasjon}; "the solar study" → {solar} ("study" alone names no particular work)."""
    words = [w for w in re.findall(r"[0-9a-zæøåäöüé]+", phrase.lower()) if w not in _STOP and len(w) > 1
             and w not in ("lenger", "longer", "behov", "need", "want", "trenger", "vi", "we", "ut", "out")]
    stems = [stem(w) for w in words if not w.isdigit()]
    distinct = [s for s in stems if s not in _EN_HEADS and s not in _NB_HEADS]
    if not distinct and len(stems) == 1:
        return frozenset(stems)  # "vi dropper opplæringen": the work word is all there is
    return frozenset(distinct[:2])


def _is_norwegian(text: str) -> bool:
    return len(re.findall(r"(?i)\b(?:og|vi|til|med|av|som|en|et|er|på)\b", text)) >= len(
        re.findall(r"(?i)\b(?:and|we|to|with|of|which|a|the|is|on)\b", text))


def dropped_things(text: str) -> list[frozenset[str]]:
    """What a message says is no longer wanted ("drop the solar study", "vi kutter annekset i denne
    omgang", "Radonmålingen utgår"), each as the words that name it."""
    out: list[frozenset[str]] = []
    for match in _DROP.finditer(text):
        phrase = _DROP_END.split(_CUT.split(match.group(1))[0])[0]
        for piece in re.split(r"\s+(?:og|and|samt)\s+", phrase):
            key = _drop_key(piece)
            if key:
                out.append(key)
    for match in _DROP_AFTER.finditer(text):
        key = _drop_key(match.group(1).split(",")[-1])
        if key:
            out.append(key)
    return out


def is_dropped(item: str, dropped: list[frozenset[str]]) -> bool:
    stems = content_stems(item)

    def holds(word: str) -> bool:
        # Stems of one word may differ by an ending ("annekset" → anneks, "anneks" → annek).
        return any(word == s or (min(len(word), len(s)) >= 4 and (word.startswith(s) or s.startswith(word)))
                   # a short word in its definite form: "appen" is the "app"
                   or (len(s) >= 3 and word.startswith(s) and word[len(s):] in ("en", "et", "a", "ene", "er"))
                   for s in stems)

    return any(all(holds(word) for word in key) for key in dropped)
