"""IMAP against a real Dovecot started on loopback by the test (no mock of the IMAP client)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from fornuft.mail import mailboxes
from fornuft.mail.imap import ImapError, ImapSettings, fetch_new
from fornuft.mail.models import Mailbox, MailboxKind, Message, Security

from .conftest import make_eml

DOVECOT = os.environ.get("FORNUFT_DOVECOT", "/usr/sbin/dovecot")
PASSWORD = "hemmelig-imap"  # noqa: S105 - test server password
TOKEN = "oauth2-access-token-for-tests"  # noqa: S105


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture(scope="module")
def dovecot():
    if not Path(DOVECOT).exists():
        pytest.fail(f"Dovecot is not installed at {DOVECOT}: run `make install` (Debian package dovecot-imapd)")
    # Not under pytest's private (0700) temp folder: Dovecot's own users must read the files.
    root = Path(tempfile.mkdtemp(prefix="fornuft-dovecot-"))
    try:
        yield from _run_dovecot(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


class _Introspection(BaseHTTPRequestHandler):
    """The OAuth2 token introspection endpoint Dovecot asks (as Microsoft/Google would answer)."""

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        active = f"token={TOKEN}" in body
        data = json.dumps({"active": "true" if active else "false", "username": "fornuft"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def _run_dovecot(root: Path):
    introspection = HTTPServer(("127.0.0.1", 0), _Introspection)
    threading.Thread(target=introspection.serve_forever, daemon=True).start()
    (root / "oauth2.conf.ext").write_text(
        "introspection_mode = post\n"
        f"introspection_url = http://127.0.0.1:{introspection.server_address[1]}/introspect\n"
        "username_attribute = username\nactive_attribute = active\nactive_value = true\n")
    try:
        yield from _dovecot_process(root)
    finally:
        introspection.shutdown()
        introspection.server_close()


def _dovecot_process(root: Path):
    for sub in ("run", "state", "mail"):
        (root / sub).mkdir()
    (root / "mail").chmod(0o777)
    root.chmod(0o755)
    cert, key = _self_signed(root)
    (root / "passwd").write_text(f"fornuft:{{PLAIN}}{PASSWORD}::::::\n")
    imap_port, imaps_port = _free_port(), _free_port()
    (root / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
auth_failure_delay = 0
mail_location = maildir:~/Maildir
passdb {{
  driver = oauth2
  mechanisms = xoauth2
  args = {root}/oauth2.conf.ext
}}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
""")
    # Fornuft runs with umask 077 (its files are private); Dovecot's own users must read these.
    for path in root.rglob("*"):
        path.chmod(0o777 if path == root / "mail" else 0o755 if path.is_dir() else 0o644)
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(root / "dovecot.conf")], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", imaps_port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None:
                log = (root / "dovecot.log").read_text(errors="replace") if (root / "dovecot.log").exists() else ""
                pytest.fail(f"Dovecot did not start: {log[-500:]}")
            time.sleep(0.1)
    else:
        pytest.fail("Dovecot did not answer on its IMAPS port within 15 s")
    maildir = root / "mail" / "fornuft" / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for path in [root / "mail" / "fornuft", *maildir.rglob("*"), maildir]:
        if os.geteuid() == 0:
            shutil.chown(path, "nobody", "nogroup")
    context = ssl.create_default_context(cafile=str(cert))
    yield {"root": root, "imap": imap_port, "imaps": imaps_port, "maildir": maildir, "context": context}
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def deliver(server, raw: bytes, name: str) -> None:
    path = server["maildir"] / "new" / f"{name}.{time.time_ns()}.test"
    path.write_bytes(raw)
    if os.geteuid() == 0:
        shutil.chown(path, "nobody", "nogroup")


