"""Signed checkpoints of the decision log: evidence kept outside the database.

Someone who owns the database can drop the triggers, rewrite decisions and recompute
every hash; the chain alone then looks intact. A checkpoint records, per organization,
the sequence number and hash of the newest record, signed with an Ed25519 key that is
not in the database. Checkpoints are appended to a file and, when configured, sent to an
external witness (a webhook or syslog), where the database's owner cannot take them
back. `chain.verify()` then requires the chain to pass through every checkpoint and to
reach the newest: truncation, rollback, a wiped log and a recomputed chain are found.

Configuration (read when used, never at import):
- FORNUFT_AUDIT_KEY: the signing key as base64 of a 32-byte Ed25519 seed; else
- FORNUFT_AUDIT_KEY_FILE (default FORNUFT_HOME/audit/signing_key): created on first use, 0600;
- FORNUFT_AUDIT_PUBLIC_KEY: base64 public key to accept checkpoints from (pins the key an
  auditor holds; default: the signing key's own);
- FORNUFT_CHECKPOINT_FILE (default FORNUFT_HOME/audit/checkpoints.jsonl): opened for
  appending only;
- FORNUFT_AUDIT_WITNESS: comma-separated `https://…` (webhook, JSON POST),
  `syslog://host:514` (UDP) or `syslog:///dev/log` (local socket).
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fornuft.governance import chain

log = logging.getLogger("fornuft.audit")

FORMAT = 1


class CheckpointError(Exception):
    """The checkpoint key or file cannot be used; the message says why and what to do."""


def _home() -> Path:
    return Path(os.environ.get("FORNUFT_HOME", "var")).expanduser().resolve()


def checkpoint_file() -> Path:
    return Path(os.environ.get("FORNUFT_CHECKPOINT_FILE") or _home() / "audit" / "checkpoints.jsonl")


def key_file() -> Path:
    return Path(os.environ.get("FORNUFT_AUDIT_KEY_FILE") or _home() / "audit" / "signing_key")


def _private_dir(path: Path) -> None:
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)


def _seed(text: str, where: str) -> bytes:
    try:
        seed = base64.b64decode(text.strip(), validate=True)
    except ValueError:
        seed = b""
    if len(seed) != 32:
        raise CheckpointError(f"{where}: expected the base64 of 32 random bytes (an Ed25519 seed); "
                              "make one with `head -c32 /dev/urandom | base64`")
    return seed


def signing_key():
    """The Ed25519 private key: FORNUFT_AUDIT_KEY, else the key file (made on first use, 0600)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if os.environ.get("FORNUFT_AUDIT_KEY"):
        return Ed25519PrivateKey.from_private_bytes(_seed(os.environ["FORNUFT_AUDIT_KEY"], "FORNUFT_AUDIT_KEY"))
    path = key_file()
    if not path.exists():
        _private_dir(path)
        seed = os.urandom(32)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(base64.b64encode(seed).decode() + "\n")
    if path.stat().st_mode & 0o077:
        raise CheckpointError(f"{path}: the signing key is readable by others; run `chmod 600 {path}`")
    return Ed25519PrivateKey.from_private_bytes(_seed(path.read_text(), str(path)))


def _raw_public(public_key) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_key_text(public_key=None) -> str:
    return base64.b64encode(_raw_public(public_key or signing_key().public_key())).decode()


def key_id(public_key) -> str:
    return hashlib.sha256(_raw_public(public_key)).hexdigest()[:16]


def trusted_public_key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    pinned = os.environ.get("FORNUFT_AUDIT_PUBLIC_KEY")
    if pinned:
        try:
            return Ed25519PublicKey.from_public_bytes(base64.b64decode(pinned.strip(), validate=True))
        except ValueError:
            raise CheckpointError("FORNUFT_AUDIT_PUBLIC_KEY: expected the base64 public key that "
                                  "`fornuft audit key` prints") from None
    return signing_key().public_key()


# ------------------------------------------------------------------ reading
@dataclass
class Loaded:
    anchors: dict[int, dict[int, chain.Anchor]] = field(default_factory=dict)
    latest: dict[int, dict] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    lines: int = 0


def load(path: Path | None = None) -> Loaded:
    """Reads every checkpoint; lines whose signature fails are reported, not used."""
    from cryptography.exceptions import InvalidSignature

    path = path or checkpoint_file()
    loaded = Loaded()
    if not path.exists():
        return loaded
    public_key = trusted_public_key()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        loaded.lines += 1
        try:
            entry = json.loads(line)
            signature = base64.b64decode(entry.pop("sig"))
            public_key.verify(signature, chain.canonical_json(entry).encode())
        except (ValueError, KeyError, TypeError, AttributeError, InvalidSignature):
            loaded.problems.append(f"{path}, line {number}: not a checkpoint signed by the trusted key "
                                   "(the file was edited, or the key was replaced)")
            continue
        organization = int(entry["organization"])
        loaded.anchors.setdefault(organization, {})[int(entry["seq"])] = chain.Anchor(
            int(entry["seq"]), entry["head"], entry["at"])
        if int(entry["seq"]) >= loaded.latest.get(organization, {}).get("seq", -1):
            loaded.latest[organization] = entry
    return loaded


