"""Agreement with the official PEPPOL BIS 3 rule unit tests, read in place from the shared corpus."""



from fornuft.invoices import peppol_rules
from fornuft.platform.files.safexml import parse
from fornuft.testing.corpora import require_corpus

UNIT_TEST_SETS = (("peppol", "unit-UBL-PEPPOL"), ("peppol", "unit-UBL-NO"))
VEFA = "{http://difi.no/xsd/vefa/validator/1.0}"


def unit_cases(folders):
    """(file, test index, rule, expected 'success'|'error'|'warning', count, document root)."""
    from lxml import etree

    for folder in folders:
        for path in sorted(folder.glob("*.xm*")):
            test_set = parse(path.read_bytes())
            scope = test_set.findtext(f"{VEFA}assert/{VEFA}scope")
            for index, test in enumerate(test_set.findall(f"{VEFA}test")):
                outcome = test.find(f"{VEFA}assert")
                document = next((c for c in test if isinstance(c.tag, str) and not c.tag.startswith(VEFA)), None)
                for expectation in outcome if outcome is not None else []:
                    if not isinstance(expectation.tag, str):
                        continue
                    kind = etree.QName(expectation).localname
                    if kind in ("success", "error", "warning") and (expectation.text or "").strip() == scope:
                        yield path.name, index, scope, kind, expectation.get("number"), document


def test_agrees_with_official_rule_unit_tests():
    folders = [require_corpus(*parts) for parts in UNIT_TEST_SETS]
    covered, disagreements, total_rules = set(), [], set()
    checked = 0
    for name, index, rule_id, kind, number, document in unit_cases(folders):
        total_rules.add(rule_id)
        if rule_id not in peppol_rules.RULES or document is None:
            continue
        covered.add(rule_id)
        fired = [r for r in peppol_rules.validate(document, only={rule_id})]
        checked += 1
        if kind == "success" and fired:
            disagreements.append(f"{name} test {index}: expected success, got {fired[0][2]}")
        elif kind in ("error", "warning"):
            if not fired:
                disagreements.append(f"{name} test {index}: expected {kind}, rule did not fire")
            elif fired[0][1] != kind:
                disagreements.append(f"{name} test {index}: expected {kind}, got {fired[0][1]}")
            elif number and len(fired) != int(number):
                disagreements.append(f"{name} test {index}: expected {number} findings, got {len(fired)}")
    print(
        f"\nPEPPOL rule unit tests: {len(covered)} of {len(total_rules)} rules implemented, "
        f"{checked} tests checked; covered: {', '.join(sorted(covered))}; "
        f"not covered: {', '.join(sorted(total_rules - covered))}"
    )
    assert checked > 100
    assert not disagreements, "\n".join(disagreements)
    assert len(covered) >= 25
