"""Re-authentication for exports: the person types their password again, and for the next
few minutes exports are allowed in this session."""

from __future__ import annotations

import time
from functools import wraps
from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

SESSION_KEY = "governance_reauth_at"
WINDOW_SECONDS = 5 * 60


def is_recent(request) -> bool:
    confirmed = request.session.get(SESSION_KEY)
    return confirmed is not None and time.time() - float(confirmed) <= WINDOW_SECONDS


def confirm(request, password: str) -> bool:
    if request.user.is_authenticated and request.user.check_password(password):
        request.session[SESSION_KEY] = time.time()
        return True
    return False


def recent_password_required(view):
    """View decorator: exports only within WINDOW_SECONDS of a password confirmation."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_recent(request):
            return redirect(reverse("governance:reauth") + "?" + urlencode({"next": request.get_full_path()}))
        return view(request, *args, **kwargs)

    return wrapped
