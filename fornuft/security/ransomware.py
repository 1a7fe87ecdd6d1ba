"""Early signs of ransomware on a file share (plain Python; watcher.py feeds it file events).

What it judges, file by file:
- **Encrypted content.** A file whose name promises a format with a fixed header (.docx,
  .pdf, .jpg, …) that no longer starts with that header and whose first kilobyte is random;
  a text file (.txt, .csv, …) whose first kilobyte is random. Only the first 4 KB are read,
  so intermittent encryption (only the start of each file) is seen like the full kind.
- **New files that look encrypted** (no known header, random bytes) under a new extension.
- **Ransom notes**: a new small file named like a note whose text asks for payment.

And over time (`Monitor`): several encrypted files in a window (`mass_encryption`), many
renames to an extension the share never had (`mass_rename`), many deletions in folders that
stay (`mass_delete`), and any change to the canary files it planted (`canary_touched`).
A folder that is deleted or moved as a whole takes its canaries with it: that is a person
tidying up, not an attack, and raises nothing."""

from __future__ import annotations

import math
import os
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HEAD_BYTES = 4096
RANDOM_KB_ENTROPY = 7.0       # bits/byte of the first KB; text is ~4.5–5.5, random ~7.8
RANDOM_4KB_ENTROPY = 7.5
TEXT_ENTROPY = 6.0

ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
MAGIC: dict[str, tuple[bytes, ...]] = {
    **{ext: ZIP for ext in ("docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "odt", "ods", "odp", "zip", "jar",
                            "epub", "vsdx", "kmz", "3mf")},
    **{ext: OLE for ext in ("doc", "xls", "ppt", "msg", "vsd", "pub")},
    "pdf": (b"%PDF",), "jpg": (b"\xff\xd8\xff",), "jpeg": (b"\xff\xd8\xff",), "png": (b"\x89PNG",),
    "gif": (b"GIF8",), "bmp": (b"BM",), "tif": (b"II*\x00", b"MM\x00*"), "tiff": (b"II*\x00", b"MM\x00*"),
    "psd": (b"8BPS",), "7z": (b"7z\xbc\xaf",), "rar": (b"Rar!",), "gz": (b"\x1f\x8b",), "tgz": (b"\x1f\x8b",),
    "rtf": (b"{\\rtf",), "wav": (b"RIFF",), "avi": (b"RIFF",), "webp": (b"RIFF",),
    "mp3": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"\xff\xe3"), "flac": (b"fLaC",), "ogg": (b"OggS",),
    "sqlite": (b"SQLite format 3",), "db": (b"SQLite format 3",), "dwg": (b"AC10",), "ps": (b"%!",),
    "eps": (b"%!", b"\xc5\xd0\xd3\xc6"), "exe": (b"MZ",), "dll": (b"MZ",),
}
# ISO media (ftyp box at offset 4)
FTYP = {"mp4", "m4a", "m4v", "mov", "heic", "heif", "3gp"}
TEXT = {"txt", "csv", "md", "html", "htm", "xml", "json", "log", "ini", "cfg", "conf", "py", "js", "ts", "css",
        "sql", "tex", "eml", "yaml", "yml", "dxf", "svg", "ps1", "bat", "sh", "tsv", "ics", "vcf", "java", "c",
        "h", "cpp", "cs", "php", "rb", "go", "rs", "sie", "xsl", "properties"}
KNOWN_EXTENSIONS = set(MAGIC) | FTYP | TEXT | {
    "tmp", "bak", "part", "crdownload", "lnk", "url", "iso", "img", "vhd", "vhdx", "pst", "ost", "mkv", "wmv",
    "aac", "wma", "odg", "key", "numbers", "pages", "indd", "ai", "raw", "cr2", "nef", "arw", "dng", "swp", "lock",
    "old", "orig", "kdbx", "kdb", "gpg", "pgp", "p12", "pfx", "bin", "dat", "cab", "deb", "rpm", "xz", "bz2", "tar",
    "zst", "ttf", "otf", "woff", "woff2", "ico", "msi", "pkg", "dmg",
}
NOTE_NAME = re.compile(r"(read.?me|how.?to|decrypt|restore|recover|help|instruction|ransom|unlock|!!!|"
                       r"your.?files|files.?encrypted|attention|warning)", re.IGNORECASE)
NOTE_WORDS = ("encrypted", "decrypt", "bitcoin", "btc", "monero", "ransom", "tor browser", ".onion", "private key",
              "your files", "payment", "pay ", "recover your", "restore your", "kryptert", "dekrypt", "løsepenger")
TEMP_NAME = re.compile(r"(^~\$|^~.*\.tmp$|\.tmp$|\.temp$|\.part$|\.crdownload$|^\.~lock\.|\.swp$|\.swx$|^\.#|"
                       r"/(tmp|temp|cache|\.cache|__pycache__|node_modules|\.git)/)",
                       re.IGNORECASE)
