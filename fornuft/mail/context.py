"""What the phishing shield knows about an organization: from the database, or from
files given on the command line (`--org-file`, `--known-domains`)."""

from __future__ import annotations

import json
from pathlib import Path

from fornuft.mail.phishing import Employee, OrgContext
from fornuft.mail.phishing.domains import clean_domain


class ContextFileError(ValueError):
    pass


def organization_context(organization) -> OrgContext:
    """Staff (names, addresses), the organization's domain, its known correspondents and
    the supplier register's bank accounts."""
    from fornuft.core.models import User
    from fornuft.mail.models import KnownCorrespondent

    employees = [
        Employee(name=f"{first} {last}".strip(), email=email or "", role=title or "")
        for first, last, email, title in User.objects.filter(organization=organization, is_active=True)
        .values_list("first_name", "last_name", "email", "title")
        if (first or last)
    ]
    correspondents = list(KnownCorrespondent.objects.for_organization(organization))
    known = {c.domain for c in correspondents}
    own_accounts = {c.domain: set(c.account_list()) for c in correspondents if c.bank_accounts}

    def bank_accounts_for(domain: str):
        """Accounts on file: the supplier register (invoices) and the mail settings' own list."""
        accounts = set(own_accounts.get(domain, set()))
        try:
            from fornuft.invoices.services import known_bank_accounts
        except ImportError:  # invoices capability not installed
            registered = None
        else:
            registered = known_bank_accounts(organization, domain)
        if registered:
            accounts |= set(registered)
        return accounts or (None if registered is None else set())

    from fornuft.mail.training import active_scam_model

    released, reported = people_decisions(organization)
    return OrgContext(domain=organization.domain or "", name=organization.name, employees=employees,
                      known_domains=known, bank_accounts_for=bank_accounts_for, released_senders=released,
                      reported_domains=reported, scam_model=active_scam_model(organization))


def people_decisions(organization) -> tuple[set[str], set[str]]:
    """(senders released from quarantine, domains reported as phishing) — the phishing
    training examples people made; the newest decision per message counts."""
    from fornuft.governance.training_data import examples
    from fornuft.mail.models import Message
    from fornuft.mail.phishing.domains import registrable_domain

    labels = list(examples(organization, "mail.phishing").filter(subject_type="mail.message")
                  .order_by("-created_at", "-pk").values_list("subject_id", "label"))
    senders = dict(Message.objects.for_organization(organization)
                   .filter(pk__in={int(i) for i, _label in labels if i.isdigit()})
                   .values_list("pk", "from_address"))
    rows = [(subject_id, label, senders.get(int(subject_id)) if subject_id.isdigit() else None)
            for subject_id, label in labels]
    seen, released, reported = set(), set(), set()
    for message_id, label, sender in rows:
        if message_id in seen or not sender:
            continue
        seen.add(message_id)
        if label == "clean":
            released.add(sender.lower())
        elif label == "phishing":
            reported.add(registrable_domain(sender.rpartition("@")[2]))
    return released, reported


def context_from_files(org_file: str | None, known_domains_file: str | None) -> OrgContext:
    """OrgContext from `organization.json` ({"name", "domain", "employees": [{"name",
    "email", "role"}]}) and a file with one domain per line ('#' starts a comment),
    optionally followed by the bank accounts that correspondent is paid to."""
    context = OrgContext()
    if org_file:
        try:
            data = json.loads(Path(org_file).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ContextFileError(f"cannot read {org_file}: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise ContextFileError(f"{org_file} is not valid JSON ({exc}); expected "
                                   '{"name", "domain", "employees": [{"name", "email", "role"}]}') from None
        if not isinstance(data, dict):
            raise ContextFileError(f"{org_file} must hold a JSON object with name, domain and employees")
        context.name = str(data.get("name") or "")
        context.domain = clean_domain(str(data.get("domain") or ""))
        for person in data.get("employees") or []:
            if isinstance(person, dict) and person.get("name"):
                context.employees.append(Employee(name=str(person["name"]), email=str(person.get("email") or ""),
                                                  role=str(person.get("role") or "")))
    if known_domains_file:
        try:
            lines = Path(known_domains_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ContextFileError(f"cannot read {known_domains_file}: {exc.strerror or exc}") from None
        accounts: dict[str, set[str]] = {}
        for line in lines:
            domain, found = parse_known_line(line)
            if domain:
                context.known_domains.add(domain)
                if found:
                    accounts.setdefault(domain, set()).update(found)
        if accounts:
            context.bank_accounts_for = lambda domain: accounts.get(domain)
    return context


def parse_known_line(line: str) -> tuple[str, list[str]]:
    """'byggmakker.no 1503.12.34567  # supplier' → ('byggmakker.no', ['1503.12.34567'])."""
    words = line.split("#", 1)[0].replace(",", " ").split()
    if not words:
        return "", []
    return clean_domain(words[0]), words[1:]
