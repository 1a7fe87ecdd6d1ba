"""Reads Fornuft's configuration from FORNUFT_* environment variables.

Everything here is plain Python so that the CLI can report a bad value in one
line before Django starts. See docs/configuration.md for every variable.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit


class ConfigurationError(Exception):
    """A FORNUFT_* variable has a value Fornuft cannot use; the message names it."""


def home() -> Path:
    """The data folder: SQLite database, blobs, models, secret key."""
    return Path(os.environ.get("FORNUFT_HOME", "var")).expanduser().resolve()


def keep_data_private(data_home: Path) -> None:
    """Creates FORNUFT_HOME closed to other accounts (0700) and makes every file this
    process creates private (umask 077: files 0600, folders 0700). An existing home and
    its SQLite files are tightened too, so an install made before this keeps no
    world-readable database."""
    os.umask(0o077)
    data_home.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        data_home.chmod(0o700)
        for database_file in data_home.glob("*.sqlite3*"):
            database_file.chmod(0o600)
    except PermissionError:
        pass  # someone else's folder (a shared test home); its owner keeps it private


def flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ConfigurationError(f"{name}: expected true or false, got {value!r}")


def production(debug: bool) -> bool:
    """FORNUFT_PRODUCTION: served over HTTPS behind a TLS proxy. Refuses to combine with
    FORNUFT_DEBUG, whose pages show settings and code."""
    enabled = flag("FORNUFT_PRODUCTION")
    if enabled and debug:
        raise ConfigurationError("FORNUFT_PRODUCTION and FORNUFT_DEBUG cannot both be true; unset FORNUFT_DEBUG")
    return enabled


def positive_int(name: str, default: int) -> int:
    value = os.environ.get(name, str(default))
    try:
        number = int(value)
    except ValueError:
        raise ConfigurationError(f"{name}: expected a whole number, got {value!r}") from None
    if number <= 0:
        raise ConfigurationError(f"{name}: must be positive, got {number}")
    return number


def secret_key(data_home: Path) -> str:
    """FORNUFT_SECRET_KEY, or a key generated once and kept in FORNUFT_HOME."""
    from_env = os.environ.get("FORNUFT_SECRET_KEY")
    if from_env:
        return from_env
    key_file = data_home / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    data_home.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    # Write then rename, so two processes starting together never read half a key.
    partial = key_file.with_suffix(f".{os.getpid()}.part")
    partial.write_text(key)
    partial.chmod(0o600)
    if not key_file.exists():
        partial.replace(key_file)
    else:
        partial.unlink()
    return key_file.read_text().strip()


def model_signing_key(secret_key: str) -> bytes:
    """The key that signs every trained model file: FORNUFT_MODEL_SIGNING_KEY, or one
    derived from the secret key (HKDF-SHA256 with its own label, so it is never the
    secret key itself). A model file whose signature does not match is refused on load."""
    from_env = os.environ.get("FORNUFT_MODEL_SIGNING_KEY")
    if from_env:
        if len(from_env) < 16:
            raise ConfigurationError("FORNUFT_MODEL_SIGNING_KEY: use at least 16 characters (a random string)")
        return from_env.encode()
    return _hkdf_sha256(secret_key.encode(), salt=b"fornuft-mail", info=b"model-signature-v1")


def installation_model_signing_key() -> bytes:
    """The installation's one model-signing key: from Django's settings when configured, else
    the same derivation from the environment, so benchmarks and plain scripts that run without
    Django read and write the same signed files."""
    try:
        from django.conf import settings

        if settings.configured:
            return settings.FORNUFT_MODEL_SIGNING_KEY
    except ImportError:  # pragma: no cover - Django is a dependency
        pass
    return model_signing_key(secret_key(home()))


def _hkdf_sha256(key: bytes, *, salt: bytes, info: bytes, length: int = 32) -> bytes:
    """RFC 5869 HKDF (one output block is enough for 32 bytes); the standard library is
    enough here, so settings need not import `cryptography`. The salt and label are the
    ones model files were signed with before, so existing files keep loading."""
    import hashlib
    import hmac

    pseudo_random = hmac.new(salt, key, hashlib.sha256).digest()
    return hmac.new(pseudo_random, info + b"\x01", hashlib.sha256).digest()[:length]


@dataclass(frozen=True)
class DatabaseURL:
    host: str
    port: int
    name: str
    user: str
    password: str


def parse_database_url(url: str) -> DatabaseURL:
    """Parses postgres://user:password@host:port/name (postgresql:// works too)."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ConfigurationError(
            f"FORNUFT_DATABASE_URL: unsupported scheme {parts.scheme!r}; "
            "use postgres://user:password@host:5432/name (unset it for SQLite)"
        )
    name = parts.path.lstrip("/")
    if not name:
        raise ConfigurationError("FORNUFT_DATABASE_URL: no database name after the host, e.g. .../fornuft")
    try:
        port = parts.port or 5432
    except ValueError as exc:
        raise ConfigurationError(f"FORNUFT_DATABASE_URL: invalid port ({exc})") from None
    return DatabaseURL(
        host=parts.hostname or "localhost",
        port=port,
        name=unquote(name),
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
    )


def database(data_home: Path) -> dict:
    url = os.environ.get("FORNUFT_DATABASE_URL")
    if not url:
        test_name = os.environ.get("FORNUFT_SQLITE_TEST_NAME")
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": Path(os.environ.get("FORNUFT_SQLITE_PATH") or data_home / "fornuft.sqlite3"),
            "TEST": {"NAME": test_name} if test_name else {},
            "OPTIONS": {
                # IMMEDIATE takes the write lock when a transaction starts, so concurrent
                # writers queue up instead of failing with "database is locked".
                "transaction_mode": "IMMEDIATE",
                "timeout": 30,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    parsed = parse_database_url(url)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": parsed.host,
        "PORT": parsed.port,
        "NAME": parsed.name,
        "USER": parsed.user,
        "PASSWORD": parsed.password,
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"connect_timeout": 5},
        "TEST": {"NAME": os.environ.get("FORNUFT_TEST_DATABASE_NAME", f"test_{parsed.name}")},
    }


def redis_url() -> str | None:
    url = os.environ.get("FORNUFT_REDIS_URL")
    if url and not url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigurationError(f"FORNUFT_REDIS_URL: expected redis://host:6379/0, got {url!r}")
    return url or None


def allowed_hosts() -> list[str]:
    value = os.environ.get("FORNUFT_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
    return [host.strip() for host in value.split(",") if host.strip()]


def megabytes(name: str, default: int) -> int:
    value = os.environ.get(name, str(default))
    try:
        number = int(value)
    except ValueError:
        raise ConfigurationError(f"{name}: expected a whole number of megabytes, got {value!r}") from None
    if number <= 0:
        raise ConfigurationError(f"{name}: must be positive, got {number}")
    return number * 1024 * 1024
