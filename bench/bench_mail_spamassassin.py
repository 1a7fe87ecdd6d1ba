"""Fornuft's phishing shield beside SpamAssassin 4, on the same 600 messages.

    .venv/bin/python bench/bench_mail_spamassassin.py [--hard-ham]

The 600 messages are the 300 real phishing mails of phishing_pot and the 300 easy-ham
messages of the SpamAssassin public corpus (add --hard-ham for its 250 hard ham too).
SpamAssassin runs locally as spamd with its shipped rules and no network tests
(`--local`, no sa-update), the way a small office would run it without a DNS blocklist
subscription. spamc is called once per message, as a mail server would; Fornuft's
`assess` runs in this process, as the mail pipeline calls it.

Reported per system: phishing flagged (SpamAssassin: spam; Fornuft: suspicious or
quarantined), phishing quarantined (Fornuft only), ham flagged, and the median time per
message. The ratio of the medians is the speed lead.

spamd comes from Debian's `spamd` package, which `make install` installs
(scripts/system-packages.sh). Corpora are read in place from ../shared/corpora.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fornuft.mail.parsing import parse_message  # noqa: E402
from fornuft.mail.phishing import OrgContext, assess  # noqa: E402
from fornuft.testing.corpora import corpora_root  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_spamd():
    """A private spamd on loopback: shipped rules, no network tests, no user preferences."""
    spamd = shutil.which("spamd") or "/usr/sbin/spamd"
    if not Path(spamd).exists():
        raise SystemExit("spamd not found: run `make install` (it installs Debian's spamd package)")
    port = free_port()
    home = tempfile.mkdtemp(prefix="fornuft-spamd-")
    process = subprocess.Popen(
        [spamd, "--local", "--listen", f"127.0.0.1:{port}", "--max-children", "2",
         "--nouser-config", f"--helper-home-dir={home}", "--syslog", "stderr",
         "--username", "nobody"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None:
                    raise SystemExit("spamd exited at start; try it by hand: spamd --local -D") from None
                time.sleep(0.3)
        else:
            raise SystemExit("spamd did not start listening within 60 s")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)


def spamassassin_says_spam(raw: bytes, port: int) -> bool:
    # spamc -c prints "score/threshold" and exits 1 for spam, 0 for ham.
    result = subprocess.run(["spamc", "-d", "127.0.0.1", "-p", str(port), "-c"],
                            input=raw, capture_output=True, timeout=120)
    return result.returncode == 1


def fornuft_verdict(raw: bytes) -> str:
    return assess(parse_message(raw), OrgContext()).verdict


def measure(files: list[Path], port: int) -> dict:
    rows = {"sa_spam": 0, "fornuft_flagged": 0, "fornuft_quarantined": 0,
            "sa_seconds": [], "fornuft_seconds": []}
    for i, path in enumerate(files, 1):
        raw = path.read_bytes()
        start = time.perf_counter()
        rows["sa_spam"] += spamassassin_says_spam(raw, port)
        rows["sa_seconds"].append(time.perf_counter() - start)
        start = time.perf_counter()
        verdict = fornuft_verdict(raw)
        rows["fornuft_seconds"].append(time.perf_counter() - start)
        rows["fornuft_flagged"] += verdict in ("suspicious", "phishing")
        rows["fornuft_quarantined"] += verdict == "phishing"
        if sys.stderr.isatty():
            print(f"\r  {path.parent.name}: {i}/{len(files)}", end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return rows


def share(count: int, total: int) -> str:
    return f"{count / total:.1%}" if total else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hard-ham", action="store_true", help="also score the 250 hard-ham messages")
    args = parser.parse_args()
    root = corpora_root()
    sets = {"phishing_pot": root / "phishing_pot", "easy ham": root / "spamassassin" / "easy-ham-1"}
    if args.hard_ham:
        sets["hard ham"] = root / "spamassassin" / "hard-ham-1"
    missing = [str(p) for p in sets.values() if not p.is_dir()]
    if missing:
        print(f"corpora not found: {', '.join(missing)}; set FORNUFT_CORPORA", file=sys.stderr)
        return 1
    sa_times: list[float] = []
    fornuft_times: list[float] = []
    with running_spamd() as port:
        for name, folder in sets.items():
            files = sorted(p for p in folder.iterdir() if p.is_file())
            rows = measure(files, port)
            sa_times += rows["sa_seconds"]
            fornuft_times += rows["fornuft_seconds"]
            n = len(files)
            print(f"{name}: {n} messages | SpamAssassin 4 spam {share(rows['sa_spam'], n)} | "
                  f"Fornuft flagged {share(rows['fornuft_flagged'], n)}, "
                  f"quarantined {share(rows['fornuft_quarantined'], n)}")
    sa_median = statistics.median(sa_times)
    fornuft_median = statistics.median(fornuft_times)
    print(f"median per message: SpamAssassin {sa_median * 1000:.1f} ms, Fornuft {fornuft_median * 1000:.1f} ms "
          f"-> SpamAssassin takes {sa_median / fornuft_median:.1f}x longer "
          f"(totals {sum(sa_times):.1f} s vs {sum(fornuft_times):.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