CANARY_PREFIXES = ("!fornuft-canary", "~fornuft-canary")


def entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte."""
    if not data:
        return 0.0
    total = len(data)
    return -sum(count / total * math.log2(count / total) for count in Counter(data).values())


def extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base.lstrip(".") else ""


def has_known_header(head: bytes) -> bool:
    if len(head) >= 8 and head[4:8] == b"ftyp":
        return True
    return any(head.startswith(magic) for magics in MAGIC.values() for magic in magics)


def looks_random(head: bytes) -> bool:
    """The first kilobyte (and the first 4 KB, when there are that many) is random."""
    first = head[:1024]
    if len(first) < 256:
        return False
    if entropy(first) < RANDOM_KB_ENTROPY * min(1.0, len(first) / 1024) ** 0.1:
        return False
    return len(head) < 4096 or entropy(head[:4096]) >= RANDOM_4KB_ENTROPY or entropy(first) >= 7.5


@dataclass
class Assessment:
    encrypted: bool
    reason: str = ""
    known_type: bool = False  # a document, picture or text whose own format is gone: no program does that


def assess(name: str, head: bytes) -> Assessment:
    """Whether the start of a file (`head`, up to 4 KB) shows it was encrypted."""
    if not head:
        return Assessment(False)
    ext = extension(name)
    if ext in MAGIC:
        if any(head.startswith(m) for m in MAGIC[ext]):
            return Assessment(False)
        if looks_random(head):
            return Assessment(True, f"no longer a valid .{ext}: its header is gone and its start is random", True)
        return Assessment(False)
    if ext in FTYP:
        if head[4:8] == b"ftyp" or not looks_random(head):
            return Assessment(False)
        return Assessment(True, f"no longer a valid .{ext}: its header is gone and its start is random", True)
    if ext in TEXT:
        if looks_random(head):
            return Assessment(True, f"a .{ext} text file whose start is now random bytes", True)
        return Assessment(False)
    if has_known_header(head):
        return Assessment(False)
    if ext not in KNOWN_EXTENSIONS and looks_random(head):
        return Assessment(True, f"random content under an unknown extension .{ext}" if ext else
                          "random content with no extension")
    return Assessment(False)


def is_ransom_note(name: str, head: bytes) -> bool:
    base = name.rsplit("/", 1)[-1]
    if not NOTE_NAME.search(base) or extension(base) not in ("txt", "html", "htm", "hta", "rtf", "url", "png", ""):
        return False
    text = head[:8192].decode("utf-8", errors="ignore").lower()
    if not text.strip():
        text = head[:8192].decode("utf-16", errors="ignore").lower()
    return sum(word in text for word in NOTE_WORDS) >= 2


def is_canary(path: str) -> bool:
    return path.rsplit("/", 1)[-1].startswith(CANARY_PREFIXES)


@dataclass
class Settings:
    """The watcher's thresholds (docs/security.md)."""

    encrypted_files: int = 2          # encrypted files within the window → mass_encryption
    encrypted_known_files: int = 1    # ... when they are documents, pictures or texts whose format is gone
    encryption_window: float = 120.0
    rename_files: int = 3             # renames to one new extension within the window → mass_rename
    rename_window: float = 60.0
    delete_files: int = 50            # deletions in folders that stay, within the window → mass_delete
    delete_window: float = 30.0
    settle: float = 0.15              # a deletion is judged once its folder has been quiet this long
    settle_max: float = 30.0
    repeat_after: float = 10.0        # a rule that fired reports again (new files only) after this long


@dataclass
class _Pending:
    path: str
    since: float
    canary: bool


