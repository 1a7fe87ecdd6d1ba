"""Sign-in with Microsoft Entra ID or any OpenID Connect provider: the authorization-code
flow with PKCE (RFC 7636), written on the standard library and `cryptography`.

Off unless `settings.FORNUFT_OIDC` is set (FORNUFT_OIDC_ISSUER and friends, see
docs/administration.md). The provider is found through its discovery document; the ID
token's RS256 signature is checked against the provider's published keys (JWKS), and its
issuer, audience, expiry and nonce against what this sign-in sent. The email claim is
matched to an existing active user; an account is created only when the operator turned
that on and the email's domain is the organization's own.

Views live in fornuft/core/views_signin.py; this module knows nothing of requests.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

security_log = logging.getLogger("fornuft.security")

# Seconds of clock difference between us and the provider that we forgive.
CLOCK_LEEWAY = 120
# Discovery documents and keys are fetched again after this many seconds (keys rotate).
CACHE_SECONDS = 3600
# An answer from the provider larger than this is not an OIDC document.
MAX_RESPONSE_BYTES = 1_000_000


class OIDCError(Exception):
    """Sign-in failed. `message` is for the person (translated); `code` for the log."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def config() -> dict | None:
    return getattr(settings, "FORNUFT_OIDC", None)


def settings_in_use() -> dict:
    """The configuration, for code that runs only while sign-in is on."""
    conf = config()
    if not conf:
        raise OIDCError("not_configured", _("Sign-in with Microsoft or OIDC is not set up."))
    return conf


def is_enabled() -> bool:
    conf = config()
    return bool(conf and conf.get("issuer") and conf.get("client_id"))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# --- talking to the provider -------------------------------------------------------------

_cache: dict[str, tuple[float, dict]] = {}
_cache_lock = threading.Lock()


def _fetch_json(url: str, *, data: dict | None = None, headers: dict | None = None) -> dict:
    conf = config() or {}
    if not url.startswith(("https://", "http://")):  # never file:// or other schemes urllib would open
        raise OIDCError("bad_url", _("The sign-in service gave an answer Fornuft cannot read."))
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        url, data=body, headers={"Accept": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=conf.get("timeout", 10)) as response:  # noqa: S310
            raw = response.read(MAX_RESPONSE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        security_log.warning("OIDC provider refused a request", extra={
            "event": "oidc_provider_error", "status": exc.code, "detail": exc.read(500).decode("utf-8", "replace")})
        raise OIDCError("provider_http_error", _("The sign-in service refused the request. Try again, or ask "
                                                 "your administrator.")) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise OIDCError("provider_unreachable", _("The sign-in service could not be reached. Try again later, or "
                                                  "log in with your password.")) from exc
    if len(raw) > MAX_RESPONSE_BYTES:
        raise OIDCError("provider_response_too_large", _("The sign-in service gave an answer Fornuft cannot read."))
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise OIDCError("provider_bad_json", _("The sign-in service gave an answer Fornuft cannot read.")) from exc
    if not isinstance(value, dict):
        raise OIDCError("provider_bad_json", _("The sign-in service gave an answer Fornuft cannot read."))
    return value


def _cached_json(url: str, *, refresh: bool = False) -> dict:
    now = time.monotonic()
    with _cache_lock:
        hit = _cache.get(url)
    if hit and not refresh and now - hit[0] < CACHE_SECONDS:
        return hit[1]
    value = _fetch_json(url)
    with _cache_lock:
        _cache[url] = (now, value)
    return value


def discovery() -> dict:
    """The provider's discovery document; its issuer must be the configured one."""
    issuer = settings_in_use()["issuer"]
    document = _cached_json(f"{issuer}/.well-known/openid-configuration")
    if document.get("issuer", "").rstrip("/") != issuer:
        raise OIDCError("issuer_mismatch", _("The sign-in service is not the one Fornuft is configured for."))
    for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
        if not isinstance(document.get(key), str):
            raise OIDCError("discovery_incomplete", _("The sign-in service gave an answer Fornuft cannot read."))
    return document


# --- the flow ----------------------------------------------------------------------------

@dataclass(frozen=True)
class AuthorizationRequest:
    url: str
    state: str
    nonce: str
    code_verifier: str


def authorization_request(redirect_uri: str) -> AuthorizationRequest:
    """Where to send the person's browser, with fresh state, nonce and PKCE verifier
    (all three must be kept in the session until the callback)."""
    conf = settings_in_use()
    state, nonce, verifier = secrets.token_urlsafe(32), secrets.token_urlsafe(32), secrets.token_urlsafe(64)
    challenge = _b64url(hashlib.sha256(verifier.encode("ascii")).digest())
    query = urllib.parse.urlencode({
        "response_type": "code", "client_id": conf["client_id"], "redirect_uri": redirect_uri,
        "scope": "openid email profile", "state": state, "nonce": nonce,
        "code_challenge": challenge, "code_challenge_method": "S256",
    })
    endpoint = discovery()["authorization_endpoint"]
    separator = "&" if "?" in endpoint else "?"
    return AuthorizationRequest(f"{endpoint}{separator}{query}", state, nonce, verifier)


def exchange_code(code: str, *, redirect_uri: str, code_verifier: str) -> str:
    """Trades the authorization code for tokens at the token endpoint; returns the ID token."""
    conf = settings_in_use()
    document = discovery()
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
            "code_verifier": code_verifier, "client_id": conf["client_id"]}
    headers = {}
    methods = document.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]
    if "client_secret_basic" in methods:
        pair = f"{urllib.parse.quote(conf['client_id'], safe='')}:{urllib.parse.quote(conf['client_secret'], safe='')}"
        headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
    else:
        data["client_secret"] = conf["client_secret"]
    tokens = _fetch_json(document["token_endpoint"], data=data, headers=headers)
    id_token = tokens.get("id_token")
    if not isinstance(id_token, str):
        raise OIDCError("no_id_token", _("The sign-in service did not say who you are. Try again."))
    return id_token


