"""The login page and sign-in with Microsoft Entra ID / OIDC (fornuft/core/oidc.py)."""

from __future__ import annotations

import logging
import secrets

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from fornuft.core import oidc

security_log = logging.getLogger("fornuft.security")

SESSION_KEY = "fornuft_oidc"


class LoginView(auth_views.LoginView):
    template_name = "core/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["oidc_label"] = oidc.config()["label"] if oidc.is_enabled() else ""
        return context


def _redirect_uri(request) -> str:
    return oidc.settings_in_use().get("redirect_uri") or request.build_absolute_uri(reverse("oidc-callback"))


def _failed(request, error: oidc.OIDCError, status: int = 403):
    security_log.warning("OIDC sign-in refused", extra={"event": "oidc_refused", "reason": error.code})
    context = {"oidc_error": error.message, "oidc_label": oidc.settings_in_use()["label"], "next": ""}
    return render(request, "core/login.html", context, status=status)


def oidc_start(request):
    """Sends the browser to the provider, remembering state, nonce and PKCE verifier."""
    if not oidc.is_enabled():
        raise Http404
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        next_url = ""
    try:
        auth = oidc.authorization_request(_redirect_uri(request))
    except oidc.OIDCError as error:
        return _failed(request, error, status=502)
    request.session[SESSION_KEY] = {"state": auth.state, "nonce": auth.nonce, "verifier": auth.code_verifier,
                                    "next": next_url}
    return redirect(auth.url)


def oidc_callback(request):
    """The provider sends the browser back here with a code; on success the person is logged in."""
    if not oidc.is_enabled():
        raise Http404
    pending = request.session.pop(SESSION_KEY, None)  # one use only: a replayed callback finds nothing
    state = request.GET.get("state", "")
    if not pending or not state or not secrets.compare_digest(state, pending["state"]):
        return _failed(request, oidc.OIDCError("wrong_state", _("The sign-in was not started here, or it "
                                                                     "was already used. Try again.")), status=400)
    if request.GET.get("error"):
        return _failed(request, oidc.OIDCError("provider_error:" + request.GET["error"][:50],
                                               _("The sign-in was cancelled or refused.")))
    code = request.GET.get("code", "")
    if not code or len(code) > 4000:
        return _failed(request, oidc.OIDCError("no_code", _("The sign-in was cancelled or refused.")),
                       status=400)
    try:
        id_token = oidc.exchange_code(code, redirect_uri=_redirect_uri(request), code_verifier=pending["verifier"])
        claims = oidc.verify_id_token(id_token, nonce=pending["nonce"])
        user = oidc.user_for_claims(claims)
    except oidc.OIDCError as error:
        return _failed(request, error)
    login(request, user, backend="fornuft.core.auth.OrganizationUsernameBackend")
    security_log.info("OIDC sign-in", extra={"event": "oidc_login", "username": user.username})
    return redirect(pending.get("next") or settings.LOGIN_REDIRECT_URL)