def test_fetch_over_tls_with_password(dovecot):
    settings = ImapSettings(host="127.0.0.1", port=dovecot["imaps"], username="fornuft", secret=PASSWORD)
    _count, settings.last_uid, settings.uid_validity = fetch_new(settings, lambda uid, raw: None,
                                                                 ssl_context=dovecot["context"])
    deliver(dovecot, make_eml(subject="Via IMAP 1", message_id="<i1@x.no>"), "one")
    deliver(dovecot, make_eml(subject="Via IMAP 2", message_id="<i2@x.no>"), "two")
    seen = []
    fetched, last_uid, validity = fetch_new(settings, lambda uid, raw: seen.append((uid, raw)),
                                            ssl_context=dovecot["context"])
    assert fetched == 2 and last_uid == max(uid for uid, _ in seen) and validity > 0
    assert b"Via IMAP 1" in seen[0][1] and b"Via IMAP 2" in seen[1][1]
    settings.last_uid, settings.uid_validity = last_uid, validity
    assert fetch_new(settings, lambda uid, raw: seen.append(uid), ssl_context=dovecot["context"])[0] == 0


def test_starttls_wrong_password_and_untrusted_certificate(dovecot):
    starttls = ImapSettings(host="127.0.0.1", port=dovecot["imap"], username="fornuft", secret=PASSWORD,
                            security="starttls")
    assert fetch_new(starttls, lambda uid, raw: None, ssl_context=dovecot["context"])[0] >= 0
    wrong = ImapSettings(host="127.0.0.1", port=dovecot["imaps"], username="fornuft", secret="feil")
    with pytest.raises(ImapError, match="login as fornuft failed"):
        fetch_new(wrong, lambda uid, raw: None, ssl_context=dovecot["context"])
    untrusted = ImapSettings(host="127.0.0.1", port=dovecot["imaps"], username="fornuft", secret=PASSWORD)
    with pytest.raises(ImapError, match="TLS"):
        fetch_new(untrusted, lambda uid, raw: None)  # the system CAs do not know the test certificate


def test_xoauth2_login_as_microsoft_365_and_google_require(dovecot):
    oauth = ImapSettings(host="127.0.0.1", port=dovecot["imaps"], username="fornuft", secret=TOKEN,
                         auth_method="xoauth2")
    assert fetch_new(oauth, lambda uid, raw: None, ssl_context=dovecot["context"])[2] > 0  # logged in, selected
    oauth.secret = "expired-token"
    with pytest.raises(ImapError, match="check the user name and token"):
        fetch_new(oauth, lambda uid, raw: None, ssl_context=dovecot["context"])


@pytest.mark.django_db
def test_mailbox_poll_stores_messages_and_remembers_the_last_uid(dovecot, org):
    deliver(dovecot, make_eml(subject="Faktura via IMAP", body="Vedlagt faktura, forfall 14 dager.",
                              message_id="<i3@x.no>"), "three")
    mailbox = Mailbox(organization=org, name="Post", kind=MailboxKind.IMAP, host="127.0.0.1",
                      port=dovecot["imaps"], security=Security.SSL, username="fornuft")
    mailboxes.set_secret(mailbox, PASSWORD)
    mailbox.save()
    assert PASSWORD not in mailbox.secret_encrypted
    count = mailboxes.poll(mailbox, ssl_context=dovecot["context"])
    assert count >= 1
    mailbox.refresh_from_db()
    assert mailbox.last_uid > 0 and mailbox.last_error == ""
    message = Message.objects.all_organizations().get(organization=org, subject="Faktura via IMAP")
    assert message.mailbox == mailbox and message.source.startswith("imap://127.0.0.1/INBOX;UID=")
    assert mailboxes.poll(mailbox, ssl_context=dovecot["context"]) == 0
    mailbox.secret_encrypted = "garbage"
    with pytest.raises(ValueError, match="cannot be decrypted"):
        mailboxes.poll(mailbox, ssl_context=dovecot["context"])
    mailbox.refresh_from_db()
    assert "cannot be decrypted" in mailbox.last_error