def anchors() -> dict[int, dict[int, chain.Anchor]]:
    """The signed checkpoints by organization; none (with an error line) when the key is
    unusable, so that pages showing the chain still work; `audit verify` reports it."""
    try:
        return load().anchors
    except CheckpointError as exc:
        log.error("checkpoints not read", extra={"error": str(exc)})
        return {}


# ------------------------------------------------------------------ writing
def _append(path: Path, lines: list[str]) -> None:
    _private_dir(path)
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # two writers never interleave a line
        handle.write("".join(line + "\n" for line in lines))
        handle.flush()
        os.fsync(handle.fileno())


def sign(entry: dict, private_key) -> str:
    signature = private_key.sign(chain.canonical_json(entry).encode())
    return chain.canonical_json({**entry, "sig": base64.b64encode(signature).decode()})


@dataclass
class CheckpointResult:
    written: list[dict] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    refused: list[chain.ChainReport] = field(default_factory=list)  # chains that failed verification
    witness_errors: list[str] = field(default_factory=list)


def write_checkpoints(organization=None, *, force: bool = False) -> CheckpointResult:
    """Signs the head of each organization's chain and appends it to the file and witnesses.

    A chain is verified against the earlier checkpoints first: a broken chain is never
    signed (that would launder the tampering); it is reported in `refused`. Heads that
    did not move since the last checkpoint are skipped unless `force`.
    """
    from fornuft.core.models import Organization

    private_key = signing_key()
    loaded = load()
    organizations = [organization] if organization is not None else list(Organization.objects.order_by("pk"))
    result = CheckpointResult()
    lines = []
    for org in organizations:
        [report] = chain.verify(org, anchors=loaded.anchors)
        if not report.intact:
            result.refused.append(report)
            log.error("decision chain broken; no checkpoint signed",
                      extra={"organization": org.pk, "seq": report.first_bad_seq, "problem": report.problem})
            continue
        head = _newest(org.pk)
        latest = loaded.latest.get(org.pk)
        if latest and (latest["seq"], latest["head"]) == head and not force:
            result.unchanged.append(org.pk)
            continue
        entry = {"v": FORMAT, "organization": org.pk, "org_slug": org.slug, "seq": head[0], "head": head[1],
                 "at": datetime.now(tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "key": key_id(private_key.public_key())}
        lines.append(sign(entry, private_key))
        result.written.append(entry)
    if lines:
        _append(checkpoint_file(), lines)
        result.witness_errors = send_to_witnesses(lines, public_key_text(private_key.public_key()))
    return result


def _newest(organization_id: int) -> tuple[int, str]:
    from fornuft.governance.models import Decision

    row = (Decision.objects.for_organization(organization_id)
           .order_by("-seq").values_list("seq", "hash").first())
    return (row[0], row[1]) if row else (0, chain.GENESIS)


# ------------------------------------------------------------------ witnesses
def witnesses() -> list[str]:
    return [url.strip() for url in os.environ.get("FORNUFT_AUDIT_WITNESS", "").split(",") if url.strip()]


def send_to_witnesses(lines: list[str], public_key: str) -> list[str]:
    """Delivers signed checkpoint lines to every configured witness; returns what failed."""
    errors = []
    for url in witnesses():
        try:
            if url.startswith(("http://", "https://")):
                _post(url, lines, public_key)
            elif url.startswith("syslog://"):
                _syslog(url, lines)
            else:
                raise CheckpointError("unknown witness; use https://…, syslog://host:port or syslog:///dev/log")
        except Exception as exc:  # noqa: BLE001 - one witness failing must not stop the others
            errors.append(f"{url}: {exc}")
            log.error("checkpoint witness failed", extra={"witness": url, "error": str(exc)[:300]})
    return errors


def _post(url: str, lines: list[str], public_key: str) -> None:
    import urllib.request

    body = json.dumps({"public_key": public_key, "checkpoints": [json.loads(line) for line in lines]}).encode()
    request = urllib.request.Request(url, data=body, method="POST",  # noqa: S310 - the operator's URL
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        if response.status >= 300:
            raise CheckpointError(f"HTTP {response.status}")


def _syslog(url: str, lines: list[str]) -> None:
    """One RFC 3164 datagram per checkpoint (facility auth, severity notice)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    family = socket.AF_INET if parts.hostname else socket.AF_UNIX
    address = (parts.hostname, parts.port or 514) if parts.hostname else parts.path
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        for line in lines:
            sock.sendto(f"<37>fornuft: fornuft-checkpoint {line}".encode(), address)
