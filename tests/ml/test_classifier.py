import pytest

from fornuft.ml.classifier import TextClassifier

TEXTS = [
    "Kan dere sende et tilbud på 20 lisenser?", "We would like a quote for your services",
    "Hva koster det å leie dere inn?", "Please send pricing for the premium plan",
    "Hvilken pris kan dere gi på tjenesten?", "Request for quote: consulting hours",
    "Vedlagt faktura 1001 med forfall 30 dager", "Please find attached invoice 2044, due in 14 days",
    "Faktura for mars er vedlagt, KID står på fakturaen", "Invoice attached for March services",
    "Her kommer faktura nr 77 for utført arbeid", "Our invoice for the work is attached, payment due",
    "Jeg får ikke logget inn i systemet, hjelp", "The app crashes when I open reports, please help",
    "Feil ved innlogging etter oppdatering", "Support: cannot reset my password",
    "Noe er galt med eksporten, den feiler", "Error message when exporting data",
]
LABELS = ["sales", "sales", "sales", "sales", "sales", "sales",
          "invoice", "invoice", "invoice", "invoice", "invoice", "invoice",
          "support", "support", "support", "support", "support", "support"]


@pytest.fixture(scope="module")
def fitted():
    return TextClassifier(random_state=0).fit(TEXTS, LABELS)


def test_init_only_stores_parameters():
    clf = TextClassifier(C=3.0, random_state=7)
    assert clf.get_params()["C"] == 3.0 and not hasattr(clf, "classes_")
    with pytest.raises(RuntimeError):
        clf.predict(["x"])


def test_fit_returns_self_and_learns(fitted):
    assert fitted.classes_ == ["invoice", "sales", "support"]
    assert fitted.predict(["Kan vi få et pristilbud?", "Attached is our invoice no. 5",
                           "I cannot log in to the system"]) == ["sales", "invoice", "support"]
    proba = fitted.predict_proba(["faktura vedlagt"])
    assert proba.shape == (1, 3) and abs(proba.sum() - 1.0) < 1e-6
    assert fitted.temperature_ > 0


def test_explain_names_features_present_in_text(fitted):
    explanation = fitted.explain("Vedlagt faktura med KID", top_n=3)
    assert explanation["label"] == "invoice"
    assert 0 < explanation["confidence"] <= 1
    features = [f["feature"] for f in explanation["top_features"]]
    assert features and any("faktura" in f or "vedlagt" in f for f in features)
    assert all(f["weight"] > 0 for f in explanation["top_features"])


def test_is_reproducible_with_random_state():
    a = TextClassifier(random_state=3).fit(TEXTS, LABELS).predict_proba(["tilbud på faktura"])
    b = TextClassifier(random_state=3).fit(TEXTS, LABELS).predict_proba(["tilbud på faktura"])
    assert (a == b).all()


def test_binary_problem_and_bad_input():
    clf = TextClassifier(random_state=0, char_ngram_range=None).fit(TEXTS[:12], LABELS[:12])
    assert clf.predict(["Faktura vedlagt"]) == ["invoice"]
    assert set(clf.explain("faktura")["probabilities"]) == {"invoice", "sales"}
    with pytest.raises(ValueError):
        TextClassifier().fit(["a", "b"], ["x"])
    with pytest.raises(ValueError):
        TextClassifier().fit(["a", "b"], ["x", "x"])
