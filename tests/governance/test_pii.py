"""PII detection and redaction: checksums confirm identifiers, names from gazetteer + cues,
the labelled set meets its targets, CLI and API redact."""

import json
import random
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from fornuft.core import identifiers
from fornuft.governance.privacy import pii, redact

ROOT = Path(__file__).resolve().parents[2]


def _random_fnr_like(rng: random.Random) -> str:
    """Numbers near the fødselsnummer structure: half with correct check digits, many odd dates."""
    body = f"{rng.randint(1, 75):02d}{rng.randint(1, 55):02d}{rng.randint(0, 99):02d}{rng.randint(0, 999):03d}"
    k1 = identifiers.mod11_check_digit(body, identifiers.FNR_WEIGHTS_1)
    if k1 is None or rng.random() < 0.2:
        k1 = rng.randint(0, 9)
    k2 = identifiers.mod11_check_digit(body + str(k1), identifiers.FNR_WEIGHTS_2)
    if k2 is None or rng.random() < 0.2:
        k2 = rng.randint(0, 9)
    return f"{body}{k1}{k2}"


def test_fodselsnummer_validator_agrees_with_python_stdnum_on_100000_numbers():
    stdnum = pytest.importorskip("stdnum.no.fodselsnummer")
    rng = random.Random(20261126)
    numbers = [_random_fnr_like(rng) for _ in range(90_000)]
    numbers += [f"{rng.randint(0, 10**11 - 1):011d}" for _ in range(10_000)]
    disagreements = [n for n in numbers if identifiers.is_valid_fnr(n) != stdnum.is_valid(n)]
    valid = sum(identifiers.is_valid_fnr(n) for n in numbers)
    assert valid > 10_000  # the sample really exercises valid numbers
    assert disagreements == []


def test_d_number_and_future_dates():
    assert identifiers.is_valid_fnr("601169 37835")  # D-nummer (day + 40)
    assert not identifiers.is_valid_fnr("19089117201")  # wrong second check digit
    assert not identifiers.is_valid_fnr("01012999999")


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Fødselsnummer: 19089117200.", pii.NATIONAL_ID, "19089117200"),
    ("D-nr 601169 37835 registrert", pii.NATIONAL_ID, "601169 37835"),
    ("Org.nr. 923 609 016 MVA", pii.ORG_NUMBER, "923 609 016"),
    ("Betal til konto 7279.09.27525, takk", pii.BANK_ACCOUNT, "7279.09.27525"),
    ("IBAN NO93 8601 1117 947", pii.IBAN, "NO93 8601 1117 947"),
    ("Card 4111 1111 1111 1111 was charged", pii.CARD, "4111 1111 1111 1111"),
    ("Ring meg på 912 34 567", pii.PHONE, "912 34 567"),
    ("call +44 20 7946 0958 today", pii.PHONE, "+44 20 7946 0958"),
    ("mail kari.nordmann@firma.no nå", pii.EMAIL, "kari.nordmann@firma.no"),
    ("Adresse: Thorvald Meyers gate 12, 0555 Oslo.", pii.ADDRESS, "Thorvald Meyers gate 12, 0555 Oslo"),
    ("Vennlig hilsen\nIngvild Brækhus", pii.PERSON, "Ingvild Brækhus"),
    ("Dear Mr Fairbairn, thanks", pii.PERSON, "Fairbairn"),
])
def test_detects_each_kind(text, kind, value):
    found = [(e.kind, e.text) for e in pii.detect(text)]
    assert (kind, value) in found


@pytest.mark.parametrize("text", [
    "Fakturanummer 45678912 forfaller 12.03.2025, beløp 12 500,00 kr.",
    "Fødselsnummer 19089117201 (feil sjekksiffer)",
    "KID 0004420251104 og ordre 2025-11873",
    "Mark the date; Grace period ends in May.",
    "Kunde: Bergli Bygg AS, Acme Consulting Ltd",
])
def test_leaves_non_personal_data_alone(text):
    assert pii.detect(text) == []


def test_redact_replaces_with_typed_placeholders():
    assert redact("Ring Kari Nordmann på 912 34 567") == "Ring [PERSON] på [PHONE]"
    assert redact("") == ""
    with pytest.raises(ValueError, match="unknown kind"):
        pii.detect("x", ["NOPE"])


def test_labelled_set_meets_the_targets():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_privacy_pii as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    data = bench.DATA.read_text(encoding="utf-8").splitlines()
    documents = [json.loads(line) for line in data if line.strip()] + bench.load_handwritten()
    assert sum(len(d["entities"]) for d in documents) >= 300
    scores = bench.evaluate(documents)
    assert scores["structured"][2] >= 0.95
    assert scores["names"][2] >= 0.85


def test_cli_redacts_stdin_and_files(tmp_path):
    from fornuft.cli import cli

    runner = CliRunner()
    result = runner.invoke(cli, ["privacy", "redact", "-"], input="Send til ola.hansen@online.no\n")
    assert result.exit_code == 0 and result.output == "Send til [EMAIL]\n"
    source = tmp_path / "note.txt"
    source.write_text("Kontonr 7279.09.27525", encoding="utf-8")
    result = runner.invoke(cli, ["privacy", "redact", "--json", str(source)])
    assert result.exit_code == 0 and json.loads(result.output)[0]["kind"] == "BANK_ACCOUNT"
    binary = tmp_path / "bin.dat"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = runner.invoke(cli, ["privacy", "redact", str(binary)])
    assert result.exit_code == 1 and "not UTF-8" in result.output
    result = runner.invoke(cli, ["privacy", "redact", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and "cannot read" in result.output


def test_redact_api(org, login, make_user):
    from fornuft.core.roles import Role

    client = login(make_user(org, Role.EMPLOYEE))
    response = client.post("/api/v1/governance/privacy/redact", {"text": "Fnr 19089117200"},
                           content_type="application/json")
    assert response.status_code == 200
    assert response.json()["text"] == "Fnr [NATIONAL_ID]"
    assert response.json()["entities"][0]["kind"] == "NATIONAL_ID"
    too_long = client.post("/api/v1/governance/privacy/redact", {"text": "x" * 200_001},
                           content_type="application/json")
    assert too_long.status_code == 422  # the schema's limit, in the API's error shape
    assert too_long.json()["error"]["code"] == "invalid_input"
    from django.test import Client

    assert Client().post("/api/v1/governance/privacy/redact", {"text": "x"},
                         content_type="application/json").status_code in {401, 403}


def test_log_filter_redacts_messages():
    import logging

    from fornuft.governance.privacy.logfilter import RedactPersonalData

    args = ("kari@firma.no", "fnr 19089117200")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "mail from %s about %s", args, None)
    assert RedactPersonalData().filter(record)
    assert record.getMessage() == "mail from [EMAIL] about fnr [NATIONAL_ID]"
