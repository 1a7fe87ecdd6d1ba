"""People's names for the rules (the contract's keys stay in English)."""

from django.utils.translation import gettext_lazy as _

RULE_LABELS = {
    "brute_force": _("Brute force"),
    "password_spray": _("Password spraying"),
    "credential_stuffing": _("Credential stuffing"),
    "success_after_failures": _("Sign-in after many failures"),
    "impossible_travel": _("Impossible travel"),
    "new_country": _("New country"),
    "new_device": _("New device"),
    "off_hours": _("Outside usual hours"),
    "mass_encryption": _("Files being encrypted"),
    "mass_rename": _("Mass rename to a new extension"),
    "mass_delete": _("Mass deletion"),
    "canary_touched": _("Canary file touched"),
    "ransom_note": _("Ransom note"),
}

RANSOMWARE_RULES = frozenset({"mass_encryption", "mass_rename", "mass_delete", "canary_touched", "ransom_note"})


def rule_label(rule: str):
    return RULE_LABELS.get(rule, rule.replace("_", " "))
