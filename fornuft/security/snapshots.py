"""`fornuft security scan`: is a backup snapshot safe to trust, compared with an older one?

Each file of the new snapshot is compared with the same path in the older one (size,
modification time, then the first 64 KB). Changed and new files are read at their start
(ransomware.assess): encrypted content, renames to a new extension (the old name gone,
`name.ext.locked` in its place) and ransom notes make the verdict:

- `encrypted`: at least `min_encrypted` encrypted files and at least a fifth of the
  changed files, or a ransom note next to encrypted files;
- `suspicious`: any encrypted file, a ransom note, several renames to a new extension,
  or more than half of the older snapshot's files gone;
- `clean` otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from fornuft.security.ransomware import HEAD_BYTES, KNOWN_EXTENSIONS, assess, extension, is_ransom_note

COMPARE_BYTES = 64 * 1024
MIN_ENCRYPTED = 3
MAX_LISTED = 1000


def _walk(root: Path) -> tuple[dict[str, os.stat_result], int]:
    files, unreadable = {}, 0
    stack = [str(root)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(entry.path)
                        elif entry.is_file(follow_symlinks=False):
                            files[os.path.relpath(entry.path, root)] = entry.stat(follow_symlinks=False)
                    except OSError:
                        unreadable += 1
        except OSError:
            unreadable += 1
    return files, unreadable


def _head(path: Path, size: int = HEAD_BYTES) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return None


def scan_snapshot(snapshot: Path, baseline: Path) -> dict:
    new_files, unreadable_new = _walk(snapshot)
    old_files, _ = _walk(baseline)
    changed, encrypted, notes, renamed = [], [], [], []
    old_stems: dict[str, str] = {}
    for name in old_files:
        old_stems[name] = name
    for name, stat in new_files.items():
        old = old_files.get(name)
        if old is not None and old.st_size == stat.st_size and int(old.st_mtime) == int(stat.st_mtime):
            continue
        if old is not None and old.st_size == stat.st_size:
            if _head(snapshot / name, COMPARE_BYTES) == _head(baseline / name, COMPARE_BYTES):
                continue
        changed.append(name)
        head = _head(snapshot / name)
        if head is None:
            continue
        if old is None and is_ransom_note(name, head):
            notes.append(name)
            continue
        if assess(name, head).encrypted:
            encrypted.append(name)
        if old is None:
            stem, _dot, ext = name.rpartition(".")
            if stem in old_files and stem not in new_files and ext.lower() not in KNOWN_EXTENSIONS:
                renamed.append(name)
    missing = [name for name in old_files if name not in new_files]
    lost_share = len(missing) / len(old_files) if old_files else 0.0
    share = len(encrypted) / len(changed) if changed else 0.0
    new_extensions = {extension(n) for n in renamed}
    if (len(encrypted) >= MIN_ENCRYPTED and share >= 0.2) or (notes and encrypted):
        verdict = "encrypted"
        reason = (f"{len(encrypted)} of {len(changed)} changed files are encrypted"
                  + (f"; ransom note {notes[0]}" if notes else "")
                  + (f"; {len(renamed)} renamed to .{', .'.join(sorted(new_extensions))}" if renamed else "")
                  + ". Do not trust or rotate over the older snapshot.")
    elif encrypted or notes or len(renamed) >= 3 or lost_share > 0.5:
        verdict = "suspicious"
        parts = []
        if encrypted:
            parts.append(f"{len(encrypted)} encrypted-looking file(s)")
        if notes:
            parts.append(f"a ransom note ({notes[0]})")
        if renamed:
            parts.append(f"{len(renamed)} file(s) renamed to a new extension")
        if lost_share > 0.5:
            parts.append(f"{len(missing)} of {len(old_files)} files gone")
        reason = "; ".join(parts) + ". Check before trusting this snapshot."
    else:
        verdict = "clean"
        reason = f"{len(changed)} changed file(s), none encrypted; {len(missing)} removed."
    if unreadable_new:
        reason += f" {unreadable_new} item(s) could not be read."
    listed = list(dict.fromkeys(notes + encrypted + renamed))[:MAX_LISTED]
    return {"verdict": verdict, "changed": len(changed), "high_entropy": len(encrypted), "renamed": len(renamed),
            "files": listed, "reason": reason}
