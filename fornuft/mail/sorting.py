"""Sorting mail into categories with the trainable classifier from `fornuft.ml`.

- `message_text(subject, body)`: the text the model reads (subject + the newly written
  part of the body; quoted history and signatures dropped).
- `is_held_out(text)`: a stable split — the same ~15 % of examples are held out for
  evaluation in every training run and never trained on, so model versions are
  compared on data none of them saw.
- `seed_model()`: the model trained on the shipped seed data (cached on disk under
  FORNUFT_MODEL_DIR, signed, and in memory); organizations' own versions are trained by
  `fornuft.mail.training.CategoryTrainer` through the governance model store.
- `train_classifier(examples)`, `evaluate(model, examples)`.
- `classify_texts(model, texts, allowed)`: [(category, confidence, explanation)], picking
  the most likely category the organization still uses.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from pathlib import Path

from fornuft.ml.nordic import with_bokmal
from fornuft.ml.text import strip_quoted, truncate

logger = logging.getLogger(__name__)

HELD_OUT_SHARE = 0.15
MODEL_KIND = "fornuft.mail.category"
SEED_VERSION = "seed"
ORGANIZATION_WEIGHT = 3.0  # a person's correction counts more than one seed example
MAX_BODY_CHARS = 3000

_lock = threading.Lock()
_memory: dict[tuple, object] = {}


def message_text(subject: str, body: str, attachment_names: list[str] | tuple[str, ...] = ()) -> str:
    """What the model reads: the subject, the newly written part of the body, and the names
    of the attachments ("Bestilling_4471.pdf" says what a one-line "see attached" mail is
    about), with the name's separators read as spaces; Swedish, Danish and nynorsk words
    also in bokmål (`fornuft.ml.nordic`)."""
    text = f"{subject or ''}\n{truncate(strip_quoted(body or ''), MAX_BODY_CHARS)}"
    names = " ".join(re.sub(r"[_.\-]+", " ", n.rsplit(".", 1)[0]) for n in attachment_names[:10] if n)
    return with_bokmal(f"{text}\n{names}" if names.strip() else text)


def example_text(raw_example: str) -> str:
    """Seed examples are written as 'Subject: …' + body; read them like a message."""
    first, _, rest = raw_example.partition("\n")
    if first.startswith("Subject:"):
        return message_text(first[len("Subject:"):].strip(), rest)
    return message_text("", raw_example)


def is_held_out(text: str) -> bool:
    digest = hashlib.sha256(" ".join(text.split()).encode()).digest()
    return digest[0] < int(256 * HELD_OUT_SHARE)


def new_classifier():
    from fornuft.ml.classifier import TextClassifier

    return TextClassifier(word_ngram_range=(1, 2), char_ngram_range=(3, 5), C=10.0, max_chars=MAX_BODY_CHARS,
                          cv=2, numbers=False, random_state=0)


def train_classifier(examples: list[tuple[str, str, float]]):
    """Fits a new classifier on [(text, label, weight)]; returns it."""
    texts = [t for t, _l, _w in examples]
    labels = [label for _t, label, _w in examples]
    weights = [w for _t, _l, w in examples]
    return new_classifier().fit(texts, labels, sample_weight=weights)


def blend_with_corrections(base, examples: list[tuple[str, str]]):
    """`base` blended with a layer trained only on the organization's [(text, label)]
    (see `fornuft.ml.blend`); the blend weight is chosen by cross-validation."""
    from fornuft.ml.blend import CorrectionBlend

    return CorrectionBlend(base, max_chars=MAX_BODY_CHARS, feature_scale=FEATURE_SCALE, random_state=0).fit(
        [t for t, _l in examples], [label for _t, label in examples])


def evaluate(model, examples: list[tuple[str, str]]) -> dict:
    """Classification report (accuracy, macro-F1, per-class, confusion) on `examples`."""
    from fornuft.ml.metrics import classification_report

    if not examples:
        return {"n": 0, "accuracy": 0.0, "macro_f1": 0.0, "per_class": {}, "confusion": {"labels": [],
                                                                                        "matrix": []}}
    texts = model_inputs(model, [t for t, _l in examples])
    truth = [label for _t, label in examples]
    predicted = model.predict(texts)
    labels = sorted(set(truth) | set(model.classes_))
    return classification_report(truth, predicted, labels)


def seed_examples() -> tuple[list[tuple[str, str, float]], list[tuple[str, str]]]:
    """(training, held_out) from the shipped seed data."""
    from fornuft.mail.seed import load_seed_examples

    training, held_out = [], []
    for raw, label in load_seed_examples():
        text = example_text(raw)
        if is_held_out(raw):
            held_out.append((text, label))
        else:
            training.append((text, label, 1.0))
    return training, held_out


def _seed_fingerprint() -> str:
    from fornuft.mail.seed import SEED_DIR

    digest = hashlib.sha256()
    for path in sorted(SEED_DIR.glob("*.txt")) + [Path(__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def seed_file_name() -> str:
    """The seed model's file, relative to FORNUFT_MODEL_DIR (one per seed-data version)."""
    return f"mail/seed-{_seed_fingerprint()}.fornuft"


