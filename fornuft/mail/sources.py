"""Where raw messages come from: .eml files, folders of them, mbox files, Maildir
folders and drop folders. Each source yields `RawItem(source, data, error)`; a file
that cannot be read yields an item with `error` set, so the import goes on.
"""

from __future__ import annotations

import mailbox
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

EML_SUFFIXES = {".eml", ".msg822", ".mail"}
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass
class RawItem:
    source: str
    data: bytes
    error: str = ""


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def is_mbox(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() in EML_SUFFIXES:
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


def _read(path: Path) -> RawItem:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            with path.open("rb") as handle:
                return RawItem(str(path), handle.read(MAX_FILE_BYTES),
                               f"file is {size // (1024 * 1024)} MB; only the first "
                               f"{MAX_FILE_BYTES // (1024 * 1024)} MB were read")
        return RawItem(str(path), path.read_bytes())
    except OSError as exc:
        return RawItem(str(path), b"", f"cannot read {path}: {exc.strerror or exc}")


def iter_mbox(path: Path) -> Iterator[RawItem]:
    try:
        box = mailbox.mbox(str(path), create=False)
        keys = box.keys()
    except (OSError, mailbox.Error) as exc:
        yield RawItem(str(path), b"", f"cannot read mbox {path}: {exc}")
        return
    try:
        for number, key in enumerate(keys, 1):
            try:
                yield RawItem(f"{path}#{number}", box.get_bytes(key))
            except (OSError, mailbox.Error, KeyError) as exc:
                yield RawItem(f"{path}#{number}", b"", f"cannot read message {number} of {path}: {exc}")
    finally:
        box.close()


def iter_maildir(path: Path) -> Iterator[RawItem]:
    for sub in ("new", "cur"):
        folder = path / sub
        for item in sorted(folder.iterdir()):
            if item.is_file() and not item.name.startswith("."):
                yield _read(item)


def iter_eml_folder(path: Path) -> Iterator[RawItem]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("processed", "failed"))
        for name in sorted(files):
            if Path(name).suffix.lower() in EML_SUFFIXES:
                yield _read(Path(root) / name)


def iter_paths(paths) -> Iterator[RawItem]:
    """Every message under `paths` (files, folders, mbox files, Maildir folders)."""
    for value in paths:
        path = Path(value)
        if not path.exists():
            yield RawItem(str(path), b"", f"{path} does not exist")
        elif is_maildir(path):
            yield from iter_maildir(path)
        elif path.is_dir():
            found = False
            for item in iter_eml_folder(path):
                found = True
                yield item
            if not found:
                for child in sorted(path.iterdir()):
                    if is_maildir(child):
                        yield from iter_maildir(child)
        elif is_mbox(path):
            yield from iter_mbox(path)
        else:
            yield _read(path)


def list_eml_files(paths) -> list[Path]:
    """The .eml files named by `paths` (folders searched recursively)."""
    found: list[Path] = []
    for value in paths:
        path = Path(value)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                found.extend(Path(root) / f for f in sorted(files) if Path(f).suffix.lower() in EML_SUFFIXES)
        else:
            found.append(path)
    return found


def drain_drop_folder(path: Path, handle) -> tuple[int, int]:
    """Hands each .eml file in the drop folder to `handle(RawItem)` and moves it to
    `processed/` (or `failed/` when `handle` raises). Returns (processed, failed)."""
    processed = failed = 0
    done, bad = path / "processed", path / "failed"
    for item_path in sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in EML_SUFFIXES):
        item = _read(item_path)
        try:
            handle(item)
            target = done
            processed += 1
        except Exception:  # the drop folder must keep going; the file is kept in failed/
            target = bad
            failed += 1
        target.mkdir(exist_ok=True)
        destination = target / item_path.name
        if destination.exists():
            destination = target / f"{item_path.stem}-{os.getpid()}-{processed + failed}{item_path.suffix}"
        item_path.replace(destination)
    return processed, failed
