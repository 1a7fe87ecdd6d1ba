"""Contract clauses read through the company's glossary: its own word for a clause type is
found as that clause, in the CLI (FORNUFT_GLOSSARY) and in the app (the organization's entries)."""

from fornuft.contracts.analysis import analyze_text
from fornuft.glossary.terms import Entry, Glossary

CONTRACT = """Underentreprisekontrakt

Mellom Fjellbygg AS (org.nr. 923 609 016) og Rørteam Vest AS (org.nr. 917 313 008).

1. Arbeidet
Underentreprenøren skal utføre rørarbeidene i blokk B.

2. Forsinkelse
Ved forsinket ferdigstillelse påløper forsinkelsesbot på 0,1 % av kontraktssummen per arbeidsdag.

3. Lovvalg
Avtalen reguleres av norsk rett.
"""
# A company's own word ("forsinkelsesbot") for what the clause rules know as dagmulkt.
JARGON = Glossary([Entry(term="dagmulkt", synonyms=["forsinkelsesbot"])])


def _types(result):
    return {clause["type"] for clause in result["clauses"]}


def test_the_glossary_lets_the_rules_find_a_clause_named_in_jargon():
    assert "liquidated_damages" not in _types(analyze_text(CONTRACT, "k.txt"))
    found = analyze_text(CONTRACT, "k.txt", glossary=JARGON)
    assert "liquidated_damages" in _types(found)
    clause = next(c for c in found["clauses"] if c["type"] == "liquidated_damages")
    assert "forsinkelsesbot" in clause["text"]  # the clause is the contract's own sentence


def test_the_organizations_glossary_is_used_when_a_contract_is_analysed(org):
    from fornuft.contracts import services
    from fornuft.core.tenancy import activate
    from fornuft.glossary.models import GlossaryEntry

    with activate(org):
        GlossaryEntry.objects.create(organization=org, term="dagmulkt", synonyms="forsinkelsesbot", source="manual")
    contract = services.upload_contract(org, CONTRACT.encode(), filename="underentreprise.txt", in_background=False)
    contract.refresh_from_db()
    assert "liquidated_damages" in _types(contract.analysis)
