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


def _layer_fitted_on(corrections):
    """A correction layer over a small general model, fitted on [(text, features, label)]."""
    from fornuft.ml.blend import CorrectionBlend
    from fornuft.ml.classifier import TextClassifier

    general = [("Ordrebekreftelse på varene dere bestilte", "supplier"),
               ("Leveranse av kabel er forsinket", "supplier"),
               ("Kan dere gi tilbud på nytt anlegg?", "sales_inquiry"),
               ("Vi ønsker pris på elbillader", "sales_inquiry"),
               ("Feil på anlegget dere leverte, hjelp", "customer_support"),
               ("Lampen dere monterte virker ikke", "customer_support"),
               ("Vi tildeler dere oppdraget", "project_assignment"),
               ("Bestilling av arbeid etter avtalen", "project_assignment")]
    base = TextClassifier(char_ngram_range=None, calibrate=False, random_state=0).fit(
        [t for t, _l in general], [label for _t, label in general])
    return CorrectionBlend(base, random_state=0).fit(
        [sorting.with_features(text, features) for text, features, _l in corrections],
        [label for _t, _f, label in corrections])


def test_corrections_tell_which_known_correspondents_are_customers():
    from fornuft.mail.phishing import OrgContext

    # The list of known correspondents mixes customers and suppliers; people sorted two fault
    # reports from the property manager as support and an order confirmation from the
    # wholesaler as supplier mail.
    context = OrgContext(domain="nordfjell.no", known_domains={"eiendom.example", "grossist.example", "bank.example"})
    layer = _layer_fitted_on(
        [("Feil på porttelefonen i blokk B", ["from:eiendom.example"], "customer_support"),
         ("Lyset i trappeoppgangen virker ikke", ["from:eiendom.example"], "customer_support"),
         ("Ordrebekreftelse på kabel og rør", ["from:grossist.example"], "supplier"),
         ("Vi ønsker tilbud på ladeanlegg", ["from:borettslag.example"], "sales_inquiry")])
    customer = parse_message(make_eml(sender="Drift <drift@eiendom.example>"))
    supplier = parse_message(make_eml(sender="Ordre <ordre@grossist.example>"))
    unrelated = parse_message(make_eml(sender="Kundeservice <post@bank.example>"))
    learned = layer.feature_labels_
    assert sorting.sender_likelihoods(customer, context, learned) == {}
    assert sorting.sender_likelihoods(supplier, context, learned) == sorting.KNOWN_SENDER_LIKELIHOOD
    # a correspondent nobody corrected keeps the general ratio
    assert sorting.sender_likelihoods(unrelated, context, learned) == sorting.sender_likelihoods(unrelated, context)
    # so the customer's new purchase order is no longer pushed toward supplier mail
    probabilities = {"supplier": 0.4, "project_assignment": 0.5, "other": 0.1}
    assert sorting.reweigh(probabilities, sorting.structure_likelihoods(customer, context))[0] == "supplier"
    assert sorting.reweigh(probabilities, sorting.structure_likelihoods(customer, context, learned))[0] == \
        "project_assignment"


def test_a_firm_nobody_listed_that_people_sorted_as_a_supplier_is_one():
    from fornuft.mail.phishing import OrgContext

    context = OrgContext(domain="nordfjell.no", known_domains={"grossist.example"})
    layer = _layer_fitted_on([("Restordre: varene kommer i uke 12", ["from:ny-leverandor.example"], "supplier"),
                              ("Vi ønsker tilbud på ladeanlegg", ["from:borettslag.example"], "sales_inquiry")])
    newcomer = parse_message(make_eml(sender="Ordre <ordre@ny-leverandor.example>"))
    stranger = parse_message(make_eml(sender="Salg <salg@ukjent.example>"))
    assert sorting.sender_likelihoods(newcomer, context)["supplier"] < 1
    assert sorting.sender_likelihoods(newcomer, context, layer.feature_labels_)["supplier"] > 1
    assert sorting.sender_likelihoods(stranger, context, layer.feature_labels_)["supplier"] < 1
