"""The drawing register: revisions per number, supersede warnings, BOM CSV, part links, pages,
API, CLI, decision log and demo."""

import pytest
from click.testing import CliRunner
from django.test import Client
from django.utils import translation

from fornuft.cli import cli
from fornuft.core.roles import Role
from fornuft.drawings import links, services
from fornuft.drawings.models import DrawingRevision, RevisionStatus
from fornuft.drawings.revisions import is_newer, revision_key
from fornuft.drawings.samples import make_dxf, make_pdf, sample_spec
from fornuft.governance.models import Decision
from fornuft.testing import factories


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _drawing(number="K-100-01", revision="A", style="grid_nb", **changes):
    spec = {**sample_spec(31), "drawing_number": number, "revision": revision, **changes}
    return make_dxf(spec, style), spec


def _client(org, role=Role.EMPLOYEE):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org, role))
    return client


def test_revisions_are_filed_under_their_drawing_number(org):
    for revision in ("B", "A"):
        data, _spec = _drawing(revision=revision)
        services.import_drawing(org, data, filename=f"k100-{revision}.dxf")
    (drawing,) = services.list_drawings(org)
    assert drawing.number == "K-100-01"
    assert [r.revision for r in services.revisions_of(drawing)] == ["B", "A"]
    assert drawing.current().revision == "B"


def test_reading_is_a_logged_decision_and_a_missing_number_goes_to_review(org):
    data, _spec = _drawing()
    revision = services.import_drawing(org, data, filename="good.dxf")
    assert revision.status == RevisionStatus.READ
    decision = Decision.objects.for_organization(org).get(subject_id=str(revision.pk))
    assert decision.system.key == "drawings.read" and decision.confidence >= 0.7
    spec = {**sample_spec(32)}
    partial = {k: (None if k in ("drawing_number", "revision", "date", "title") else v) for k, v in spec.items()}
    text = make_dxf({**spec, **{k: "" for k in ("drawing_number", "revision", "title")}}, "attributes")
    assert partial  # the number, revision and title are blank in the file
    weak = services.import_drawing(org, text, filename="weak.dxf")
    assert weak.status == RevisionStatus.REVIEW and weak.drawing is None


def test_a_file_without_a_title_block_is_kept_and_said_so(org):
    import io

    import ezdxf

    doc = ezdxf.new()
    doc.modelspace().add_line((0, 0), (1, 1))
    stream = io.StringIO()
    doc.write(stream)
    revision = services.import_drawing(org, stream.getvalue().encode(), filename="sketch.dxf")
    assert revision.status == RevisionStatus.NO_TITLE_BLOCK
    assert "no title block" in revision.message
    assert revision.stored_file is not None


def test_a_corrupt_file_is_marked_failed_and_can_be_read_again(org):
    revision = services.import_drawing(org, b"0\nSECTION\n2\nENTITIES\n0\nTEXT\n", filename="cut.dxf")
    assert revision.status in (RevisionStatus.FAILED, RevisionStatus.NO_TITLE_BLOCK)
    again = services.reread(revision)
    assert again.attempts >= 1


@pytest.mark.parametrize("payload, code", [(b"", "empty"), (b"just text", "unsupported_type")])
def test_uploads_that_are_not_drawings_are_refused(org, payload, code):
    with pytest.raises(services.UploadRefused) as refused:
        services.import_drawing(org, payload, filename="x.txt")
    assert refused.value.code == code


def test_an_open_use_of_an_older_revision_is_warned_about(org):
    services.import_drawing(org, _drawing(revision="A")[0], filename="a.dxf")
    services.record_use(org, "K-100-01", "A", "Tilbud 2026-7")
    assert services.supersede_warnings(org) == []
    services.import_drawing(org, _drawing(revision="B")[0], filename="b.dxf")
    (warning,) = services.supersede_warnings(org)
    assert warning["used_by"] == "Tilbud 2026-7" and warning["current_revision"] == "B"
    services.record_use(org, "K-100-01", "A", "Tilbud 2026-7", is_open=False)  # the quote closed
    assert services.supersede_warnings(org) == []


