"""People and API tokens: admins manage users; everyone manages their own tokens."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.core import oidc, services
from fornuft.core.forms import ApiTokenForm, PasswordResetForm, UserCreateForm
from fornuft.core.models import ApiToken
from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role
from fornuft.core.tenancy import organization_users


def _user_list_context(request, form):
    query = request.GET.get("q", "").strip()[:100]
    status = request.GET.get("status", "")
    users = organization_users().select_related("department").order_by("last_name", "first_name")
    if query:
        users = services.search_users(users, query)
    if status == "active":
        users = users.filter(is_active=True)
    elif status == "inactive":
        users = users.filter(is_active=False)
    return {"users": users, "form": form, "query": query, "status": status, "roles": Role.choices,
            "oidc_enabled": oidc.is_enabled()}


@role_required(Role.ADMIN)
def user_list(request):
    return render(request, "core/user_list.html",
                  _user_list_context(request, UserCreateForm(organization=request.organization)))


@role_required(Role.ADMIN)
@require_POST
def user_change_role(request, pk: int):
    person = get_object_or_404(organization_users(), pk=pk)
    try:
        services.change_role(person, request.POST.get("role", ""))
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        messages.success(request, _("%(name)s is now %(role)s.") % {"name": person, "role": person.get_role_display()})
    return redirect("user-list")


@role_required(Role.ADMIN)
@require_POST
def user_set_active(request, pk: int):
    person = get_object_or_404(organization_users(), pk=pk)
    active = request.POST.get("active") == "1"
    try:
        services.set_active(person, active)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    else:
        text = _("%(name)s can log in again.") if active else _("%(name)s is deactivated and can no longer log in.")
        messages.success(request, text % {"name": person})
    return redirect("user-list")


@role_required(Role.ADMIN)
@require_POST
def user_create(request):
    form = UserCreateForm(request.POST, organization=request.organization)
    if form.is_valid():
        data = form.cleaned_data
        try:
            user = services.create_user(
                request.organization, data["username"], password=data["password"] or None, role=data["role"],
                first_name=data["first_name"], last_name=data["last_name"], email=data["email"],
                department=data["department"],
            )
        except ValidationError as exc:
            form.add_error("username" if getattr(exc, "code", None) == "taken" else "password", exc)
    if not form.is_valid():
        return render(request, "core/user_list.html", _user_list_context(request, form), status=400)
    messages.success(request, _("User %(name)s created.") % {"name": user})
    return redirect("user-list")


@role_required(Role.ADMIN)
def user_reset_password(request, pk: int):
    person = get_object_or_404(organization_users(), pk=pk)
    form = PasswordResetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.reset_password(person, form.cleaned_data["password"])
        except ValidationError as exc:
            form.add_error("password", exc)
        else:
            messages.success(request, _("Password for %(name)s reset.") % {"name": person})
            return redirect("user-list")
    return render(request, "core/user_reset_password.html", {"person": person, "form": form})


# API tokens are for integrations; an employee sees none and makes none.
TOKEN_ROLES = tuple(role for role in Role.values if role != Role.EMPLOYEE)


@role_required(*TOKEN_ROLES)
def token_list(request):
    tokens = ApiToken.objects.filter(user=request.user)
    return render(request, "core/token_list.html", {"tokens": tokens, "form": ApiTokenForm()})


@role_required(*TOKEN_ROLES)
@require_POST
def token_create(request):
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        return render(request, "core/token_list.html",
                      {"tokens": ApiToken.objects.filter(user=request.user), "form": form}, status=400)
    _token, key = ApiToken.issue(request.user, form.cleaned_data["name"])
    tokens = ApiToken.objects.filter(user=request.user)
    return render(request, "core/token_list.html", {"tokens": tokens, "form": ApiTokenForm(), "new_key": key})


@role_required(*TOKEN_ROLES)
@require_POST
@transaction.atomic
def token_revoke(request, pk: int):
    token = get_for_org_or_404(ApiToken.objects.filter(user=request.user), pk=pk)
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    messages.success(request, _("Token revoked."))
    return redirect("token-list")
