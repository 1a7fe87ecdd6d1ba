"""The command-line contract: `fornuft mail classify|train|import`."""

import json
import mailbox

import pytest
from click.testing import CliRunner

from fornuft.cli import cli
from fornuft.governance.models import ModelVersion, TrainingExample
from fornuft.mail.models import Category, Message

from .conftest import make_eml

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "tilbud.eml").write_bytes(make_eml(
        subject="Forespørsel om tilbud", message_id="<t1@kunde.no>",
        body="Hei, kan dere gi oss et tilbud på rådgivning for nytt kontorbygg? Hva er timeprisen?"))
    (folder / "ceo.eml").write_bytes(make_eml(
        sender="Erik Haugland <erik.haugland@nordfje1l.no>", subject="Haster", message_id="<c1@x.no>",
        body="Bekreft kontoen din og logg inn på kontoen umiddelbart.", reply_to="erik@gmail.com"))
    sub = folder / "sub"
    sub.mkdir()
    (sub / "empty.eml").write_bytes(b"")
    return folder


def test_classify_json_contract_with_org_file(inbox, tmp_path):
    org_file = tmp_path / "organization.json"
    org_file.write_text(json.dumps({"name": "Nordfjell Rådgivning AS", "domain": "nordfjell.no", "employees": [
        {"name": "Erik Haugland", "email": "erik.haugland@nordfjell.no", "role": "CEO"}]}))
    known = tmp_path / "known.txt"
    known.write_text("# customers\nkunde.no\nbyggmakker.no 1503.12.34567  # supplier, account on file\n")
    (inbox / "konto.eml").write_bytes(make_eml(
        sender="Byggmakker <faktura@byggmakker.no>", subject="Faktura 9", message_id="<k9@byggmakker.no>",
        body="Vedlagt faktura 9. Vi har ny bank: betal til 1234.56.78903."))
    result = CliRunner().invoke(cli, ["mail", "classify", str(inbox), "--json", "--org-file", str(org_file),
                                      "--known-domains", str(known)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 4
    by_name = {line["source"].rsplit("/", 1)[-1]: line for line in lines}
    for line in lines:
        assert set(line) == {"source", "message_id", "category", "confidence", "language", "phishing"}
        assert set(line["phishing"]) == {"verdict", "score", "reasons"}
        assert 0.0 <= line["confidence"] <= 1.0 and 0.0 <= line["phishing"]["score"] <= 1.0
    assert by_name["tilbud.eml"]["category"] == "sales_inquiry" and by_name["tilbud.eml"]["language"] == "nb"
    assert by_name["tilbud.eml"]["message_id"] == "<t1@kunde.no>"
    assert by_name["ceo.eml"]["phishing"]["verdict"] == "phishing"
    assert any("Erik Haugland" in reason for reason in by_name["ceo.eml"]["phishing"]["reasons"])
    assert by_name["empty.eml"]["message_id"] == ""
    assert any("not the account on file" in r for r in by_name["konto.eml"]["phishing"]["reasons"])


def test_classify_uses_the_database_without_files(inbox, org):
    org.domain = "nordfjell.no"
    org.save()
    result = CliRunner().invoke(cli, ["mail", "classify", str(inbox / "ceo.eml"), "--json", "--org", org.slug])
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.splitlines()[0])
    assert line["phishing"]["verdict"] in ("suspicious", "phishing")  # lookalike of nordfjell.no


def test_classify_bad_arguments_give_one_clear_line(tmp_path):
    broken = tmp_path / "org.json"
    broken.write_text("{not json")
    eml = tmp_path / "a.eml"
    eml.write_bytes(make_eml())
    result = CliRunner().invoke(cli, ["mail", "classify", str(eml), "--org-file", str(broken)])
    assert result.exit_code == 1 and "not valid JSON" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["mail", "classify", str(tmp_path / "nothing")])
    assert result.exit_code == 1 and "does not exist" in result.output
    (tmp_path / "empty-folder").mkdir()
    result = CliRunner().invoke(cli, ["mail", "classify", str(tmp_path / "empty-folder")])
    assert result.exit_code == 1 and "no .eml files" in result.output


