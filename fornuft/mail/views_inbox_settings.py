"""Inbox settings: the organization's SMTP server with a "send test mail" button (administrators),
and canned replies in Norwegian and English (administrators, managers, customer service)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role
from fornuft.mail import smtp
from fornuft.mail.credentials import encrypt_secret
from fornuft.mail.models import CannedReply, OutgoingServer

CANNED_EDITORS = (Role.ADMIN, Role.MANAGER, Role.SUPPORT)


class OutgoingServerForm(forms.ModelForm):
    secret = forms.CharField(label=gettext_lazy("Password"), required=False,
                             widget=forms.PasswordInput(render_value=False),
                             help_text=gettext_lazy("Stored encrypted. Leave empty to keep the current one, or "
                                                    "to use FORNUFT_SMTP_PASSWORD from the server's environment."))

    class Meta:
        model = OutgoingServer
        fields = ["host", "port", "security", "username", "from_address", "from_name"]


class CannedReplyForm(forms.ModelForm):
    class Meta:
        model = CannedReply
        fields = ["title", "language", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 5})}


@role_required(*CANNED_EDITORS)
def inbox_settings(request, server_form=None, canned_form=None):
    server = smtp.server_for(request.user.organization)
    return render(request, "mail/inbox_settings.html", {
        "server": server, "can_edit_server": request.user.role == Role.ADMIN,
        "server_form": server_form or OutgoingServerForm(instance=server),
        "canned_form": canned_form or CannedReplyForm(), "canned": CannedReply.objects.all(),
        "can_send": smtp.can_send(request.user.organization),
    })


@role_required(Role.ADMIN)
@require_POST
def smtp_save(request):
    server = smtp.server_for(request.user.organization)
    form = OutgoingServerForm(request.POST, instance=server)
    if not form.is_valid():
        messages.error(request, _("Check the fields marked below."))
        return inbox_settings(request, server_form=form)
    server = form.save(commit=False)
    if form.cleaned_data.get("secret"):
        server.secret_encrypted = encrypt_secret(form.cleaned_data["secret"])
    server.save()
    messages.success(request, _("Mail server saved. Send a test mail to check it."))
    return redirect("mail:inbox-settings")


@role_required(Role.ADMIN)
@require_POST
def smtp_test(request):
    to_address = (request.POST.get("to") or request.user.email or "").strip()
    if "@" not in to_address:
        messages.error(request, _("Write the address the test mail should go to."))
        return redirect("mail:inbox-settings")
    try:
        smtp.send_test_mail(request.user.organization, to_address)
    except smtp.NotSent as exc:
        messages.error(request, _("The test mail was not sent: %(error)s") % {"error": exc})
    else:
        messages.success(request, _("Test mail sent to %(address)s: the mail server accepted it.")
                         % {"address": to_address})
    return redirect("mail:inbox-settings")


@role_required(*CANNED_EDITORS)
@require_POST
def canned_save(request):
    form = CannedReplyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("A canned reply needs a title and a text."))
        return inbox_settings(request, canned_form=form)
    form.save()
    messages.success(request, _("Canned reply saved."))
    return redirect("mail:inbox-settings")


@role_required(*CANNED_EDITORS)
@require_POST
def canned_delete(request, pk: int):
    get_for_org_or_404(CannedReply, pk=pk).delete()
    messages.success(request, _("Canned reply deleted."))
    return redirect("mail:inbox-settings")
