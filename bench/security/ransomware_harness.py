"""Ransomware harness for `fornuft security watch`: a share of office-like files, simulated
encryption variants at realistic speed, and benign bulk work that must raise nothing.

    python bench/security/ransomware_harness.py [--files 400] [--quick]

For each scenario a fresh share is made in a temporary folder, the watcher is started as the
command-line contract says (`fornuft security watch DIR --json`), and after `{"event": "ready"}`
the scenario runs in this process. Measured per encryption variant and traversal order:
files lost (real files encrypted, renamed or deleted before the first alert line arrived),
and the delay from the first encrypted file to that alert. Benign scenarios count alerts.

Variants: rename + ransom note, in place, intermittent (first KB only), copy-encrypt-delete,
mass delete (a wiper, or exfiltrate-then-delete) and slow (one file every 2 s).

Traversal orders: `sorted` (what Windows/NTFS directory listings give, and most ransomware
walks) and `shuffled` (a seeded random order, so canaries are not automatically first)."""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDS = ("tilbud kabling sikringsskap montering lysarmatur faktura prosjekt budsjett møte referat kontrakt "
         "leveranse befaring sluttrapport timeliste avvik sjekkliste kunde leverandør").split()
NOTE = ("YOUR FILES HAVE BEEN ENCRYPTED!\nAll your documents, photos and databases are encrypted with a private key.\n"
        "To decrypt them, pay 0.3 BTC (bitcoin) to the address below and contact us via Tor Browser at "
        "http://example.onion.\n")


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def office_zip(rng: random.Random, parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def make_share(root: Path, files: int, seed: int = 7) -> list[Path]:
    """Several hundred office-like files in a dozen folders: docx, xlsx, pdf, txt, csv, jpg, png."""
    rng = random.Random(seed)
    folders = ["Prosjekter/Bygg A", "Prosjekter/Bygg B", "Økonomi/Faktura", "Økonomi/Budsjett", "Salg/Tilbud",
               "HMS", "Personal", "Bilder/Befaring", "Maler", "Kunder/Nordlys", "Kunder/Havbris", "Arkiv/2025"]
    made = []
    for index in range(files):
        folder = root / folders[index % len(folders)]
        folder.mkdir(parents=True, exist_ok=True)
        kind = index % 7
        if kind == 0:
            path = folder / f"tilbud-{index:04d}.docx"
            path.write_bytes(office_zip(rng, {"word/document.xml": f"<w:document>{text(rng, 400)}</w:document>"}))
        elif kind == 1:
            path = folder / f"budsjett-{index:04d}.xlsx"
            cells = "".join(f"<c><v>{rng.randint(0, 99999)}</v></c>" for _ in range(300))
            path.write_bytes(office_zip(rng, {"xl/worksheets/sheet1.xml": f"<sheetData>{cells}</sheetData>"}))
        elif kind == 2:
            path = folder / f"rapport-{index:04d}.pdf"
            path.write_bytes(b"%PDF-1.7\n" + text(rng, 300).encode() + b"\nstream\n" + rng.randbytes(6000)
                             + b"\nendstream\n%%EOF\n")
        elif kind == 3:
            path = folder / f"notat-{index:04d}.txt"
            path.write_text(text(rng, 500), encoding="utf-8")
        elif kind == 4:
            path = folder / f"timeliste-{index:04d}.csv"
            path.write_text("dato;navn;timer\n" + "".join(f"2026-03-{d % 28 + 1:02d};{rng.choice(WORDS)};"
                                                           f"{rng.randint(1, 9)}\n" for d in range(200)))
        elif kind == 5:
            path = folder / f"IMG_{index:04d}.jpg"
            path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(20_000))
        else:
            path = folder / f"skisse-{index:04d}.png"
            path.write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(8_000))
        made.append(path)
    return made


