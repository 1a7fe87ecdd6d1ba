"""The sorter's plain parts: what the model reads, and structure weighed with its words."""

from fornuft.mail import sorting
from fornuft.mail.parsing import parse_message

from .conftest import make_eml


def test_the_model_reads_attachment_names_as_words():
    text = sorting.message_text("Ordre", "Se vedlegg.", ["Innkjopsordre_4471-bestilling.pdf"])
    assert "Innkjopsordre 4471 bestilling" in text and ".pdf" not in text
    assert sorting.message_text("Ordre", "Se vedlegg.") == "Ordre\nSe vedlegg."


def test_bulk_headers_raise_newsletter_and_personal_mail_lowers_it():
    probabilities = {"newsletter": 0.3, "sales_inquiry": 0.45, "other": 0.25}
    bulk = parse_message(make_eml(headers={"List-Unsubscribe": "<https://x.example/u>"}))
    personal = parse_message(make_eml())
    assert sorting.reweigh(probabilities, sorting.structure_likelihoods(bulk))[0] == "newsletter"
    category, confidence, weighted = sorting.reweigh(probabilities, sorting.structure_likelihoods(personal))
    assert category == "sales_inquiry" and abs(sum(weighted.values()) - 1) < 1e-9 and confidence > 0.45


def test_reweigh_keeps_to_the_categories_the_organization_uses():
    probabilities = {"newsletter": 0.6, "other": 0.4}
    assert sorting.reweigh(probabilities, {"newsletter": 6.0}, allowed={"other"})[0] == "other"
    assert sorting.reweigh(probabilities, {}, allowed={"invoice"}) is None


def test_the_role_of_the_addressed_mailbox_weighs_in():
    from fornuft.mail.phishing import Employee, OrgContext

    context = OrgContext(domain="nordfjell.no", employees=[
        Employee("Fakturamottak", "faktura@nordfjell.no", "Felles postkasse for inngående faktura"),
        Employee("Kari Nilsen", "kari@nordfjell.no", "HR-ansvarlig"),
        Employee("Ola Dal", "ola@nordfjell.no", "Prosjektleder"),
        Employee("Sentralbord", "post@nordfjell.no", "Felles postkasse")])

    def ratios(to):
        return sorting.recipient_likelihoods(parse_message(make_eml(to=to)), context)

    assert ratios("faktura@nordfjell.no") == {"invoice": sorting.ROLE_LIKELIHOOD}
    assert ratios("kari@nordfjell.no") == {"job_application": sorting.ROLE_LIKELIHOOD}
    assert ratios("ola@nordfjell.no") == {"project_assignment": sorting.PROJECT_ROLE_LIKELIHOOD}
    assert ratios("post@nordfjell.no") == {} and ratios("noen@annet.no") == {}
    probabilities = {"invoice": 0.35, "supplier": 0.45, "other": 0.2}
    bill = parse_message(make_eml(to="faktura@nordfjell.no"))
    assert sorting.reweigh(probabilities, sorting.structure_likelihoods(bill, context))[0] == "invoice"


def test_known_correspondents_make_supplier_mail_likelier_and_strangers_less():
    from fornuft.mail.phishing import OrgContext

    context = OrgContext(domain="nordfjell.no", known_domains={"elektrogrossisten.no"})
    known = parse_message(make_eml(sender="Ordre <ordre@elektrogrossisten.no>"))
    stranger = parse_message(make_eml(sender="Sales <sales@ukjent-fabrikk.example>"))
    assert sorting.sender_likelihoods(known, context)["supplier"] > 1 > \
        sorting.sender_likelihoods(stranger, context)["supplier"]
    assert sorting.sender_likelihoods(stranger, OrgContext(domain="nordfjell.no")) == {}  # nothing named
    probabilities = {"supplier": 0.5, "other": 0.4, "sales_inquiry": 0.1}
    assert sorting.reweigh(probabilities, sorting.structure_likelihoods(stranger, context))[0] == "other"


def test_order_numbers_are_not_words_the_sorter_learns():
    from fornuft.ml.classifier import TextClassifier

    texts = ["Ordre 4471 bekreftet", "Ordre 4471 levert", "Faktura 4471 forfall", "Faktura 4471 betal"]
    model = TextClassifier(numbers=False, char_ngram_range=None, calibrate=False, random_state=0).fit(
        texts, ["supplier", "supplier", "invoice", "invoice"])
    assert not any(name[2:].isdigit() for name in model._feature_names())
    assert sorting.new_classifier().numbers is False


def test_what_the_words_do_not_show_becomes_feature_tokens():
    from fornuft.mail.phishing import OrgContext

    context = OrgContext(domain="nordfjell.no")
    tokens = sorting.message_features(sender="ordre@post.elektrogrossisten.no", recipients=["faktura@nordfjell.no"],
                                      attachment_names=["Ordre_4471.PDF"], subject="SV: levering", context=context)
    assert tokens == ["from:elektrogrossisten.no", "to:faktura", "attach:pdf", "reply"]
    # a private address or a colleague says nothing about a firm; bulk senders are marked
    assert sorting.message_features(sender="kari@gmail.com", recipients=["ola@annet.no"], bulk=True,
                                    subject="Fwd: tilbud", context=context) == ["attach:none", "bulk", "forward"]
    assert sorting.message_features(sender="ola@nordfjell.no", recipients=[], context=context) == ["attach:none"]
    text = sorting.with_features("Ordre", tokens)
    assert sorting.model_inputs(object(), [text]) == ["Ordre"]  # a model without a layer reads the words
