"""The company glossary: plain lookup and expansion, CSV import with row-level errors, packs,
suggestions, pages, API, CLI, and its use in drawing reading and the assistant's search."""

import pytest
from click.testing import CliRunner
from django.test import Client
from django.utils import translation

from fornuft.cli import cli
from fornuft.core.roles import Role
from fornuft.glossary import services, terms
from fornuft.testing import factories


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_every_pack_loads_and_abbreviations_find_their_terms():
    assert set(terms.pack_names()) >= {"construction", "hvac_electrical", "accounting", "manufacturing"}
    glossary = terms.from_setting("all")
    assert glossary.lookup("TG3").term == "tilstandsgrad 3"
    assert glossary.lookup("rib").abbreviation == "RIB"
    found = {e.abbreviation for e in glossary.found_in("Mangler FDV etter overtakelse, og EO er ikke signert")}
    assert {"FDV", "EO"} <= found
    assert "forvaltning" in glossary.expand("Hvor er FDV?")


def test_short_capital_abbreviations_match_only_in_capitals():
    glossary = terms.Glossary([terms.Entry(term="uavhengig kontroll", abbreviation="UK")])
    assert glossary.found_in("Vi venter på UK av prosjekteringen")
    assert not glossary.found_in("uk is short for something else")


def test_csv_import_keeps_good_rows_and_reports_bad_ones_by_line():
    data = ("term;abbreviation;synonyms;nb;en\n"
            "rekkefølgebestemmelse;RFB;rekkefølgekrav;;order condition\n"
            ";XX;;;\n"
            "=cmd|' /C calc'!A0;;;;\n"
            "too;many;columns;here;x;y;z\n"
            "rekkefølgebestemmelse;RFB;;;\n"
            f"{'x' * 200};;;;\n").encode()
    result = terms.entries_from_csv(data)
    assert [e.term for e in result.entries] == ["rekkefølgebestemmelse"]
    assert result.entries[0].synonyms == ["rekkefølgekrav"]
    assert [e.line for e in result.errors] == [3, 4, 5, 6, 7]
    assert "empty" in result.errors[0].message and "formulas" in result.errors[1].message


@pytest.mark.parametrize("data", [b"", b"\x00\x01binary", b"word;other\nx;y\n"])
def test_a_csv_without_a_term_column_is_one_clear_error(data):
    result = terms.entries_from_csv(data)
    assert not result.entries and len(result.errors) == 1


def test_a_cp1252_csv_with_commas_is_read():
    result = terms.entries_from_csv("term,abbreviation\nsluttoppgjør,SO\n".encode("cp1252"))
    assert result.entries[0].term == "sluttoppgjør"


def test_suggestions_are_frequent_unknown_terms():
    texts = ["Vi trenger KPI-rapport og ny SJA før oppstart"] * 3 + ["SJA for kranløft", "FDV mangler"] * 2
    suggested = dict(terms.suggest(texts, terms.from_setting("construction"), min_count=2))
    assert "SJA" in suggested and "FDV" not in suggested


def test_drawing_labels_come_from_entries_naming_a_field():
    glossary = terms.Glossary([terms.Entry(term="dokumentkode", abbreviation="Dok.kode", field="drawing_number")])
    assert glossary.drawing_labels() == {"drawing_number": ["dokumentkode", "Dok.kode"]}
    from fornuft.drawings.reading.labels import LabelIndex

    index = LabelIndex(glossary.drawing_labels())
    assert index.field_of("Dok.kode:") == "drawing_number"


def test_import_and_packs_are_per_organization(org, other_org):
    report = services.import_csv(org, b"term;abbreviation\nbrannceller;BC\n")
    assert report.added == 1 and not report.errors
    services.add_pack(other_org, "accounting")
    assert [e.term for e in services.list_entries(org)] == ["brannceller"]
    assert services.glossary_for(org).lookup("BC").term == "brannceller"
    assert services.glossary_for(org).lookup("MVA") is None
    again = services.import_csv(org, b"term;abbreviation\nbrannceller;BCE\n")
    assert again.updated == 1 and services.list_entries(org)[0].abbreviation == "BCE"
    with pytest.raises(ValueError):
        services.add_pack(org, "no-such-pack")