def test_other_capabilities_fill_the_use_and_part_hooks(org):
    services.import_drawing(org, _drawing(revision="C")[0], filename="c.dxf")
    links.register_use_provider("test-projects", lambda o: [{"drawing_number": "K-100-01", "revision": "B",
                                                             "used_by": "Project P-9", "url": ""}])
    links.register_part_matcher("test-catalogue", lambda o, parts: {parts[0]: [{"source": "catalogue",
                                                                                "name": "In stock", "url": ""}]})
    links.register_use_provider("broken", lambda o: 1 / 0)  # a broken neighbour is skipped
    try:
        assert [w["used_by"] for w in services.supersede_warnings(org)] == ["Project P-9"]
        current = services.list_drawings(org)[0].current()
        found = services.bom_links(org, current)
        assert found[current.bom[0]["part_number"]][0]["name"] == "In stock"
    finally:
        for name in ("test-projects", "test-catalogue", "broken"):
            links.unregister(name)


def test_bom_part_numbers_are_matched_against_the_supplier_register(org):
    from fornuft.core.tenancy import activate
    from fornuft.invoices.models import Invoice

    data, spec = _drawing(revision="A")
    part = spec["bom"][0]["part_number"]
    from fornuft.core import blobs

    with activate(org):
        stored = blobs.store(org, b"%PDF-1.4 invoice", filename="inv.pdf")
        Invoice.objects.create(organization=org, supplier_name="Bolt og Mutter AS", stored_file=stored,
                               data={"lines": [{"description": f"{part} skrue, 100 stk"}]})
    revision = services.import_drawing(org, data, filename="a.dxf")
    matches = services.bom_links(org, revision)
    assert [m["name"] for m in matches[part]] == ["Bolt og Mutter AS"]


def test_bom_csv_export_is_safe_for_spreadsheets(org):
    revision = services.import_drawing(org, _drawing()[0], filename="a.dxf")
    revision.bom = [*revision.bom, {"item": "9", "part_number": "=HYPERLINK(\"x\")", "description": "-1",
                                    "quantity": 2, "material": None}]
    text = services.bom_csv(revision)
    lines = text.strip().splitlines()
    assert lines[0] == "item;part_number;description;quantity;material"
    assert len(lines) == len(revision.bom) + 1
    assert "'=HYPERLINK" in text and ";-1;" in text


