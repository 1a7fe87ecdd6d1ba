"""The form page of a published app whose trigger is "Form submitted": a Django form built
from the fields the builder declared (typed, with bokmål and English labels). Logged-in
users of the organization with one of the trigger's roles use it at /apps/<id>/form/; when
the trigger is public, people outside use the secret link /apps/form/<token>/
(rate-limited per address and per app, size-limited). CSRF is on for both."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fornuft.apps import services, triggers
from fornuft.apps.models import App
from fornuft.core.auth import client_ip
from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.ratelimit import Limit, exceeded
from fornuft.core.tenancy import activate

MAX_TEXT = 500
MAX_LONG_TEXT = 10_000
# Per visitor address and per app, for the public link: enough for a real person, too few
# for a script filling the app's runs.
PUBLIC_LIMITS = (Limit(10, 60), Limit(200, 3600))


class NumberField(forms.DecimalField):
    """A number written the Norwegian or the English way: "600 000", "1 234,50", "1234.5"."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
            if value.count(",") == 1 and "." not in value:
                value = value.replace(",", ".")
        return super().to_python(value)


def build_form(fields, data=None) -> forms.Form:
    """A Django form with one field per declared form field, labelled in the active language."""
    language = get_language() or "nb"
    form = forms.Form(data)
    for spec in fields:
        form.fields[spec.name] = _field(spec, spec.label(language))
    return form


def _field(spec, label: str) -> forms.Field:
    required = spec.required
    if spec.type == "longtext":
        return forms.CharField(label=label, required=required, max_length=MAX_LONG_TEXT, widget=forms.Textarea)
    if spec.type == "number":
        return NumberField(label=label, required=required, max_digits=18, decimal_places=4,
                           widget=forms.TextInput(attrs={"inputmode": "decimal"}))
    if spec.type == "email":
        return forms.EmailField(label=label, required=required, max_length=254)
    if spec.type == "date":
        return forms.DateField(label=label, required=required, widget=forms.DateInput(attrs={"type": "date"}))
    if spec.type == "yesno":
        return forms.BooleanField(label=label, required=required)
    return forms.CharField(label=label, required=required, max_length=MAX_TEXT)


def _record(form: forms.Form) -> dict:
    """The cleaned values as a JSON record for the run (numbers as numbers, dates as ISO)."""
    record = {}
    for name, value in form.cleaned_data.items():
        if value is None or value == "":
            value = ""
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        elif not isinstance(value, bool | str):   # Decimal
            value = int(value) if value == value.to_integral_value() else float(value)
        record[name] = value
    return record


def _too_large(request) -> bool:
    length = request.META.get("CONTENT_LENGTH") or "0"
    return not length.isdigit() or int(length) > triggers.MAX_FORM_BYTES


def _handle(request, app: App, config: dict, *, public: bool):
    fields = triggers.form_fields(config)
    blockers = services.run_blockers(app)
    context = {"app": app, "public": public, "blockers": blockers}
    if request.method == "POST" and not blockers:
        if _too_large(request):
            form = build_form(fields)
            context.update(form=form, error=_("The form is too large (at most %(kb)d KB).") % {
                "kb": triggers.MAX_FORM_BYTES // 1024})
            return render(request, "apps/form.html", context, status=413)
        form = build_form(fields, request.POST)
        if form.is_valid():
            try:
                with activate(app.organization):
                    run = triggers.receive_form(app, request.user, _record(form), public=public)
            except ValueError as exc:
                context.update(form=form, error=str(exc))
                return render(request, "apps/form.html", context, status=409)
            if public:
                return render(request, "apps/form_received.html", {"app": app}, status=202)
            return redirect("apps:run-detail", run_id=run.pk)
        context["form"] = form
        return render(request, "apps/form.html", context, status=400)
    context["form"] = build_form(fields)
    return render(request, "apps/form.html", context, status=409 if blockers else 200)


@role_required()
@require_http_methods(["GET", "POST"])
def app_form(request, app_id: int):
    """The form for logged-in users of the app's organization (another organization's app is
    not found; a role the trigger does not name is refused)."""
    app = get_for_org_or_404(App, pk=app_id)
    config = triggers.form_trigger(app)
    if config is None:
        raise Http404(_("This app has no form."))
    if not triggers.may_use_form(config, request.user):
        raise PermissionDenied(_("Your role does not allow you to use this form."))
    return _handle(request, app, config, public=False)


@require_http_methods(["GET", "POST"])
def public_form(request, token: str):
    """The form behind the app's secret link, for people outside the organization."""
    if request.method == "POST":
        for scope, identity, limit in (("apps-form-address", client_ip(request), PUBLIC_LIMITS[0]),
                                       ("apps-form-link", token[:100], PUBLIC_LIMITS[1])):
            wait = exceeded(scope, identity, limit)
            if wait:
                response = render(request, "apps/form_received.html", {
                    "error": _("Too many forms sent; try again in a minute.")}, status=429)
                response["Retry-After"] = str(wait)
                return response
    app = triggers.app_for_form_token(token)
    if app is None:
        raise Http404(_("This form link does not exist or is closed."))
    return _handle(request, app, triggers.form_trigger(app) or {}, public=True)


@role_required()
@require_POST
def form_link(request, app_id: int):
    """Makes a new secret link to the app's public form (builders only); shown once."""
    app = get_for_org_or_404(App, pk=app_id)
    try:
        services.check_builder(request.user)
    except PermissionError as exc:
        raise PermissionDenied(str(exc)) from None
    config = triggers.form_trigger(app)
    if config is None or str(config.get("public") or "no") != "yes":
        raise Http404(_("This app's form is not public."))
    token = triggers.new_form_token(app)
    return render(request, "apps/form_link.html", {
        "app": app, "url": request.build_absolute_uri(f"/apps/form/{token}/")})