def _public_key(jwks_uri: str, kid: str | None):
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicNumbers

    for refresh in (False, True):  # a key we do not know yet may be a rotated one: fetch once more
        keys = _cached_json(jwks_uri, refresh=refresh).get("keys") or []
        for key in keys:
            if isinstance(key, dict) and key.get("kty") == "RSA" and (kid is None or key.get("kid") == kid):
                try:
                    n = int.from_bytes(_b64url_decode(key["n"]), "big")
                    e = int.from_bytes(_b64url_decode(key["e"]), "big")
                except (KeyError, ValueError, TypeError):
                    continue
                return RSAPublicNumbers(e, n).public_key()
    raise OIDCError("unknown_key", _("The sign-in could not be verified. Try again."))


def verify_id_token(id_token: str, *, nonce: str, now: float | None = None) -> dict:
    """Checks the ID token's RS256 signature, issuer, audience, expiry and nonce; returns
    its claims. Raises OIDCError saying what failed."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    conf = settings_in_use()
    unverifiable = OIDCError("bad_token", _("The sign-in could not be verified. Try again."))
    try:
        header_part, payload_part, signature_part = id_token.split(".")
        header = json.loads(_b64url_decode(header_part))
        claims = json.loads(_b64url_decode(payload_part))
        signature = _b64url_decode(signature_part)
    except ValueError as exc:
        raise unverifiable from exc
    if not isinstance(header, dict) or not isinstance(claims, dict):
        raise unverifiable
    if header.get("alg") != "RS256":  # never "none", never a secret-keyed HS256 in place of the provider's key
        raise OIDCError("bad_algorithm", unverifiable.message)
    key = _public_key(discovery()["jwks_uri"], header.get("kid"))
    try:
        key.verify(signature, f"{header_part}.{payload_part}".encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise OIDCError("bad_signature", unverifiable.message) from None
    now = time.time() if now is None else now
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    if str(claims.get("iss", "")).rstrip("/") != conf["issuer"]:
        raise OIDCError("wrong_issuer", unverifiable.message)
    if conf["client_id"] not in audiences or (len(audiences) > 1 and claims.get("azp") != conf["client_id"]):
        raise OIDCError("wrong_audience", unverifiable.message)
    if not isinstance(claims.get("exp"), int | float) or claims["exp"] < now - CLOCK_LEEWAY:
        raise OIDCError("expired", _("The sign-in took too long and has expired. Try again."))
    if isinstance(claims.get("iat"), int | float) and claims["iat"] > now + CLOCK_LEEWAY:
        raise OIDCError("issued_in_future", unverifiable.message)
    if not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
        raise OIDCError("wrong_nonce", unverifiable.message)
    return claims


# --- who the person is -------------------------------------------------------------------

def email_of(claims: dict) -> str:
    """The person's email: the `email` claim, or Entra's `preferred_username` (the sign-in
    name, usually the email) when the directory sends no email claim."""
    if claims.get("email_verified") is False:
        raise OIDCError("email_not_verified", _("Your email address is not verified at the sign-in service."))
    for name in ("email", "preferred_username", "upn"):
        value = claims.get(name)
        if isinstance(value, str) and "@" in value and len(value) <= 254:
            return value.strip()
    raise OIDCError("no_email", _("The sign-in service did not tell Fornuft your email address."))


def user_for_claims(claims: dict):
    """The active Fornuft user the verified claims belong to. Raises OIDCError for an
    unknown, deactivated or ambiguous person."""
    from fornuft.core.models import Organization, User

    conf = settings_in_use()
    email = email_of(claims)
    people = User.objects.filter(email__iexact=email, organization__isnull=False).select_related("organization")
    if conf.get("organization"):
        people = people.filter(organization__slug=conf["organization"])
    found = list(people[:5])
    active = [person for person in found if person.is_active]
    if len(active) == 1:
        return active[0]
    if len(active) > 1:
        raise OIDCError("ambiguous_email", _("More than one Fornuft user has the email %(email)s. Ask your "
                                             "administrator to fix it.") % {"email": email})
    if found:
        raise OIDCError("deactivated", _("Your user in Fornuft is deactivated. Ask your administrator."))
    if conf.get("create_users"):
        domain = email.rpartition("@")[2].lower()
        organizations = Organization.objects.filter(domain__iexact=domain)
        if conf.get("organization"):
            organizations = organizations.filter(slug=conf["organization"])
        organization = organizations.first() if organizations.count() == 1 else None
        if organization is not None:
            return _create_user(organization, email, claims)
    raise OIDCError("unknown_user", _("No Fornuft user has the email %(email)s. Ask your administrator to "
                                      "create one.") % {"email": email})


def _create_user(organization, email: str, claims: dict):
    from django.core.exceptions import ValidationError

    from fornuft.core import services

    base = email.partition("@")[0][:140] or "user"
    for suffix in ["", *[str(number) for number in range(2, 50)]]:
        try:
            services.check_username(organization, base + suffix)
        except ValidationError:
            continue
        user = services.create_user(
            organization, base + suffix, password=None, email=email,
            first_name=str(claims.get("given_name", ""))[:150], last_name=str(claims.get("family_name", ""))[:150],
        )
        security_log.info("user created at first OIDC sign-in", extra={"event": "oidc_user_created",
                                                                        "username": user.username})
        return user
    raise OIDCError("unknown_user", _("No Fornuft user has the email %(email)s. Ask your administrator to "
                                      "create one.") % {"email": email})
