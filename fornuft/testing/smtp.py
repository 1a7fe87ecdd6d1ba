"""A real SMTP server on localhost for tests (aiosmtpd, a dev dependency): it keeps what it
accepts, can ask for a login, and can refuse a recipient, so tests see exactly what a mail
server would have said."""

from __future__ import annotations

import socket
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy


@dataclass
class LocalSmtp:
    host: str
    port: int
    received: list = field(default_factory=list)  # email.message.EmailMessage objects
    refuse: set = field(default_factory=set)  # recipient addresses answered with 550


class _Handler:
    def __init__(self, server: LocalSmtp) -> None:
        self.server = server

    async def handle_RCPT(self, smtp_server, session, envelope, address, rcpt_options):
        if address.lower() in self.server.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp_server, session, envelope):
        self.server.received.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def local_smtp(*, user: str | None = None, password: str | None = None):
    """Yields a running `LocalSmtp`. With `user`/`password`, AUTH is required (plain text
    allowed on localhost only, as the test has no TLS certificate)."""
    from aiosmtpd.controller import Controller

    server = LocalSmtp("127.0.0.1", _free_port())
    options: dict = {}
    if user is not None:
        def authenticate(smtp_server, session, envelope, mechanism, auth_data):
            from aiosmtpd.smtp import AuthResult

            ok = auth_data.login.decode() == user and auth_data.password.decode() == password
            return AuthResult(success=ok, handled=False, auth_data=auth_data)

        options = {"authenticator": authenticate, "auth_required": True, "auth_require_tls": False}
    controller = Controller(_Handler(server), hostname=server.host, port=server.port, **options)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()