def test_the_assistant_search_uses_the_organization_glossary(org):
    from fornuft.assistant.models import Article
    from fornuft.assistant.services import knowledge_base
    from fornuft.core.tenancy import activate

    with activate(org):
        Article.objects.create(organization=org, slug="kontroll", title="Kontroll av prosjektering",
                               body="Uavhengig kontroll av prosjekteringen bestilles før rammetillatelse.",
                               language="nb")
        Article.objects.create(organization=org, slug="faktura", title="Faktura og betaling",
                               body="Fakturaer sendes som EHF hver måned.", language="nb")
    services.add_pack(org, "construction")
    kb = knowledge_base(org)
    assert any("uk" in group or "UK" in group for group in map(list, kb.retriever.synonyms))


def test_mail_sorting_ignores_the_glossary_unless_switched_on(org):
    from fornuft.mail import intake

    services.add_pack(org, "construction")
    assert intake.load_classifier(org).glossary is None  # it measured worse with the seed model


def test_mail_sorting_reads_jargon_through_the_glossary(org, settings):
    from fornuft.mail import intake

    settings.FORNUFT_MAIL_GLOSSARY = True
    services.add_pack(org, "construction")
    classifier = intake.load_classifier(org)
    assert classifier.glossary is not None
    assert "endringsordre" in classifier._inputs(["EO 14 signert"])[0]


def test_pages_import_and_show_row_errors(org):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org, Role.ADMIN))
    upload = SimpleUploadedFile("t.csv", b"term;abbreviation\nbrannceller;BC\n;XX\n", content_type="text/csv")
    page = client.post("/glossary/import", {"file": upload}, follow=True)
    body = page.content.decode()
    assert "brannceller" in body and "Line 3" in body
    assert client.post("/glossary/packs", {"pack": "accounting"}).status_code == 302
    assert "merverdiavgift" in client.get("/glossary/?q=MVA").content.decode()
    assert client.get("/glossary/suggestions").status_code == 200
    reader = Client()
    reader.force_login(factories.user(org, Role.EMPLOYEE))
    assert reader.get("/glossary/").status_code == 200
    assert reader.post("/glossary/packs", {"pack": "accounting"}).status_code == 403
    assert Client().get("/glossary/").status_code == 302


def test_the_api_adds_and_lists(org):
    client = Client()
    client.force_login(factories.user(org, Role.ADMIN))
    made = client.post("/api/v1/glossary/entries", {"term": "gangbru", "en": "footbridge"},
                       content_type="application/json")
    assert made.status_code == 201
    assert client.get("/api/v1/glossary/entries?q=foot").json()[0]["term"] == "gangbru"
    assert client.post("/api/v1/glossary/entries", {"term": " "}, content_type="application/json").status_code == 400


def test_the_cli_imports_with_row_errors_and_suggests(org, tmp_path):
    good = tmp_path / "terms.csv"
    good.write_text("term;abbreviation\nbrannceller;BC\n;XX\n", encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(cli, ["glossary", "import", "--org", org.slug, str(good)])
    assert done.exit_code == 1 and "1 added" in done.output and ":3: the term is empty" in done.output
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(3):
        (notes / f"{i}.txt").write_text("Ny SJA før kranløft, SJA signeres av BAS", encoding="utf-8")
    suggested = runner.invoke(cli, ["glossary", "suggest", "--org", org.slug, str(notes)])
    assert suggested.exit_code == 0 and "SJA" in suggested.output
    missing = runner.invoke(cli, ["glossary", "import", "--org", org.slug, str(tmp_path / "nope.csv")])
    assert missing.exit_code == 1 and "cannot read" in missing.output


def test_the_demo_is_idempotent(org):
    from fornuft.glossary.demo import load

    load(org)
    count = len(services.list_entries(org))
    load(org)
    assert len(services.list_entries(org)) == count > 40