def test_train_with_labels_prints_precision_and_recall(inbox, tmp_path, org):
    labels = tmp_path / "labels.csv"
    labels.write_text("file,category\ntilbud.eml,sales_inquiry\nceo.eml,internal_fraud_test\n")
    result = CliRunner().invoke(cli, ["mail", "train", "--labels", str(labels), str(inbox), "--org", org.slug])
    assert result.exit_code == 0, result.output
    assert "precision" in result.stdout and "recall" in result.stdout and "invoice" in result.stdout
    assert ModelVersion.objects.for_organization(org).filter(system__key="mail.classifier").count() == 1
    assert Category.objects.for_organization(org).filter(key="internal_fraud_test").exists()
    assert TrainingExample.objects.for_organization(org).filter(source="import").count() == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("name,label\nx,y\n")
    result = CliRunner().invoke(cli, ["mail", "train", "--labels", str(bad), str(inbox), "--org", org.slug])
    assert result.exit_code == 1 and "file,category" in result.output


def test_import_eml_mbox_and_maildir(inbox, tmp_path, org):
    box = mailbox.mbox(str(tmp_path / "archive.mbox"))
    box.add(make_eml(subject="Fra mbox 1", message_id="<m1@x.no>"))
    box.add(make_eml(subject="Fra mbox 2", message_id="<m2@x.no>"))
    box.flush()
    box.close()
    maildir = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    maildir.add(make_eml(subject="Fra maildir", message_id="<md1@x.no>"))
    maildir.close()
    result = CliRunner().invoke(cli, ["mail", "import", str(inbox), str(tmp_path / "archive.mbox"),
                                      str(tmp_path / "Maildir"), str(tmp_path / "missing.eml"), "--org", org.slug])
    assert result.exit_code == 0, result.output
    assert "6 imported" in result.stdout and "1 unreadable" in result.stdout
    subjects = set(Message.objects.for_organization(org).values_list("subject", flat=True))
    assert {"Fra mbox 1", "Fra mbox 2", "Fra maildir", "Forespørsel om tilbud"} <= subjects
    again = CliRunner().invoke(cli, ["mail", "import", str(inbox), "--org", org.slug])
    assert "0 imported, 3 duplicates" in again.stdout


