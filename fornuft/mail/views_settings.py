"""Mail settings (mailboxes, categories, routing, known correspondents) and the model page."""

from __future__ import annotations

import json

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role
from fornuft.core.tenancy import organization_users
from fornuft.mail import intake, mailboxes
from fornuft.mail.models import (
    Category,
    KnownCorrespondent,
    Mailbox,
    RoutingRule,
    TeamQueue,
)

MODEL_READERS = (Role.ADMIN, Role.MANAGER, Role.AUDITOR)
# One distinct colour per predicted category (Chart.js's default palette repeats after seven).
PALETTE = ["#2f6f73", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#a0a0a0", "#30638e", "#e07a5f",
           "#3d405b", "#81b29a", "#f2cc8f"]


class MailboxForm(forms.ModelForm):
    secret = forms.CharField(label=gettext_lazy("Password or access token"), required=False,
                             widget=forms.PasswordInput(render_value=False),
                             help_text=gettext_lazy("Stored encrypted. Leave empty to keep the current one."))

    class Meta:
        model = Mailbox
        fields = ["name", "kind", "host", "port", "security", "username", "auth_method", "folder", "path",
                  "is_enabled"]


class RuleForm(forms.ModelForm):
    class Meta:
        model = RoutingRule
        fields = ["name", "category_key", "sender_contains", "keywords", "queue", "assignee", "priority",
                  "send_acknowledgement", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category_key"] = forms.ChoiceField(
            label=_("Category"), choices=[(c.key, c.name) for c in Category.objects.all()])
        self.fields["queue"].queryset = TeamQueue.objects.all()
        self.fields["assignee"].queryset = organization_users()


@role_required(Role.ADMIN)
def settings_page(request):
    intake.ensure_setup(request.organization)
    return render(request, "mail/settings.html", {
        "mailboxes": [(box, MailboxForm(instance=box, auto_id=f"id_mailbox{box.pk}_%s"))
                      for box in Mailbox.objects.all()],
        "mailbox_form": MailboxForm(),
        "categories": Category.objects.all(), "rules": RoutingRule.objects.select_related("queue", "assignee"),
        "rule_form": RuleForm(), "queues": TeamQueue.objects.all(),
        "known_domains": "\n".join(f"{c.domain} {c.bank_accounts}".strip() for c in KnownCorrespondent.objects.all()),
    })


@role_required(Role.ADMIN)
@require_POST
def mailbox_save(request, pk: int | None = None):
    instance = get_for_org_or_404(Mailbox, pk=pk) if pk else None
    form = MailboxForm(request.POST, instance=instance)
    if not form.is_valid():
        messages.error(request, _("Please correct the mailbox settings: %(errors)s")
                       % {"errors": "; ".join(f"{k}: {' '.join(str(e) for e in v)}" for k, v in form.errors.items())})
        return redirect("mail:settings")
    mailbox = form.save(commit=False)
    if form.cleaned_data["secret"]:
        mailboxes.set_secret(mailbox, form.cleaned_data["secret"])
    mailbox.save()
    messages.success(request, _("Mailbox saved."))
    return redirect("mail:settings")


@role_required(Role.ADMIN)
@require_POST
def category_save(request):
    """Rename, (de)activate or add categories."""
    with transaction.atomic():
        for category in Category.objects.all():
            name = request.POST.get(f"name-{category.pk}", "").strip()
            if name:
                category.name = name[:100]
            category.is_active = request.POST.get(f"active-{category.pk}") == "on"
            category.save()
        new_name = request.POST.get("new_name", "").strip()
        if new_name:
            key = slugify(new_name).replace("-", "_")[:50] or "category"
            Category.objects.get_or_create(key=key, defaults={"name": new_name[:100], "sort_order": 100})
    if not Category.objects.filter(is_active=True).exists():
        messages.error(request, _("At least one category must stay active."))
        Category.objects.filter(key="other").update(is_active=True)
    messages.success(request, _("Categories saved. New categories learn from the messages you sort into them."))
    return redirect("mail:settings")


@role_required(Role.ADMIN)
@require_POST
def rule_save(request):
    form = RuleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please correct the rule: %(errors)s")
                       % {"errors": "; ".join(f"{k}: {' '.join(str(e) for e in v)}" for k, v in form.errors.items())})
        return redirect("mail:settings")
    form.save()
    messages.success(request, _("Routing rule saved."))
    return redirect("mail:settings")


@role_required(Role.ADMIN)
@require_POST
def rule_delete(request, pk: int):
    get_for_org_or_404(RoutingRule, pk=pk).delete()
    messages.success(request, _("Routing rule removed."))
    return redirect("mail:settings")


@role_required(Role.ADMIN)
@require_POST
def known_domains_save(request):
    from fornuft.mail.context import parse_known_line

    entries: dict[str, list[str]] = {}
    for line in request.POST.get("domains", "").splitlines():
        domain, accounts = parse_known_line(line)
        if domain:
            entries.setdefault(domain[:200], []).extend(accounts)
    with transaction.atomic():
        KnownCorrespondent.objects.exclude(domain__in=entries).delete()
        for domain, accounts in sorted(entries.items()):
            KnownCorrespondent.objects.update_or_create(domain=domain, defaults={"bank_accounts": " ".join(
                dict.fromkeys(accounts))[:500]})
    messages.success(request, _("Known correspondents saved (%(count)d domains).") % {"count": len(entries)})
    return redirect("mail:settings")


@role_required(*MODEL_READERS)
def model_page(request):
    from fornuft.governance.models import ModelVersion
    from fornuft.mail import sorting

    versions = list(ModelVersion.objects.filter(system__key="mail.classifier").order_by("-trained_at", "-pk")[:30])
    active = next((v for v in versions if v.is_active), None)
    report = active.report if active else sorting.seed_report()
    confusion = report.get("confusion") or {"labels": [], "matrix": []}
    chart = {
        "labels": confusion["labels"],
        "datasets": [{"label": predicted, "data": [row[j] for row in confusion["matrix"]],
                      "backgroundColor": PALETTE[j % len(PALETTE)]}
                     for j, predicted in enumerate(confusion["labels"])],
    }
    return render(request, "mail/model.html", {
        "versions": versions, "active": active, "report": report, "chart": chart,
        "chart_json": json.dumps(chart), "can_retrain": request.user.role in (Role.ADMIN, Role.MANAGER),
    })


@role_required(Role.ADMIN, Role.MANAGER)
@require_POST
def model_retrain(request):
    from fornuft.mail.tasks import retrain_classifier

    organization_id = request.organization.pk
    transaction.on_commit(lambda: retrain_classifier(organization_id))
    messages.success(request, _("Retraining started. The new model is used only if it is not worse."))
    return redirect("mail:model")