def seed_model():
    """The seed-trained model; trained once per seed-data version, saved signed through the
    model store and cached. It runs until an organization's own model is activated."""
    from fornuft.governance import model_store
    from fornuft.ml.persistence import ModelFileError

    key = ("seed", _seed_fingerprint())
    if key in _memory:
        return _memory[key]
    with _lock:
        if key in _memory:
            return _memory[key]
        model = None
        try:
            model = model_store.load_file(seed_file_name(), kind=MODEL_KIND)
        except ModelFileError as exc:
            if (model_store.model_dir() / seed_file_name()).exists():
                logger.info("retraining the seed mail model: %s", exc)
        if model is None:
            training, held_out = seed_examples()
            model = train_classifier(training)
            report = evaluate(model, held_out)
            model_store.save_file(model, seed_file_name(), kind=MODEL_KIND,
                                  metadata={"version": SEED_VERSION, "report": report})
        _memory[key] = model
        return model


def seed_report() -> dict:
    """The seed model's evaluation on the held-out seed examples (kept in its file); {} until
    the seed model has been trained (by the worker's first message or a retraining task —
    a page that shows the report never trains it)."""
    from fornuft.governance import model_store
    from fornuft.ml.persistence import ModelFileError, load_model

    try:
        _model, header = load_model(model_store.model_dir() / seed_file_name(), kind=MODEL_KIND,
                                    key=model_store.signing_key())
    except ModelFileError:
        return {}
    return header["metadata"].get("report") or {}


def forget_cached_models() -> None:
    from fornuft.governance import model_store

    with _lock:
        _memory.clear()
    model_store.forget_cached_models()


_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|vs|vb|wg|tr|i)\s*:", re.IGNORECASE)
_FORWARD_BODY = re.compile(r"(-{3,}\s*(forwarded|videresendt|original|opprinnelig|vidaresendt|vidarebefordrat"
                           r"|videresendt besked)[^\n]*-{3,}|^\s*(from|fra|frå|från)\s*:.*\n.*(sent|sendt|date|dato"
                           r"|skickat)\s*:)", re.IGNORECASE | re.MULTILINE)


INTERNAL_CATEGORIES = {"project_assignment", "other"}  # what staff themselves write that is not `other`


def structural_category(parsed, context=None) -> tuple[str, str] | None:
    """(category, reason) when the message's structure or what the organization told us
    settles it before the words do, else None:

    - delivery and read reports (multipart/report) and automatic replies are `other`;
    - mail written by the organization's own staff that forwards nothing is internal
      chatter or a notice: `other` (an internal forward keeps the category of what it forwards,
      a web form sent from our own address answers to the customer, and handing a won
      project to a team is a `project_assignment` — see `INTERNAL_CATEGORIES`).
    """
    headers = getattr(parsed, "headers", {}) or {}
    if headers.get("content-type") == "multipart/report":
        return "other", "a delivery or read report"
    if headers.get("auto-submitted", "").strip().lower().startswith("auto-replied"):
        return "other", "an automatic reply"
    own = (getattr(context, "domain", "") or "").lower()
    sender = (parsed.from_address or "").lower()
    staff = {e.email.lower() for e in getattr(context, "employees", []) or [] if e.email}
    reply_to = (getattr(parsed, "reply_to", "") or "").lower()
    answered_outside = bool(reply_to) and own and reply_to.rpartition("@")[2] != own  # e.g. a web form
    if sender and not answered_outside and ((own and sender.rpartition("@")[2] == own) or sender in staff):
        forwarded = _FORWARD_SUBJECT.match(parsed.subject or "") or _FORWARD_BODY.search(parsed.text or "")
        if not forwarded:
            return "other", "written by the organization's own staff"
    return None


# How much more (or less) likely each category is for a message with a structural trait,
# than for one without it — likelihood ratios applied to the model's probabilities (Bayes'
# rule), because the model reads only words and seed examples have no headers.
# Bulk senders add List-Unsubscribe / List-Id (RFC 2369; required of bulk senders by the big
# mailbox providers since 2024), and person-to-person business mail never carries them.
BULK_LIKELIHOOD = {"newsletter": 6.0}
PERSONAL_LIKELIHOOD = {"newsletter": 0.35}


def is_bulk_mail(parsed) -> bool:
    headers = getattr(parsed, "headers", {}) or {}
    return "list-unsubscribe" in headers or "list-id" in headers