def test_classify_without_any_organization_uses_general_signals(inbox):
    from fornuft.core.models import Organization

    result = CliRunner().invoke(cli, ["mail", "classify", str(inbox / "tilbud.eml"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[-1])["category"] == "sales_inquiry"
    assert not Organization.objects.exists()  # classifying never creates an organization


def test_retrain_and_poll_commands(org):
    result = CliRunner().invoke(cli, ["mail", "retrain", "--org", org.slug])
    assert result.exit_code == 0, result.output
    assert "model version 1: activated" in result.stdout and "precision" in result.stdout
    assert CliRunner().invoke(cli, ["mail", "poll"]).exit_code == 0


def test_classify_gives_what_intake_stores_for_the_same_message(inbox, org):
    """`mail classify` runs the worker's intake steps (on an unsaved message): the same
    category, confidence, language and verdict as intake, and nothing is stored."""
    from fornuft.mail import intake

    org.domain = "nordfjell.no"
    org.save()
    result = CliRunner().invoke(cli, ["mail", "classify", str(inbox / "ceo.eml"), str(inbox / "tilbud.eml"),
                                      "--json", "--org", org.slug])
    assert result.exit_code == 0, result.output
    assert not Message.objects.all_organizations().exists()
    for line in map(json.loads, result.stdout.splitlines()):
        with open(line["source"], "rb") as handle:
            stored = intake.ingest(org, handle.read()).message
        assert (line["category"], line["confidence"], line["language"]) == (
            stored.category, stored.confidence, stored.language)
        assert line["phishing"] == {"verdict": stored.phishing_verdict, "score": stored.phishing_score,
                                    "reasons": stored.phishing_reasons}


def test_classify_sorts_reports_and_internal_mail_by_what_the_organization_told_it(tmp_path):
    """A read report, an internal notice from staff, an internal forward of a customer's
    request and a web form sent from our own address answering to a customer."""
    from email.message import EmailMessage

    folder = tmp_path / "mail"
    folder.mkdir()
    report = EmailMessage()
    report["From"], report["To"], report["Subject"] = "ola@kunde.no", "post@nordfjell.no", "Lest: Tilbud på rådgivning"
    report["Message-ID"] = "<r1@kunde.no>"
    report.set_content("Meldingen ble lest. Kan dere gi oss et tilbud på rådgivning?")
    report.add_attachment(b"Reporting-UA: x\nDisposition: manual-action/MDN-sent-manually; displayed\n",
                          maintype="message", subtype="disposition-notification")
    report.replace_header("Content-Type", 'multipart/report; report-type=disposition-notification; '
                          f'boundary="{report.get_boundary()}"')
    (folder / "report.eml").write_bytes(report.as_bytes())
    (folder / "internal.eml").write_bytes(make_eml(
        sender="Kari Lund <kari.lund@nordfjell.no>", subject="Kundemøte og tilbud neste uke", message_id="<i1@x>",
        body="Hei alle, husk at kontoret er stengt fredag. Tilbudet til kunden sendes mandag."))
    (folder / "forward.eml").write_bytes(make_eml(
        sender="Kari Lund <kari.lund@nordfjell.no>", subject="VS: Forespørsel om tilbud", message_id="<f1@x>",
        body="Kan du ta denne?\n\n---------- Videresendt melding ----------\nFra: Ola <ola@kunde.no>\n\n"
             "Hei, kan dere gi oss et tilbud på rådgivning for nytt kontorbygg? Hva er timeprisen?"))
    (folder / "webform.eml").write_bytes(make_eml(
        sender="Nettside <noreply@nordfjell.no>", subject="Forespørsel om tilbud", message_id="<w1@x>",
        reply_to="ola@kunde.no",
        body="Hei, kan dere gi oss et tilbud på rådgivning for nytt kontorbygg? Hva er timeprisen?"))
    org_file = tmp_path / "organization.json"
    org_file.write_text(json.dumps({"name": "Nordfjell Rådgivning AS", "domain": "nordfjell.no", "employees": [
        {"name": "Kari Lund", "email": "kari.lund@nordfjell.no", "role": "Rådgiver"}]}))
    result = CliRunner().invoke(cli, ["mail", "classify", str(folder), "--json", "--org-file", str(org_file)])
    assert result.exit_code == 0, result.output
    by_name = {line["source"].rsplit("/", 1)[-1]: line for line in map(json.loads, result.stdout.splitlines())
               if line}
    assert by_name["report.eml"]["category"] == "other"
    assert by_name["internal.eml"]["category"] == "other"
    assert by_name["forward.eml"]["category"] == "sales_inquiry"
    assert by_name["webform.eml"]["category"] == "sales_inquiry"


def test_classify_reads_bulk_mail_headers_and_attachment_names(tmp_path):
    """A campaign with List-Unsubscribe is a newsletter even when it reads like an offer;
    the same words mailed person to person are not; and a one-line "see attached" mail is
    sorted by what its attachment is called."""
    folder = tmp_path / "mail"
    folder.mkdir()
    words = dict(subject="Vårkampanje: 20 % på verktøy", sender="Salg <salg@verktoybutikken.no>",
                 body="Hei! Denne uken gir vi 20 % rabatt på alt håndverktøy. Se tilbudene i butikken.")
    (folder / "bulk.eml").write_bytes(make_eml(**words, message_id="<b1@x>", headers={
        "List-Unsubscribe": "<https://verktoybutikken.no/avmeld>", "List-Id": "<kampanjer.verktoybutikken.no>"}))
    (folder / "bill.eml").write_bytes(make_eml(
        sender="Regnskap <post@leverandor.no>", subject="Dokument", message_id="<o1@x>", body="Se vedlegg.",
        attachments=[("Faktura_2291_forfall_20.05.pdf", b"%PDF-1.4", "application/pdf")]))
    result = CliRunner().invoke(cli, ["mail", "classify", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    by_name = {line["source"].rsplit("/", 1)[-1]: line for line in map(json.loads, result.stdout.splitlines())
               if line}
    assert by_name["bulk.eml"]["category"] == "newsletter"
    assert by_name["bill.eml"]["category"] == "invoice"
