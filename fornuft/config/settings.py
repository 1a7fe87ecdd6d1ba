"""Django settings. Every value a deployment changes comes from FORNUFT_* variables
(fornuft/config/environment.py, docs/configuration.md)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

from fornuft.config import environment as env

PACKAGE_DIR = Path(__file__).resolve().parent.parent
FORNUFT_HOME = env.home()
# The database, the stored files, models and the key are for the account Fornuft runs as
# only: new files 0600, folders 0700, and FORNUFT_HOME itself closed to others.
env.keep_data_private(FORNUFT_HOME)

SECRET_KEY = env.secret_key(FORNUFT_HOME)
DEBUG = env.flag("FORNUFT_DEBUG")
# Production: served over HTTPS behind a TLS proxy (docs/security.md). Adds HSTS, the
# HTTPS redirect, secure cookies, an enforced Content-Security-Policy, and trusts the
# proxy's X-Forwarded-Proto / X-Forwarded-For.
PRODUCTION = env.production(DEBUG)
ALLOWED_HOSTS = env.allowed_hosts()
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in os.environ.get("FORNUFT_CSRF_TRUSTED_ORIGINS", "").split(",") if origin.strip()
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # django-ninja's own copy of Swagger UI (its static files): /api/docs works offline, no CDN.
    "ninja",
    "huey.contrib.djhuey",
    "axes",
    "fornuft.core",
    "fornuft.governance",
    "fornuft.web",
    "fornuft.mail",
    "fornuft.invoices",
    "fornuft.assistant",
    "fornuft.adoption",
    "fornuft.drawings",
    "fornuft.contracts",
    "fornuft.security",
    "fornuft.projects",
    "fornuft.intake",
    "fornuft.insights",
    "fornuft.apps",
    "fornuft.glossary",
]

MIDDLEWARE = [
    "fornuft.core.middleware.RequestLogMiddleware",
    "fornuft.core.uploads.CloseTemporaryUploadsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "fornuft.core.middleware.ApiTokenMiddleware",
    "fornuft.core.middleware.TenantMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "fornuft.config.urls"
WSGI_APPLICATION = "fornuft.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "fornuft.web.context.navigation",
            ],
        },
    },
]

DATABASES = {"default": env.database(FORNUFT_HOME)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = [
    # Counts failed logins and refuses a locked-out user or address before a password is checked.
    "axes.backends.AxesStandaloneBackend",
    "fornuft.core.auth.OrganizationUsernameBackend",
]
# Usernames are unique per organization (core.User); the backend above resolves them.
SILENCED_SYSTEM_CHECKS = ["auth.W004"]

# Login throttling (django-axes): after FORNUFT_LOGIN_FAILURE_LIMIT failed attempts for one
# username, or from one address, further attempts are refused for FORNUFT_LOGIN_LOCKOUT_MINUTES.
AXES_FAILURE_LIMIT = env.positive_int("FORNUFT_LOGIN_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=env.positive_int("FORNUFT_LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "fornuft.core.auth.lockout_response"
AXES_CLIENT_IP_CALLABLE = "fornuft.core.auth.client_ip"
AXES_VERBOSE = False
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Norwegian bokmål first; English switchable per user session.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", _("Norwegian bokmål")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# "en" is written as en-GB (dates 19/03/2026, 24-hour clock); see config/formats/en.
FORMAT_MODULE_PATH = ["fornuft.config.formats"]
USE_I18N = True
TIME_ZONE = "Europe/Oslo"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = FORNUFT_HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Security: everything is behind login; cookies are HTTP-only and same-site.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = PRODUCTION or env.flag("FORNUFT_SECURE_COOKIES")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    # The TLS proxy must set X-Forwarded-Proto itself and drop any the client sent
    # (docs/security.md shows nginx and Caddy); otherwise a client could claim HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^health$"]  # local monitors probe over plain HTTP
    SECURE_HSTS_SECONDS = 365 * 24 * 3600
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.flag("FORNUFT_HSTS_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env.flag("FORNUFT_HSTS_PRELOAD", True)

# Content-Security-Policy (django-csp): scripts only from this server or inline blocks that
# carry the request's nonce; no plug-ins, no framing, forms post only here. Enforced in
# production; reported only (browser console) otherwise, so a slip shows in development.
_CSP = {"DIRECTIVES": {
    "default-src": ["'self'"],
    "script-src": ["'self'", NONCE],
    "style-src": ["'self'", "'unsafe-inline'"],  # htmx adds its indicator style; style attributes are inert
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}}
if PRODUCTION:
    CONTENT_SECURITY_POLICY = _CSP
else:
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP

# Uploads: the blob store enforces FORNUFT_MAX_UPLOAD_MB; Django streams big bodies to disk.
FORNUFT_MAX_UPLOAD_BYTES = env.megabytes("FORNUFT_MAX_UPLOAD_MB", 50)
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FORNUFT_BLOB_DIR = FORNUFT_HOME / "blobs"
# Uploads over FILE_UPLOAD_MAX_MEMORY_SIZE are streamed to a temporary file: here, not /tmp, so an
# upload cut off by a killed worker leaves nothing in /tmp and blobs.sweep_interrupted() clears it.
FILE_UPLOAD_TEMP_DIR = FORNUFT_HOME / "tmp"
FILE_UPLOAD_TEMP_DIR.mkdir(exist_ok=True)
FILE_UPLOAD_HANDLERS = [
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "fornuft.core.uploads.TrackedTemporaryFileUploadHandler",
]
FORNUFT_MODEL_DIR = FORNUFT_HOME / "models"
FORNUFT_MODEL_SIGNING_KEY = env.model_signing_key(SECRET_KEY)

# File reading (fornuft.platform.files): the OCR engine and the PDF text reader, by dotted path.
FORNUFT_FILE_BACKENDS = {
    "ocr": os.environ.get("FORNUFT_OCR_BACKEND") or "fornuft.platform.files.ocr.TesseractOCR",
    "pdf_text": os.environ.get("FORNUFT_PDF_TEXT_BACKEND") or "fornuft.platform.files.pdftext.PdfiumText",
}
# Speech recognition (fornuft/intake/speech.py): a dotted path, or {"BACKEND": path, "OPTIONS": {...}}.
FORNUFT_SPEECH_BACKEND = os.environ.get("FORNUFT_SPEECH_BACKEND") or "fornuft.intake.speech.PocketSphinx"
FORNUFT_INTAKE_MAX_AUDIO_SECONDS = int(os.environ.get("FORNUFT_INTAKE_MAX_AUDIO_SECONDS") or 3600)

# Mail sorting reads jargon through the organization's glossary only when switched on
# (docs/glossary.md: it measured worse with the seed model).
FORNUFT_MAIL_GLOSSARY = os.environ.get("FORNUFT_MAIL_GLOSSARY", "").strip().lower() in ("1", "true", "yes", "on")

# Optional sign-in with Microsoft Entra ID or another OpenID Connect provider
# (fornuft/core/oidc.py, docs/administration.md): off unless FORNUFT_OIDC_ISSUER is set.
FORNUFT_OIDC = {
    "issuer": os.environ["FORNUFT_OIDC_ISSUER"].rstrip("/"),
    "client_id": os.environ.get("FORNUFT_OIDC_CLIENT_ID", ""),
    "client_secret": os.environ.get("FORNUFT_OIDC_CLIENT_SECRET", ""),
    # Short name of the organization whose users sign in this way; empty: matched by email alone.
    "organization": os.environ.get("FORNUFT_OIDC_ORGANIZATION", ""),
    # Create an employee on first sign-in when the email's domain is the organization's domain.
    "create_users": os.environ.get("FORNUFT_OIDC_CREATE_USERS", "").strip().lower() in ("1", "true", "yes", "on"),
    "redirect_uri": os.environ.get("FORNUFT_OIDC_REDIRECT_URI", ""),
    "label": os.environ.get("FORNUFT_OIDC_LABEL", "Microsoft"),
    "timeout": float(os.environ.get("FORNUFT_OIDC_TIMEOUT", "10")),
} if os.environ.get("FORNUFT_OIDC_ISSUER") else None

# The optional local language model (fornuft.platform.llm): off unless FORNUFT_LLM_URL is set.
FORNUFT_LLM = {
    "BACKEND": os.environ.get("FORNUFT_LLM_BACKEND") or "fornuft.platform.llm.client.OpenAICompatible",
    "OPTIONS": {"base_url": os.environ["FORNUFT_LLM_URL"], "model": os.environ.get("FORNUFT_LLM_MODEL", ""),
                "api_key": os.environ.get("FORNUFT_LLM_API_KEY", ""),
                "timeout": float(os.environ.get("FORNUFT_LLM_TIMEOUT", "20")),
                "token_budget": int(os.environ.get("FORNUFT_LLM_TOKEN_BUDGET", "200000"))},
} if os.environ.get("FORNUFT_LLM_URL") else None

# Background work: huey on SQLite in FORNUFT_HOME, or on Redis for several machines.
_redis_url = env.redis_url()
if _redis_url:
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "fornuft",
        "url": _redis_url,
        "immediate": False,
        "consumer": {"workers": 2, "worker_type": "thread"},
    }
else:
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "fornuft",
        "filename": str(FORNUFT_HOME / "huey.sqlite3"),
        "immediate": False,
        "consumer": {"workers": 2, "worker_type": "thread"},
    }
if env.flag("FORNUFT_HUEY_IMMEDIATE"):
    HUEY["immediate"] = True

# The public chat widget: new conversations and messages per minute, per visitor address
# and per widget key (fornuft/assistant/public.py). Raise them for a site whose visitors
# share one address (a company network behind NAT).
FORNUFT_WIDGET_LIMITS = {
    "starts_per_address": env.positive_int("FORNUFT_WIDGET_STARTS_PER_ADDRESS", 10),
    "starts_per_key": env.positive_int("FORNUFT_WIDGET_STARTS_PER_KEY", 60),
    "messages_per_address": env.positive_int("FORNUFT_WIDGET_MESSAGES_PER_ADDRESS", 40),
    "messages_per_key": env.positive_int("FORNUFT_WIDGET_MESSAGES_PER_KEY", 600),
}

# Counters for rate limits (fornuft.core.ratelimit): shared by every web process of the
# machine (files), or of all machines (Redis). The default cache stays in memory.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _redis_url,
         "KEY_PREFIX": "fornuft-ratelimit"}
        if _redis_url else
        {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(FORNUFT_HOME / "ratelimit"),
         "OPTIONS": {"MAX_ENTRIES": 20_000}}
    ),
}

# Structured log lines on stdout, one JSON object each.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "fornuft.core.logging.JsonFormatter"}},
    # Log lines pass through the PII redaction before they are written (GDPR).
    "filters": {"redact": {"()": "fornuft.governance.privacy.logfilter.RedactPersonalData"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json",
                            "filters": ["redact"]}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("FORNUFT_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
        # Handlers of its own, so `run_huey` does not add its plain-text one: every line is JSON.
        "huey": {"level": "WARNING", "handlers": ["stdout"], "propagate": False},
    },
}

# Outgoing email (review reminders, approved acknowledgements). Console by default.
EMAIL_BACKEND = os.environ.get("FORNUFT_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("FORNUFT_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("FORNUFT_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("FORNUFT_EMAIL_FROM", "fornuft@localhost")
