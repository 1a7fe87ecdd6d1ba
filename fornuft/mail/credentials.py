"""Mailbox secrets (passwords, OAuth2 tokens) encrypted at rest.

The key is derived from Django's SECRET_KEY with HKDF-SHA256 (its own `info` label, so
it is never the SECRET_KEY itself) and used with `cryptography`'s Fernet
(AES-128-CBC + HMAC-SHA256). Changing SECRET_KEY makes stored secrets unreadable:
`decrypt_secret` then raises `SecretUnreadable`, and the mailbox page asks for the
password again.
"""

from __future__ import annotations

import base64


class SecretUnreadable(ValueError):
    def __init__(self) -> None:
        super().__init__("The stored mailbox password cannot be decrypted (was SECRET_KEY changed?). "
                         "Enter the password or token again in the mailbox settings.")


def _fernet(secret_key: str | None = None):
    from cryptography.fernet import Fernet
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    if secret_key is None:
        from django.conf import settings

        secret_key = settings.SECRET_KEY
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"fornuft-mail", info=b"mailbox-secrets-v1").derive(
        secret_key.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt_secret(plain: str, *, secret_key: str | None = None) -> str:
    """Returns the Fernet token for `plain` ("" stays "")."""
    if not plain:
        return ""
    return _fernet(secret_key).encrypt(plain.encode()).decode()


def decrypt_secret(token: str, *, secret_key: str | None = None) -> str:
    from cryptography.fernet import InvalidToken

    if not token:
        return ""
    try:
        return _fernet(secret_key).decrypt(token.encode()).decode()
    except (InvalidToken, ValueError):
        raise SecretUnreadable() from None

