"""The pages of security: dashboard, incidents with their timeline, sign-in import and settings.
Thin views that call the services; IT administrators and managers only."""

import json
from datetime import date

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from fornuft.core.formatting import day_label
from fornuft.core.permissions import role_required
from fornuft.core.roles import Role
from fornuft.core.tenancy import organization_users
from fornuft.security import services
from fornuft.security.models import Incident, IncidentKind, IncidentStatus, Severity
from fornuft.security.rules import rule_label

READERS = (Role.ADMIN, Role.MANAGER)
COLOURS = {Severity.HIGH: "#b3261e", Severity.MEDIUM: "#c77700", Severity.LOW: "#2f6f73"}


@role_required(*READERS)
def dashboard(request):
    data = services.dashboard(request.organization)
    days = [day_label(date.fromisoformat(day)) for day in data["days"]]
    chart = {"labels": days, "datasets": [
        {"label": str(Severity(s).label), "data": data["incidents"][s], "backgroundColor": COLOURS[s]}
        for s in (Severity.HIGH, Severity.MEDIUM, Severity.LOW)]}
    signins = {"labels": days, "datasets": [
        {"label": _("Succeeded"), "data": data["signins_ok"], "backgroundColor": "#2f6f73"},
        {"label": _("Failed"), "data": data["signins_failed"], "backgroundColor": "#b3261e"}]}
    incidents = services.list_incidents(request.organization, status="open", limit=50)
    return render(request, "security/dashboard.html", {"data": data, "chart": chart, "signins_chart": signins,
                                                       "incidents": incidents})


@role_required(*READERS)
def incident_list(request):
    status = request.GET.get("status", "open")
    kind = request.GET.get("kind", "")
    if status not in ("open", "", *IncidentStatus.values) or kind not in ("", *IncidentKind.values):
        raise Http404
    incidents = services.list_incidents(request.organization, status=status, kind=kind)
    return render(request, "security/incident_list.html", {"incidents": incidents, "status": status, "kind": kind,
                                                           "statuses": IncidentStatus.choices,
                                                           "kinds": IncidentKind.choices})


class IncidentForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=IncidentStatus.choices)
    owner = forms.TypedChoiceField(label=gettext_lazy("Owner"), coerce=int, required=False, empty_value=0)
    note = forms.CharField(label=gettext_lazy("Note"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
                           max_length=4000)

    def __init__(self, *args, users=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = [(0, "—")] + [(u.pk, u.get_full_name() or u.username) for u in users]


@role_required(*READERS)
@require_http_methods(["GET", "POST"])
def incident_detail(request, pk: int):
    try:
        incident = services.get_incident(request.organization, pk)
    except Incident.DoesNotExist:
        raise Http404 from None
    users = list(organization_users().filter(is_active=True).order_by("username")[:200])
    error = None
    if request.method == "POST":
        if request.user.role != Role.ADMIN and not request.user.is_superuser:
            raise PermissionDenied
        form = IncidentForm(request.POST, users=users)
        if form.is_valid():
            try:
                services.update_incident(request.organization, pk, user=request.user,
                                         status=form.cleaned_data["status"], owner_id=form.cleaned_data["owner"],
                                         note=form.cleaned_data["note"])
            except ValueError as exc:
                error = str(exc)
            else:
                return redirect("security:incident", pk=pk)
    else:
        form = IncidentForm(initial={"status": incident.status, "owner": incident.owner_id or 0}, users=users)
    context = {"incident": incident, "entries": services.timeline(request.organization, incident), "form": form,
               "error": error, "rule": rule_label(incident.rule), "can_edit": request.user.role == Role.ADMIN}
    return render(request, "security/incident_detail.html", context, status=400 if error or form.errors else 200)


class ImportForm(forms.Form):
    log = forms.FileField(label=gettext_lazy("Sign-in log"))
    format = forms.ChoiceField(label=gettext_lazy("Format"), choices=[
        ("auto", gettext_lazy("Detect")), ("entra", "Microsoft Entra / 365"), ("sshd", "OpenSSH auth.log"),
        ("windows", "Windows 4624/4625"), ("csv", gettext_lazy("Generic CSV")), ("fornuft", "Fornuft")])


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def import_log(request):
    result, error = None, None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["log"]
            if upload.size > services.MAX_UPLOAD:
                error = _("The file is too large.")
            else:
                try:
                    result = services.import_signins(request.organization, upload.read(),
                                                     fmt=form.cleaned_data["format"], name=upload.name)
                except ValueError as exc:
                    error = str(exc)
    else:
        form = ImportForm()
    return render(request, "security/import.html", {"form": form, "result": result, "error": error},
                  status=400 if error or form.errors else 200)


class SettingsForm(forms.Form):
    thresholds = forms.CharField(label=gettext_lazy("Thresholds (JSON)"), widget=forms.Textarea(attrs={"rows": 14}),
                                 max_length=10_000)
    vpn_networks = forms.CharField(label=gettext_lazy("VPN and trusted networks (one CIDR per line)"),
                                   widget=forms.Textarea(attrs={"rows": 4}), required=False, max_length=10_000)
    notify_email = forms.EmailField(label=gettext_lazy("Notify by e-mail"), required=False)
    webhook_url = forms.URLField(label=gettext_lazy("Webhook"), required=False, assume_scheme="https")
    high = forms.MultipleChoiceField(label=gettext_lazy("High severity"), required=False,
                                     choices=[("mail", gettext_lazy("E-mail")), ("webhook", "Webhook")],
                                     widget=forms.CheckboxSelectMultiple)
    medium = forms.MultipleChoiceField(label=gettext_lazy("Medium severity"), required=False,
                                       choices=[("mail", gettext_lazy("E-mail")), ("webhook", "Webhook")],
                                       widget=forms.CheckboxSelectMultiple)
    low = forms.MultipleChoiceField(label=gettext_lazy("Low severity"), required=False,
                                    choices=[("mail", gettext_lazy("E-mail")), ("webhook", "Webhook")],
                                    widget=forms.CheckboxSelectMultiple)
    digest_email = forms.EmailField(label=gettext_lazy("Weekly digest to"), required=False)
    watcher_command = forms.CharField(label=gettext_lazy("Command on a ransomware alert"), required=False,
                                      max_length=500)


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def settings_page(request):
    from fornuft.security.detection import Thresholds

    current = services.get_settings(request.organization)
    error = None
    if request.method == "POST":
        form = SettingsForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                thresholds = json.loads(data["thresholds"])
                if not isinstance(thresholds, dict):
                    raise ValueError(_("The thresholds must be a JSON object."))
                services.update_settings(request.organization, thresholds=thresholds,
                                         vpn_networks=data["vpn_networks"], notify_email=data["notify_email"],
                                         webhook_url=data["webhook_url"], digest_email=data["digest_email"],
                                         watcher_command=data["watcher_command"],
                                         policy={s: data[s] for s in ("high", "medium", "low")})
            except ValueError as exc:
                error = str(exc)
            else:
                return redirect("security:settings")
    else:
        merged = Thresholds.from_dict(current.thresholds or {}).as_dict()
        policy = current.policy or services.DEFAULT_POLICY
        initial = {"thresholds": json.dumps(merged, indent=2), "vpn_networks": current.vpn_networks,
                   "notify_email": current.notify_email, "webhook_url": current.webhook_url,
                   "digest_email": current.digest_email, "watcher_command": current.watcher_command}
        initial.update({s: policy.get(s, []) for s in ("high", "medium", "low")})
        form = SettingsForm(initial=initial)
    from fornuft.security.graph_pull import secret_is_set

    graph_form = GraphForm(initial={"graph_tenant_id": current.graph_tenant_id,
                                    "graph_client_id": current.graph_client_id,
                                    "graph_secret_env": current.graph_secret_env})
    return render(request, "security/settings.html",
                  {"form": form, "error": error, "travel": services.list_known_travel(request.organization),
                   "graph_form": graph_form, "graph": current, "graph_secret_set": secret_is_set(current)},
                  status=400 if error or form.errors else 200)


class GraphForm(forms.Form):
    graph_tenant_id = forms.CharField(label=gettext_lazy("Microsoft Entra tenant id"), max_length=100, required=False)
    graph_client_id = forms.CharField(label=gettext_lazy("App registration (client) id"), max_length=100,
                                      required=False)
    graph_secret_env = forms.RegexField(label=gettext_lazy("Environment variable with the client secret"),
                                        regex=r"^[A-Z_][A-Z0-9_]*$", max_length=100,
                                        error_messages={"invalid": gettext_lazy(
                                            "Capital letters, digits and _ only, e.g. FORNUFT_GRAPH_CLIENT_SECRET.")})


@role_required(Role.ADMIN)
@require_POST
def graph_settings(request):
    """Saves the Microsoft Graph pull's app registration, or pulls now ("pull" in the form)."""
    from fornuft.security.graph_pull import pull_graph

    current = services.get_settings(request.organization)
    form = GraphForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect("security:settings")
    for name, value in form.cleaned_data.items():
        setattr(current, name, value.strip())
    current.save(update_fields=list(form.cleaned_data))
    if "pull" in request.POST:
        try:
            result = pull_graph(request.organization)
        except ValueError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("%(events)d sign-ins pulled from Microsoft Graph, %(incidents)d incidents.")
                             % {"events": result["events"], "incidents": len(result["incidents"])})
    else:
        messages.success(request, _("Saved."))
    return redirect("security:settings")


class TravelForm(forms.Form):
    account = forms.CharField(label=gettext_lazy("Account"), max_length=254)
    country = forms.CharField(label=gettext_lazy("Country (two letters)"), max_length=2)
    start = forms.DateField(label=gettext_lazy("From"))
    end = forms.DateField(label=gettext_lazy("To"))
    note = forms.CharField(label=gettext_lazy("Note"), max_length=200, required=False)


@role_required(Role.ADMIN)
@require_POST
def add_travel(request):
    form = TravelForm(request.POST)
    if form.is_valid():
        try:
            services.add_known_travel(request.organization, **form.cleaned_data)
        except ValueError:
            pass
    return redirect("security:settings")


@role_required(*READERS)
def digest(request):
    text = services.weekly_digest(request.organization, send=False)
    return render(request, "security/digest.html", {"text": text})