class Watcher:
    def __init__(self, share: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env.pop("DJANGO_SETTINGS_MODULE", None)
        self.process = subprocess.Popen([sys.executable, "-m", "fornuft.cli", "security", "watch", str(share),
                                         "--json"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                        env=env, cwd=ROOT)
        first = json.loads(self.process.stdout.readline())
        assert first == {"event": "ready"}, first
        self.alerts: list[tuple[float, dict]] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            if line.startswith("{"):
                self.alerts.append((time.time(), json.loads(line)))

    def stop(self) -> float:
        began = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)
        self.reader.join(timeout=2)
        self.process.stdout.close()
        return time.monotonic() - began


def targets(share: Path, order: str, seed: int) -> list[Path]:
    found = []
    for folder, dirs, names in os.walk(share):
        dirs.sort()
        for name in sorted(names):
            if name.lower().endswith((".docx", ".xlsx", ".pdf", ".txt", ".csv", ".jpg", ".png")):
                found.append(Path(folder) / name)
    if order == "shuffled":
        random.Random(seed).shuffle(found)
    return found


def encrypt(variant: str, path: Path, rng: random.Random) -> None:
    data = path.read_bytes()
    if variant == "in_place" or variant == "slow":
        with open(path, "r+b") as handle:
            handle.write(rng.randbytes(len(data)))
    elif variant == "intermittent":
        with open(path, "r+b") as handle:  # only the first KB, as LockBit/BlackCat do for speed
            handle.write(rng.randbytes(min(1024, len(data))))
    elif variant == "rename_note":
        with open(path, "r+b") as handle:
            handle.write(rng.randbytes(len(data)))
        path.rename(path.with_name(path.name + ".lockbit"))
    elif variant == "copy_encrypt_delete":
        path.with_name(path.name + ".enc").write_bytes(rng.randbytes(len(data) + 16))
        path.unlink()
    elif variant == "mass_delete":  # a wiper, or data stolen first and then deleted: no encrypted file at all
        path.unlink()


def run_variant(variant: str, order: str, files: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="fornuft-harness-") as folder:
        share = Path(folder) / "share"
        make_share(share, files)
        watcher = Watcher(share)
        rng = random.Random(seed)
        done: list[tuple[float, Path]] = []
        pause = {"slow": 2.0}.get(variant, 0.02)   # ~50 files/s, or one file every 2 s
        limit = 15 if variant == "slow" else None
        notes_written = set()
        for path in targets(share, order, seed)[:limit]:
            if watcher.alerts:
                break
            canary = "fornuft-canary" in path.name
            encrypt(variant, path, rng)
            if not canary:
                done.append((time.time(), path))
            if variant == "rename_note" and path.parent not in notes_written:
                (path.parent / "HOW_TO_DECRYPT.txt").write_text(NOTE)
                notes_written.add(path.parent)
            time.sleep(pause)
        deadline = time.time() + 3
        while not watcher.alerts and time.time() < deadline:
            time.sleep(0.05)
        took = watcher.stop()
    first_alert = watcher.alerts[0] if watcher.alerts else None
    if first_alert is None:
        return {"variant": variant, "order": order, "lost": len(done), "delay": None, "rule": None, "stop": took}
    lost = sum(1 for when, _ in done if when <= first_alert[0])
    delay = first_alert[0] - done[0][0] if done else 0.0
    return {"variant": variant, "order": order, "lost": lost, "delay": max(0.0, delay), "rule": first_alert[1]["rule"],
            "stop": took}


def benign(name: str, share: Path, rng: random.Random) -> None:
    if name == "zip_folder":
        shutil.make_archive(str(share / "Arkiv/prosjekter-backup"), "zip", share / "Prosjekter")
    elif name == "rename_photos":
        for index, path in enumerate(sorted((share / "Bilder/Befaring").glob("*.jpg"))):
            path.rename(path.with_name(f"befaring-2026-03-{index:03d}.jpg"))
    elif name == "copy_media":
        target = share / "Bilder/Kopi"
        target.mkdir()
        for index in range(60):
            (target / f"video-{index:03d}.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + rng.randbytes(50_000))
            (target / f"foto-{index:03d}.jpg").write_bytes(b"\xff\xd8\xff\xe1" + rng.randbytes(30_000))
    elif name == "delete_temp_folder":
        temp = share / "Prosjekter/Bygg A/tmp-eksport"
        temp.mkdir()
        for index in range(300):
            (temp / f"del-{index:04d}.dat").write_bytes(rng.randbytes(2000))
        time.sleep(1.0)
        shutil.rmtree(temp)
        shutil.rmtree(share / "Arkiv/2025")  # an old folder, with its canaries
    elif name == "save_storm":
        document = share / "Salg/Tilbud/tilbud-stor.docx"
        for index in range(60):  # Word's save: write a temp file, then replace the document
            temp = document.with_name(f"~WRL{index:04d}.tmp")
            temp.write_bytes(office_zip(rng, {"word/document.xml": f"<w:document>{text(rng, 800)}</w:document>"}))
            temp.replace(document)
            time.sleep(0.02)
    time.sleep(2.0)


def run_benign(name: str, files: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="fornuft-harness-") as folder:
        share = Path(folder) / "share"
        make_share(share, files)
        watcher = Watcher(share)
        benign(name, share, random.Random(seed))
        watcher.stop()
    return {"benign": name, "alerts": [a["rule"] for _, a in watcher.alerts]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--quick", action="store_true", help="one order, no slow variant")
    parser.add_argument("--variants", help="comma-separated variants to run (default: all)")
    args = parser.parse_args()
    variants = ["rename_note", "in_place", "intermittent", "copy_encrypt_delete", "mass_delete"]
    variants += [] if args.quick else ["slow"]
    if args.variants:
        variants = args.variants.split(",")
    orders = ["sorted"] if args.quick else ["sorted", "shuffled"]
    results = []
    for order in orders:
        for number, variant in enumerate(variants):
            result = run_variant(variant, order, args.files, seed=number + 11)
            results.append(result)
            delay = "no alert" if result["delay"] is None else f"{result['delay'] * 1000:.0f} ms"
            print(f"{variant:20} {order:8} lost {result['lost']:3}  delay {delay:>9}  first {result['rule']}  "
                  f"stop {result['stop']:.1f} s", flush=True)
    lost = [r["lost"] for r in results]
    delays = [r["delay"] for r in results if r["delay"] is not None]
    print(f"median files lost {statistics.median(lost)} (max {max(lost)}); median delay "
          f"{statistics.median(delays) * 1000:.0f} ms (max {max(delays) * 1000:.0f} ms); "
          f"missed {sum(r['delay'] is None for r in results)}")
    false_alerts = 0
    for name in ("zip_folder", "rename_photos", "copy_media", "delete_temp_folder", "save_storm"):
        result = run_benign(name, args.files, seed=3)
        false_alerts += len(result["alerts"])
        print(f"benign {name:20} alerts {result['alerts']}", flush=True)
    print(f"benign alerts in all: {false_alerts}")


if __name__ == "__main__":
    main()
