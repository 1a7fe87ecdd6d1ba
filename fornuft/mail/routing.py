"""Routing: category (plus optional sender and keywords) → a team queue or a person,
and the acknowledgement drafts for sales and support mail.

`choose_rule(rules, category=…, sender=…, text=…)` is plain logic over objects with
the attributes of `RoutingRule` (category_key, sender_contains, keywords, priority,
is_active); the first matching rule by priority wins. A rule with sender or keywords
is more specific, and at equal priority beats one with only a category.
"""

from __future__ import annotations

from fornuft.ml.text import contains_any

ACKNOWLEDGE_CATEGORIES = {"sales_inquiry", "customer_support"}

# Default queues and rules for a new organization: (queue key, queue name, categories)
DEFAULT_QUEUES = [
    ("sales", "Salg", ["sales_inquiry"]),
    ("support", "Kundeservice", ["customer_support"]),
    ("finance", "Økonomi", ["invoice", "supplier"]),
    ("hr", "HR", ["job_application"]),
    ("projects", "Prosjekter", ["project_assignment"]),
    ("general", "Felles innboks", ["newsletter", "other"]),
]


def _keywords(rule) -> list[str]:
    return [k.strip() for k in (rule.keywords or "").split(",") if k.strip()]


def rule_matches(rule, *, category: str, sender: str, text: str) -> bool:
    if not rule.is_active or rule.category_key != category:
        return False
    if rule.sender_contains and rule.sender_contains.strip().lower() not in (sender or "").lower():
        return False
    keywords = _keywords(rule)
    return not keywords or bool(contains_any(text, keywords))


def choose_rule(rules, *, category: str, sender: str = "", text: str = ""):
    """The rule that routes this message, or None."""
    def order(rule):
        specific = bool(rule.sender_contains) or bool(_keywords(rule))
        return (rule.priority, 0 if specific else 1, rule.pk or 0)

    for rule in sorted(rules, key=order):
        if rule_matches(rule, category=category, sender=sender, text=text):
            return rule
    return None


ACK_TEMPLATES = {
    "nb": {
        "subject": "Re: {subject}",
        "sales_inquiry": ("Hei{name},\n\nTakk for henvendelsen til {org}. Vi har mottatt forespørselen din og "
                          "kommer tilbake til deg med et svar innen to virkedager.\n\nMed vennlig hilsen\n{org}"),
        "customer_support": ("Hei{name},\n\nTakk for at du tok kontakt med {org}. Saken din er registrert, og "
                             "en av oss ser på den så snart som mulig.\n\nMed vennlig hilsen\nKundeservice, {org}"),
    },
    "en": {
        "subject": "Re: {subject}",
        "sales_inquiry": ("Hello{name},\n\nThank you for contacting {org}. We have received your enquiry and "
                          "will get back to you within two working days.\n\nKind regards\n{org}"),
        "customer_support": ("Hello{name},\n\nThank you for contacting {org}. Your request has been registered "
                             "and one of us will look at it as soon as possible.\n\nKind regards\n"
                             "Customer service, {org}"),
    },
}


def acknowledgement_text(*, category: str, language: str, subject: str, sender_name: str,
                         organization_name: str) -> tuple[str, str] | None:
    """(subject, body) of the acknowledgement draft, or None for categories without one.
    English mail gets an English draft; everything else Norwegian."""
    if category not in ACKNOWLEDGE_CATEGORIES:
        return None
    template = ACK_TEMPLATES["en" if language == "en" else "nb"]
    first_name = (sender_name or "").split(" ")[0].strip(",\"'")
    name = f" {first_name}" if first_name and "@" not in first_name else ""
    clean_subject = subject or ""
    while clean_subject.lower().startswith(("re:", "sv:")):
        clean_subject = clean_subject[3:].strip()
    return (template["subject"].format(subject=clean_subject)[:500],
            template[category].format(name=name, org=organization_name))
