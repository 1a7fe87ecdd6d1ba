"""Scores `fornuft security logins` on the CrowdSec hub's login fixtures
(../shared/corpora/crowdsec-auth): each fixture's expected alerts (scenario.assert) are
mapped to Fornuft's rules and compared with what the command prints.

    python bench/security/score_crowdsec.py [CORPUS]

The mapping: ssh-bf, ssh-slow-bf, ssh-time-based-bf and windows-bf → brute_force;
their `_user-enum` variants → password_spray; impossible-travel → impossible_travel.
An expected alert is matched by rule and source (address, or account for the -user variant).
Extra alerts are counted as false alerts."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpora" / "crowdsec-auth"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpora/crowdsec-auth")

RULE = {"ssh-bf": "brute_force", "ssh-slow-bf": "brute_force", "ssh-time-based-bf": "brute_force",
        "windows-bf": "brute_force", "impossible-travel": "impossible_travel",
        "impossible-travel-user": "impossible_travel"}


def expected(folder: Path) -> set[tuple[str, frozenset]]:
    assertion = folder / "scenario.assert"
    if not assertion.exists():
        return set()
    text = assertion.read_text()
    found = set()
    for index, scenario in re.findall(r'results\[(\d+)\]\.Overflow\.Alert\.GetScenario\(\) == "crowdsecurity/([^"]+)"',
                                      text):
        sources = re.findall(rf'"([^"]+)" in results\[{index}\]\.Overflow\.GetSources\(\)', text)
        enum = scenario.endswith("_user-enum")
        rule = "password_spray" if enum else RULE[scenario]
        found.add((rule, frozenset(sources)))
    return found


def main() -> int:
    total = matched = extra = 0
    for folder in sorted(p for p in (CORPUS / "tests").iterdir() if p.is_dir()):
        logs = [p for p in folder.iterdir() if p.suffix == ".log"]
        run = subprocess.run([sys.executable, "-m", "fornuft.cli", "security", "logins", *map(str, logs), "--json",
                              "--geoip", str(HERE / "crowdsec-geoip.csv")], capture_output=True, text=True,
                             cwd=ROOT, check=False)
        alerts = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
        want = expected(folder)
        got = set()
        for alert in alerts:
            got.add((alert["rule"], alert["ip"]))
            got.add((alert["rule"], alert["user"]))
        hits = {w for w in want if any((w[0], source) in got for source in w[1])}
        surplus = len(alerts) - len(hits)
        total += len(want)
        matched += len(hits)
        extra += max(0, surplus)
        print(f"{folder.name:32} expected {len(want)}  matched {len(hits)}  extra {max(0, surplus)}"
              + (f"  missing {[(r, sorted(s)) for r, s in want - hits]}" if want - hits else ""))
    print(f"TOTAL expected {total}  matched {matched}  extra alerts {extra}")
    return 0 if matched == total and extra == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
