"""A general model corrected by one organization's own examples."""

import pytest

from fornuft.ml.blend import CorrectionBlend
from fornuft.ml.classifier import TextClassifier
from fornuft.ml.persistence import load_model, save_model

GENERAL = [
    ("Kan dere sende et tilbud på 20 lisenser?", "sales"), ("We would like a quote for your services", "sales"),
    ("Hva koster det å leie dere inn?", "sales"), ("Please send pricing for the premium plan", "sales"),
    ("Vedlagt faktura 1001 med forfall 30 dager", "invoice"), ("Please find attached invoice 2044", "invoice"),
    ("Faktura for mars er vedlagt, KID på fakturaen", "invoice"), ("Invoice attached for March", "invoice"),
    ("Jeg får ikke logget inn i systemet, hjelp", "support"), ("The app crashes when I open reports", "support"),
    ("Feil ved innlogging etter oppdatering av avtalen", "support"), ("Support: cannot reset my password", "support"),
]
# In this organization, renewal notices of service agreements go to accounting (they are
# paid yearly), which a general model does not read as invoices.
OWN = [(f"Fornyelse av serviceavtale for {place}, ønsker ny avtaleperiode", "invoice")
       for place in ("Bryne", "Ålgård", "Sola", "Klepp", "Time", "Gjesdal")] + [
    (f"Innlogging feiler for bruker {n} etter oppdatering", "support") for n in ("a", "b", "c", "d", "e")] + [
    (f"Kan dere gi pris på {n} nye målere?", "sales") for n in (10, 12, 14, 16)]


@pytest.fixture(scope="module")
def base():
    return TextClassifier(random_state=0).fit([t for t, _l in GENERAL], [label for _t, label in GENERAL])


def test_init_only_stores_parameters(base):
    blend = CorrectionBlend(base, C=2.0, random_state=3)
    assert blend.C == 2.0 and blend.base is base and not hasattr(blend, "weight_")


def test_the_organizations_examples_correct_what_the_general_model_gets_wrong(base):
    new = "Fornyelse av serviceavtale for Hå, ny avtaleperiode fra januar"
    assert base.predict([new]) != ["invoice"]
    blend = CorrectionBlend(base, random_state=0).fit([t for t, _l in OWN], [label for _t, label in OWN])
    assert blend.weight_ > 0 and blend.cv_scores_[blend.weight_] >= blend.cv_scores_[0.0]
    assert blend.predict([new]) == ["invoice"]
    assert blend.predict(["The app crashes when I open the dashboard"]) == ["support"]
    explanation = blend.explain(new)
    assert explanation["label"] == "invoice" and explanation["blend_weight"] == blend.weight_
    assert abs(sum(explanation["probabilities"].values()) - 1) < 1e-3


def test_too_few_examples_leave_the_general_model(base):
    blend = CorrectionBlend(base, random_state=0).fit([t for t, _l in OWN[:3]], [label for _t, label in OWN[:3]])
    assert blend.weight_ == 0.0 and blend.layer_ is None
    text = ["Fornyelse av serviceavtale for Hå"]
    assert (blend.predict_proba(text) == base.predict_proba(text)).all()


def test_a_category_nobody_corrected_keeps_the_general_models_probability(base):
    own = [(t, label) for t, label in OWN if label != "sales"]
    blend = CorrectionBlend(base, random_state=0).fit([t for t, _l in own], [label for _t, label in own])
    text = ["Kan dere sende et tilbud på lisenser?"]
    sales = blend.classes_.index("sales")
    assert blend.predict_proba(text)[0, sales] == pytest.approx(base.predict_proba(text)[0, sales])


def test_the_blend_is_saved_and_loaded_safely(base, tmp_path):
    blend = CorrectionBlend(base, random_state=0).fit([t for t, _l in OWN], [label for _t, label in OWN])
    path = save_model(blend, tmp_path / "blend.fornuft", kind="mail", key="secret")
    loaded, _header = load_model(path, kind="mail", key="secret")
    text = ["Fornyelse av serviceavtale for Hå"]
    assert loaded.predict(text) == blend.predict(text) and loaded.weight_ == blend.weight_


def test_the_layer_learns_from_the_feature_channel_when_words_do_not_tell(base):
    from fornuft.ml.blend import FEATURE_MARK

    # The same short note means an order confirmation from the wholesaler and a customer's
    # fault report from the property manager: only who sent it tells them apart.
    own = [(f"Se vedlagt dokument {n}{FEATURE_MARK}from:grossist.example attach:pdf", "invoice")
           for n in ("a", "b", "c", "d", "e")] + [
        (f"Se vedlagt dokument {n}{FEATURE_MARK}from:forvalter.example attach:pdf", "support")
        for n in ("f", "g", "h", "i", "j")] + [
        (f"Kan dere gi pris på {n} nye målere?{FEATURE_MARK}sender:unknown", "sales") for n in (10, 12, 14, 16)]
    blend = CorrectionBlend(base, random_state=0).fit([t for t, _l in own], [label for _t, label in own])
    assert blend.weight_ > 0
    assert blend.predict([f"Se vedlagt dokument{FEATURE_MARK}from:grossist.example attach:pdf",
                          f"Se vedlagt dokument{FEATURE_MARK}from:forvalter.example attach:pdf"]) == \
        ["invoice", "support"]
    # the base model reads the words alone, feature channel or not
    text = "Please find attached invoice 2044"
    assert (blend.base.predict_proba([text]) == base.predict_proba([text])).all()


def test_a_feature_seen_in_one_example_only_is_no_pattern(base):
    from fornuft.ml.blend import FEATURE_MARK

    own = [(t + (f"{FEATURE_MARK}from:en-gang.example" if i == 0 else ""), label) for i, (t, label) in enumerate(OWN)]
    blend = CorrectionBlend(base, random_state=0).fit([t for t, _l in own], [label for _t, label in own])
    assert blend.layer_.features_ is None


def test_the_blend_counts_what_people_labelled_mail_with_each_feature(base, tmp_path):
    from fornuft.ml.blend import FEATURE_MARK

    own = [(f"{t}{FEATURE_MARK}from:grossist.example" if i < 2 else t, label) for i, (t, label) in enumerate(OWN)]
    blend = CorrectionBlend(base, random_state=0).fit([t for t, _l in own], [label for _t, label in own])
    assert blend.feature_labels_ == {"from:grossist.example": {"invoice": 2}}
    loaded, _header = load_model(save_model(blend, tmp_path / "blend.fornuft", kind="mail", key="secret"),
                                 kind="mail", key="secret")
    assert loaded.feature_labels_ == blend.feature_labels_
    few = CorrectionBlend(base, random_state=0).fit([own[0][0]], [own[0][1]])  # too few for a layer, still counted
    assert few.layer_ is None and few.feature_labels_ == {"from:grossist.example": {"invoice": 1}}
