"""Project texts read through the company's glossary: its own jargon names the skills and the
templates of a plan, in the CLI (FORNUFT_GLOSSARY) and in the app (the organization's entries)."""

from datetime import date

from fornuft.glossary.terms import Entry, Glossary
from fornuft.projects.extraction import extract, read_assignment
from fornuft.projects.planner import build_tasks

ASSIGNMENT = ("Hei,\n\nvi har fått vann i kjelleren og trenger en FK av hele underetasjen før vi "
              "bestemmer tiltak.\n\nHilsen Per, Borettslaget Lia\n").encode()
# A company's own word for a moisture survey ("fuktkartlegging"), which no built-in list knows.
JARGON = Glossary([Entry(term="fuktkartlegging", abbreviation="FK", synonyms=["fuktsjekk"])])


def test_the_glossary_turns_jargon_into_a_skill():
    assignment = read_assignment(ASSIGNMENT, "mail.txt")
    assert "fukt" not in extract(assignment, reference=date(2026, 12, 7)).get("skills")
    assert "fukt" in extract(assignment, reference=date(2026, 12, 7), glossary=JARGON).get("skills")


def test_the_glossary_picks_the_template_of_a_deliverable():
    plain = build_tasks(["FK av underetasjen"])
    read = build_tasks(["FK av underetasjen"], glossary=JARGON)
    assert [t.skill for t in read] != [t.skill for t in plain]
    assert any("fukt" in t.skill.lower() for t in read)


def test_the_organizations_entries_are_used_by_the_app(org):
    from fornuft.core.tenancy import activate
    from fornuft.glossary.models import GlossaryEntry
    from fornuft.projects import services

    with activate(org):
        GlossaryEntry.objects.create(organization=org, term="fuktkartlegging", abbreviation="FK",
                                     synonyms="fuktsjekk", source="manual")
    project = services.receive_assignment(org, ASSIGNMENT, filename="mail.txt")
    assert "fukt" in project.extraction["skills"]