@dataclass
class Monitor:
    """Turns file events into alerts. Time comes from the caller (`now`), the file system is
    read only through `exists` and `read_head`, so tests drive it without a watcher."""

    settings: Settings = field(default_factory=Settings)
    known_extensions: set[str] = field(default_factory=set)
    canaries: dict[str, bytes] = field(default_factory=dict)  # path → content planted
    _encrypted: deque = field(default_factory=deque)
    _renames: deque = field(default_factory=deque)
    _deletes: deque = field(default_factory=deque)
    _pending: list = field(default_factory=list)
    _dir_activity: dict = field(default_factory=dict)
    _fired: dict = field(default_factory=dict)   # rule → (time, files reported)

    # --- file system access (replaceable in tests) ---
    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def read_head(self, path: str) -> bytes | None:
        try:
            with open(path, "rb") as handle:
                return handle.read(HEAD_BYTES)
        except OSError:
            return None

    # --- events ---
    def written(self, path: str, now: float) -> list[dict]:
        """A file was written and closed (or created with content)."""
        if path in self.canaries:
            head = self.read_head(path)
            if head is not None and head != self.canaries[path][:HEAD_BYTES]:
                return self._fire("canary_touched", [path], now, "high",
                                  "a canary file planted by Fornuft was changed; no person edits these")
            return []
        head = self.read_head(path)
        if not head:
            return []
        alerts = []
        if is_ransom_note(path, head):
            alerts += self._fire("ransom_note", [path], now, "high",
                                 "a ransom note appeared (a file asking for payment to decrypt files)")
        verdict = assess(path, head)
        if verdict.encrypted:
            queue = self._encrypted
            queue.append((now, path, verdict.reason))
            while queue and now - queue[0][0] > self.settings.encryption_window:
                queue.popleft()
            files = list(dict.fromkeys(p for _, p, _ in queue))
            needed = self.settings.encrypted_known_files if verdict.known_type else self.settings.encrypted_files
            if len(files) >= needed:
                within = f" within {now - queue[0][0]:.1f} s" if len(files) > 1 else ""
                alerts += self._fire("mass_encryption", files, now, "high",
                                     f"{len(files)} file{'s' if len(files) > 1 else ''} encrypted{within}; "
                                     f"e.g. {Path(files[0]).name}: {queue[0][2]}")
        return alerts

    def moved(self, src: str, dest: str, now: float) -> list[dict]:
        if src in self.canaries:
            content = self.canaries.pop(src)
            if not self.exists(os.path.dirname(src)):
                # The folder moved (renamed, or to the trash) and took the canary along.
                if is_canary(dest):
                    self.canaries[dest] = content
                return []
            return self._fire("canary_touched", [src, dest], now, "high",
                              f"a canary file planted by Fornuft was renamed to {Path(dest).name}")
        old, new = extension(src), extension(dest)
        alerts = []
        if new != old and new and new not in KNOWN_EXTENSIONS and new not in self.known_extensions:
            queue = self._renames
            queue.append((now, dest, new))
            while queue and now - queue[0][0] > self.settings.rename_window:
                queue.popleft()
            same = [p for _, p, e in queue if e == new]
            if len(same) >= self.settings.rename_files:
                alerts += self._fire("mass_rename", same, now, "high",
                                     f"{len(same)} files renamed to the new extension .{new} within "
                                     f"{self.settings.rename_window:.0f} s")
        alerts += self.written(dest, now)
        return alerts

    def deleted(self, path: str, now: float) -> list[dict]:
        folder = os.path.dirname(path)
        self._dir_activity[folder] = now
        canary = path in self.canaries
        if canary or not TEMP_NAME.search(path):
            self._pending.append(_Pending(path, now, canary))
        return []

    def tick(self, now: float) -> list[dict]:
        """Judges deletions whose folders have settled."""
        alerts, keep = [], []
        settings = self.settings
        for item in self._pending:
            folder = os.path.dirname(item.path)
            quiet = now - self._dir_activity.get(folder, item.since) >= settings.settle
            if not quiet and now - item.since < settings.settle_max:
                keep.append(item)
                continue
            if not self.exists(folder) or self.exists(item.path):
                self.canaries.pop(item.path, None)
                continue  # the whole folder went (or the file is back: a save by replace)
            if item.canary:
                self.canaries.pop(item.path, None)
                alerts += self._fire("canary_touched", [item.path], now, "high",
                                     "a canary file planted by Fornuft was deleted while its folder stays")
                continue
            queue = self._deletes
            queue.append((item.since, item.path))
            while queue and now - queue[0][0] > settings.delete_window:
                queue.popleft()
            if len(queue) >= settings.delete_files:
                files = [p for _, p in queue]
                alerts += self._fire("mass_delete", files, now, "medium",
                                     f"{len(files)} files deleted within {settings.delete_window:.0f} s from folders "
                                     f"that remain")
        self._pending = keep
        if len(self._dir_activity) > 10_000:
            self._dir_activity = {k: v for k, v in self._dir_activity.items() if now - v < settings.settle_max}
        return alerts

    def _fire(self, rule: str, files: list[str], now: float, severity: str, reason: str) -> list[dict]:
        last = self._fired.get(rule)
        if last is not None:
            when, reported = last
            fresh = [f for f in files if f not in reported]
            if not fresh or now - when < self.settings.repeat_after:
                return []
            files = fresh
            reported.update(fresh)
            self._fired[rule] = (now, reported)
        else:
            self._fired[rule] = (now, set(files))
        common = os.path.commonpath(files) if files else ""
        if common in files:
            common = os.path.dirname(common)
        return [{"rule": rule, "path": common, "files": files[:1000],
                 "time": datetime.fromtimestamp(now, tz=UTC).isoformat(timespec="milliseconds"),
                 "severity": severity, "reason": reason}]