# What the organization told us about the people and shared mailboxes a message is
# addressed to: mail to the invoice inbox or the accountant is more often a bill, mail to
# the service desk a customer's fault report. Stems of role words (nb/nn/sv/da/en, folded:
# "innkjop" is "innkjøp"), matched at the start of a word of the role.
ROLE_HINTS = {
    "invoice": ("faktura", "okonomi", "regnskap", "bokfor", "invoice", "accounts", "accounting", "finance",
                "ekonomi", "bogholder"),
    "customer_support": ("service", "support", "kundeservice", "kundesenter", "feilmeld", "helpdesk", "kundestotte"),
    "job_application": ("jobb", "rekrutt", "hr", "personal", "recruit", "career", "soknad", "talent"),
    "supplier": ("innkjop", "innkop", "indkob", "purchas", "procure", "lager", "warehouse", "logistikk"),
    "sales_inquiry": ("salg", "tilbud", "kalkul", "sales", "anbud", "forsaljning", "estimat"),
    "project_assignment": ("prosjekt", "project", "projekt"),
}
ROLE_LIKELIHOOD = 2.5
PROJECT_ROLE_LIKELIHOOD = 1.5  # project managers get much else: faults, supplier mail


def recipient_likelihoods(parsed, context) -> dict[str, float]:
    """Likelihood ratios from the roles of the staff and shared mailboxes in To."""
    from fornuft.ml.text import fold

    roles = {e.email.lower(): e.role for e in getattr(context, "employees", None) or [] if e.email and e.role}
    if not roles:
        return {}
    found: set[str] = set()
    for address in (getattr(parsed, "to", None) or [])[:5]:
        words = re.findall(r"[a-z0-9]+", fold(roles.get(address.lower(), "")))
        for category, stems in ROLE_HINTS.items():
            if any(word.startswith(stem) if len(stem) > 2 else word == stem for word in words for stem in stems):
                found.add(category)
    return {c: PROJECT_ROLE_LIKELIHOOD if c == "project_assignment" else ROLE_LIKELIHOOD for c in found}


# Suppliers are the firms the organization buys from, so they are among the correspondents
# it names (and write from their own domains, not private free mail); mail that reads like a
# supplier's but comes from a firm nobody here knows is more often cold sales.
KNOWN_SENDER_LIKELIHOOD = {"supplier": 2.0}
UNKNOWN_SENDER_LIKELIHOOD = {"supplier": 0.5}
# The list of known correspondents holds customers as well as suppliers and does not say
# which is which; people's corrections do. A firm whose corrected mail was a customer's
# (an enquiry, a fault report, work given to us) and never a supplier's is a customer, and a
# firm nobody listed whose mail people sorted as a supplier's is a supplier after all.
CUSTOMER_CATEGORIES = frozenset({"sales_inquiry", "customer_support", "project_assignment"})


def learned_relation(domain: str, feature_labels: dict | None) -> str | None:
    """"supplier" or "customer" from what people labelled earlier mail from `domain` (see
    `fornuft.ml.blend.CorrectionBlend.feature_labels_`), or None when they said nothing
    that tells."""
    labels = (feature_labels or {}).get(f"from:{domain}") or {}
    if labels.get("supplier"):
        return "supplier"
    if any(labels.get(category) for category in CUSTOMER_CATEGORIES):
        return "customer"
    return None


def sender_likelihoods(parsed, context, feature_labels: dict | None = None) -> dict[str, float]:
    """Likelihood ratios from whether the sender is one of the organization's known
    correspondents (only when it has named any), corrected by what people's corrections
    showed the sender to be (`feature_labels`: the correction layer's `feature_labels_`)."""
    from fornuft.mail.phishing.domains import registrable_domain

    known = {registrable_domain(d) for d in getattr(context, "known_domains", None) or ()}
    domain = registrable_domain(getattr(parsed, "from_domain", "") or "")
    own = registrable_domain(getattr(context, "domain", "") or "")
    if not known or not domain or domain == own:
        return {}
    relation = learned_relation(domain, feature_labels)
    if relation == "supplier":
        return KNOWN_SENDER_LIKELIHOOD
    if relation == "customer":
        return {}
    return KNOWN_SENDER_LIKELIHOOD if domain in known else UNKNOWN_SENDER_LIKELIHOOD


def structure_likelihoods(parsed, context=None, feature_labels: dict | None = None) -> dict[str, float]:
    """Likelihood ratios per category from the message's structure (see BULK_LIKELIHOOD),
    from whom it is addressed to (see ROLE_HINTS) and who sent it (see
    KNOWN_SENDER_LIKELIHOOD and `learned_relation`)."""
    combined = dict(BULK_LIKELIHOOD if is_bulk_mail(parsed) else PERSONAL_LIKELIHOOD)
    for source in (recipient_likelihoods(parsed, context), sender_likelihoods(parsed, context, feature_labels)):
        for category, ratio in source.items():
            combined[category] = combined.get(category, 1.0) * ratio
    return combined