def test_pages_list_show_preview_and_export(org):
    services.import_drawing(org, _drawing(revision="A")[0], filename="a.dxf")
    revision = services.import_drawing(org, _drawing(revision="B")[0], filename="b.dxf")
    services.record_use(org, "K-100-01", "A", "Tilbud 2026-9")
    client = _client(org)
    page = client.get("/drawings/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "K-100-01" in body and "Tilbud 2026-9 uses K-100-01 revision A" in body
    detail = client.get("/drawings/d/K-100-01")
    assert detail.status_code == 200 and "Revision history" in detail.content.decode()
    csv = client.get(f"/drawings/revisions/{revision.pk}/bom.csv")
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    svg = client.get(f"/drawings/revisions/{revision.pk}/preview.svg")
    assert svg.status_code == 200 and svg.content.startswith(b"<?xml") and b"<svg" in svg.content
    assert "sandbox" in svg["Content-Security-Policy"]


def test_pages_need_a_login_and_stay_in_their_organization(org, other_org):
    revision = services.import_drawing(org, _drawing()[0], filename="a.dxf")
    assert Client().get("/drawings/").status_code == 302
    outsider = _client(other_org)
    assert outsider.get(f"/drawings/revisions/{revision.pk}/").status_code == 404
    assert outsider.get(f"/drawings/revisions/{revision.pk}/bom.csv").status_code == 404
    assert outsider.get("/drawings/d/K-100-01").status_code == 404
    assert _client(org, Role.FINANCE).get("/drawings/").status_code == 403


def test_upload_page_takes_drawings_and_refuses_other_files(org):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = _client(org)
    good = SimpleUploadedFile("k.dxf", _drawing()[0], content_type="application/dxf")
    bad = SimpleUploadedFile("notes.txt", b"hello", content_type="text/plain")
    response = client.post("/drawings/upload", {"files": [good, bad]}, follow=True)
    body = response.content.decode()
    assert "K-100-01" in body and "not a DXF or PDF drawing" in body
    assert DrawingRevision.objects.for_organization(org).count() == 1


def test_a_pdf_drawing_goes_into_the_register(org):
    spec = {**sample_spec(33), "drawing_number": "P-1", "revision": "02"}
    revision = services.import_drawing(org, make_pdf(spec, "rows_en"), filename="p1.pdf")
    assert revision.drawing.number == "P-1" and revision.revision == "02" and revision.file_format == "pdf"
    assert services.preview_svg(revision) == ""


def test_the_api_lists_revisions_uses_and_warnings(org):
    services.import_drawing(org, _drawing(revision="A")[0], filename="a.dxf")
    revision = services.import_drawing(org, _drawing(revision="B")[0], filename="b.dxf")
    client = _client(org)
    assert client.get("/api/v1/drawings/drawings").json()[0]["revision"] == "B"
    read = client.get(f"/api/v1/drawings/revisions/{revision.pk}").json()
    assert read["title_block"]["drawing_number"] == "K-100-01" and read["bom"]
    made = client.post("/api/v1/drawings/uses", {"drawing_number": "K-100-01", "revision": "A",
                                                 "used_by": "Ordre 55"}, content_type="application/json")
    assert made.status_code == 201
    assert client.get("/api/v1/drawings/warnings").json()[0]["used_by"] == "Ordre 55"
    refused = client.post("/api/v1/drawings/uses", {"drawing_number": " ", "used_by": " "},
                          content_type="application/json")
    assert refused.status_code == 400
    assert client.get("/api/v1/drawings/revisions/999999").status_code == 404


def test_the_cli_imports_lists_and_exports(org, tmp_path):
    (tmp_path / "a.dxf").write_bytes(_drawing(revision="A")[0])
    (tmp_path / "notes.txt").write_bytes(b"hello")
    runner = CliRunner()
    done = runner.invoke(cli, ["cad", "import", "--org", org.slug, str(tmp_path / "a.dxf")])
    assert done.exit_code == 0, done.output
    assert "K-100-01 rev A" in done.output
    assert "K-100-01\tA" in runner.invoke(cli, ["cad", "list", "--org", org.slug]).output
    bom = runner.invoke(cli, ["cad", "bom", "--org", org.slug, "K-100-01"])
    assert bom.output.startswith("item;part_number")
    refused = runner.invoke(cli, ["cad", "import", "--org", org.slug, str(tmp_path / "notes.txt")])
    assert refused.exit_code == 1


def test_revision_order():
    assert [r for r in sorted(["B", "A", "AA", "Z", "C1", "C2", "D"], key=revision_key)] == \
        ["A", "B", "C1", "C2", "D", "Z", "AA"]
    assert is_newer("02", "01") and is_newer("10", "9") and is_newer("A", "03") and not is_newer("A", "A")


def test_the_demo_is_idempotent(org):
    from fornuft.drawings.demo import load

    load(org)
    load(org)
    assert len(services.list_drawings(org)) == 1
    assert len(services.supersede_warnings(org)) == 1


def test_bom_part_numbers_are_matched_against_the_product_catalogue(org):
    from fornuft.intake import services as intake

    data, spec = _drawing(revision="A")
    part = spec["bom"][1]["part_number"]
    intake.save_product(org, product_id=part, name="Flattstål på lager")
    revision = services.import_drawing(org, data, filename="a.dxf")
    assert [m["name"] for m in services.bom_links(org, revision)[part]] == ["Flattstål på lager"]


def test_a_corrected_review_files_the_drawing_under_the_number_a_person_gave(org):
    from fornuft.governance import review
    from fornuft.governance.models import ReviewStatus, ReviewTask

    spec = {**sample_spec(33)}
    data = make_dxf({**spec, **{k: "" for k in ("drawing_number", "revision", "title")}}, "attributes")
    weak = services.import_drawing(org, data, filename="weak.dxf")
    assert weak.status == RevisionStatus.REVIEW and weak.drawing is None
    task = ReviewTask.objects.for_organization(org).get(decision__subject_id=str(weak.pk))
    reviewer = factories.user(org, Role.MANAGER)
    review.resolve_review(task, reviewer, correction={"drawing_number": "K-300-07", "revision": "C",
                                                      "title": "Festeklemme", "date": "2026-11-30"})
    weak.refresh_from_db()
    assert weak.status == RevisionStatus.READ and weak.revision == "C"
    assert weak.drawing.number == "K-300-07" and weak.drawing.title == "Festeklemme"
    assert weak.title_block["drawing_number"] == "K-300-07" and str(weak.drawing_date) == "2026-11-30"
    assert ReviewTask.objects.for_organization(org).get(pk=task.pk).status == ReviewStatus.CORRECTED