# What the words don't show, as tokens for the organization's correction layer
# (`fornuft.ml.blend`: a second channel beside the words, read only by the layer, and only
# tokens found in at least two corrections count). When people correct mail from the same
# firm, to the same shared mailbox or with the same kind of attachment the same way, the
# layer learns it. Whether the sender is a known correspondent and the addressed staff
# member's role are left out: `structure_likelihoods` already weighs them after the blend,
# and the layer would count them twice.
_REPLY_SUBJECT = re.compile(r"^\s*(re|sv|aw|vs|antw)\s*:", re.IGNORECASE)
FEATURE_SCALE = 0.2  # a token's weight beside the words' TF-IDF (one row of words has norm 1)


def message_features(*, sender: str, recipients, attachment_names=(), bulk: bool = False,
                     reply: bool = False, subject: str = "", context=None) -> list[str]:
    """Tokens for the feature channel: `from:<domain>` (not for our own or free-mail
    domains), `to:<mailbox>` for our own addresses it was sent to, `attach:<kind>` (or
    `attach:none`), `bulk`, `reply`, `forward`."""
    from fornuft.mail.phishing.domains import FREE_MAIL_DOMAINS, registrable_domain

    tokens = []
    own = registrable_domain(getattr(context, "domain", "") or "")
    domain = registrable_domain(sender.rpartition("@")[2].lower()) if "@" in (sender or "") else ""
    if domain and domain != own and domain not in FREE_MAIL_DOMAINS:
        tokens.append(f"from:{domain}")
    for address in list(recipients or [])[:5]:
        address = address.strip().lower()
        if own and address.endswith("@" + own):
            tokens.append(f"to:{address.partition('@')[0]}")
    kinds = sorted({name.rsplit(".", 1)[-1].lower()[:8] for name in attachment_names if "." in name})
    tokens += [f"attach:{k}" for k in kinds] or ["attach:none"]
    tokens += ["bulk"] if bulk else []
    tokens += ["reply"] if reply or _REPLY_SUBJECT.match(subject or "") else []
    tokens += ["forward"] if _FORWARD_SUBJECT.match(subject or "") else []
    return list(dict.fromkeys(tokens))


def parsed_features(parsed, context=None) -> list[str]:
    """`message_features` of a parsed message."""
    from fornuft.mail import conversation_rules

    return message_features(sender=parsed.from_address or "", recipients=parsed.to,
                            attachment_names=[a.filename for a in parsed.attachments
                                              if a.filename and not a.content_type.startswith("image/")],
                            bulk=bool(conversation_rules.bulk_reasons(parsed.headers, parsed.from_address)),
                            reply=bool(parsed.in_reply_to), subject=parsed.subject, context=context)


def with_features(text: str, features: list[str]) -> str:
    """`text` with the feature channel the correction layer reads (the words stay first)."""
    from fornuft.ml.blend import FEATURE_MARK

    return f"{text}{FEATURE_MARK}{' '.join(features)}" if features else text


def model_inputs(model, texts: list[str]) -> list[str]:
    """The texts as `model` reads them: a model without a correction layer gets the words."""
    from fornuft.ml.blend import words_only

    return list(texts) if getattr(model, "reads_features", False) else words_only(texts)


def reweigh(probabilities: dict[str, float], likelihoods: dict[str, float],
            allowed: set[str] | None = None) -> tuple[str, float, dict[str, float]] | None:
    """(category, confidence, probabilities) after multiplying by `likelihoods` and
    normalising; None when nothing is left to choose from."""
    weighted = {c: p * likelihoods.get(c, 1.0) for c, p in probabilities.items() if not allowed or c in allowed}
    total = sum(weighted.values())
    if total <= 0:
        return None
    weighted = {c: p / total for c, p in weighted.items()}
    category = max(weighted, key=weighted.__getitem__)
    return category, weighted[category], weighted


def classify_texts(model, texts: list[str], allowed: set[str] | None = None) -> list[tuple[str, float, dict]]:
    """[(category, confidence, explanation)] for `texts`. With `allowed`, the most
    probable category among those is chosen (an organization may have removed some)."""
    if not texts:
        return []
    results = []
    for explanation in model.explain_many(model_inputs(model, texts), top_n=5):
        category, confidence = explanation["label"], explanation["confidence"]
        if allowed and category not in allowed:
            candidates = {c: p for c, p in explanation["probabilities"].items() if c in allowed}
            if candidates:
                category = max(candidates, key=candidates.__getitem__)
                confidence = candidates[category]
            else:
                category = "other"
        results.append((category, float(confidence), explanation))
    return results
