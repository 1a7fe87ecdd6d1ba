"""The scam-text model and the content/structure signals of the phishing shield: each
with a message that triggers it and one that does not."""

import pytest

from fornuft.mail import scam
from fornuft.mail.parsing import parse_message
from fornuft.mail.phishing import PHISHING_AT, SUSPICIOUS_AT, WORDING_CAP, OrgContext, Signal, assess

from .conftest import make_eml

AUTH_PASS = "mx.nordfjell.no; spf=pass smtp.mailfrom=x.example; dkim=pass header.d=x.example; dmarc=pass"


def verdict(raw):
    return assess(parse_message(raw), OrgContext())


def codes(raw):
    return set(verdict(raw).codes)


# -- the scam-text model ------------------------------------------------------------------
def test_seed_data_is_varied_and_bilingual():
    examples = scam.seed_examples()
    scams = [t for t, label in examples if label == "scam"]
    hams = [t for t, label in examples if label == "ham"]
    assert len(scams) >= 300 and len(hams) >= 600
    assert any("kontoen" in t.lower() for t in scams) and any("account" in t.lower() for t in scams)


def test_model_agrees_with_the_trained_classifier():
    """The exported plain-data model gives the same probabilities as the scikit-learn model."""
    examples = scam.seed_examples()[::3]
    classifier = scam.new_classifier().fit([scam.view(t) for t, _ in examples], [label for _, label in examples])
    model = scam.export(classifier)
    probe = ["Subject: Du har vunnet!\nGratulerer, du er valgt ut. Betal frakt for å motta premien.",
             "Subject: Møte tirsdag\nHei, kan vi flytte møtet til kl. 14? Mvh Kari",
             "Verify your account within 24 hours or it will be closed. — ﬁnal notice"]
    expected = classifier.predict_proba([scam.view(t) for t in probe])[:, classifier.classes_.index("scam")]
    for text, p in zip(probe, expected, strict=True):
        assert model.score(text).probability == pytest.approx(float(p), abs=1e-3)


def test_model_is_saved_signed_and_reloaded(tmp_path, monkeypatch):
    from fornuft.ml.persistence import read_header

    monkeypatch.setattr(scam, "model_dir", lambda: tmp_path)
    monkeypatch.setattr(scam, "_memory", {})
    model = scam.scam_model()
    files = list(tmp_path.glob("scam-*.fornuft"))
    assert len(files) == 1
    header, _payload = read_header(files[0].read_bytes())
    assert header["kind"] == scam.MODEL_KIND and header["signature"]
    monkeypatch.setattr(scam, "_memory", {})
    monkeypatch.setattr(scam, "train", lambda *a, **k: pytest.fail("should load from the file, not retrain"))
    again = scam.scam_model()
    text = "Subject: Your parcel\nPay the delivery fee of $1.99 within 48 hours or it is returned."
    assert again.score(text).probability == pytest.approx(model.score(text).probability, abs=1e-4)


def test_damaged_or_unsigned_file_is_retrained(tmp_path, monkeypatch):
    from fornuft.ml.persistence import save_model

    monkeypatch.setattr(scam, "model_dir", lambda: tmp_path)
    monkeypatch.setattr(scam, "_memory", {})
    path = tmp_path / scam.seed_file_name()
    path.write_text("{not a model", encoding="utf-8")
    assert scam.scam_model().score("Claim your prize now, you have won the lottery").probability > 0.5
    trained = []
    monkeypatch.setattr(scam, "_memory", {})
    save_model(scam.ScamModel({"prize": (1.0, -9.0)}, 0.0, 1.0), path, kind=scam.MODEL_KIND)  # not signed
    monkeypatch.setattr(scam, "train", lambda *a, **k: trained.append(1) or scam.ScamModel({}, 0.0, 1.0))
    scam.scam_model()
    assert trained == [1]  # the unsigned file was refused, not used


@pytest.mark.parametrize("subject,body", [
    ("Gratulerer, du har vunnet", "Du er trukket ut som vinner av et gavekort på 5 000 kr. Betal kun frakt for å "
                                  "motta premien. Tilbudet gjelder i 24 timer."),
    ("Investment opportunity", "Our trading platform gives guaranteed returns of 30% a month. Start with only "
                               "$250, withdraw anytime. Limited spots, register today."),
    ("Dear beneficiary", "A payment of USD 4.5 million has been approved in your favour. Send your full name, "
                         "address and phone number so the bank can release the funds."),
])
def test_scam_text_flags_scam_wording(subject, body):
    result = verdict(make_eml(subject=subject, body=body, auth=AUTH_PASS, sender="Info <info@x.example>"))
    assert "scam_text" in result.codes
    reason = next(s.reason for s in result.signals if s.code == "scam_text")
    assert reason.startswith("It reads like a scam") and "words such as" in reason
    assert result.verdict in ("suspicious", "phishing")


@pytest.mark.parametrize("subject,body", [
    ("Faktura 10455", "Hei, vedlagt faktura 10455 for konsulenttimer i mars. Forfall 30.04. KID 104550017."),
    ("Re: meeting notes", "Thanks, I added the action points from Tuesday. Tom will look into the build failure."),
    ("Tilbud på vask", "Hei, kan dere sende et tilbud på vask av kontorlokalene våre på 400 kvm?"),
])
def test_scam_text_leaves_business_mail_alone(subject, body):
    assert "scam_text" not in codes(make_eml(subject=subject, body=body))


# -- payment and structure ----------------------------------------------------------------
def test_untraceable_payment():
    btc = make_eml(body="Send 0.05 BTC to my bitcoin wallet bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh now.")
    assert "untraceable_payment" in codes(btc)
    gift = make_eml(body="Kjøp fire gavekort og send meg kodene, så ordner jeg resten.")
    assert "untraceable_payment" in codes(gift)
    assert "untraceable_payment" not in codes(make_eml(body="Vi har sendt deg et gavekort som takk for kurset."))
    assert "untraceable_payment" not in codes(make_eml(body="Betal til konto 1503.12.34567 innen 30 dager."))


def test_pressure_to_pay():
    assert "pressure_to_pay" in codes(make_eml(body="Pay the delivery fee today or the parcel will be returned."))
    assert "pressure_to_pay" in codes(make_eml(body="Betal gebyr på 29 kr innen 24 timer."))
    assert "pressure_to_pay" not in codes(make_eml(body="Vi har betalt fakturaen i dag. Takk for samarbeidet."))
    # whole words only: "police" is not in "policies"
    assert "pressure_to_pay" not in codes(make_eml(body="The handling fee is described in our policies."))


def test_blind_mass_mail():
    assert "blind_mass_mail" in codes(make_eml(to="undisclosed-recipients:;"))
    assert "blind_mass_mail" in codes(make_eml(sender="Kari <kari@kunde.no>", to="kari@kunde.no"))
    assert "blind_mass_mail" not in codes(make_eml(to="post@nordfjell.no"))
    listed = make_eml(to="undisclosed-recipients:;", headers={"List-Id": "<users.lists.example>"})
    assert "blind_mass_mail" not in codes(listed)


def test_image_only():
    html = '<a href="https://x.example/o"><img src="https://x.example/offer.jpg"></a>'
    assert "image_only" in codes(make_eml(body="Se tilbudet", html=html))
    text = "Her er referatet fra møtet. " * 10
    assert "image_only" not in codes(make_eml(body=text, html=f"<p>{text}</p><img src='cid:logo'>"))


def test_unsubscribe_offered_only_in_the_text():
    body = "Great offers this week.\n\nTo unsubscribe, click here."
    assert "unsubscribe_not_in_headers" in codes(make_eml(body=body))
    proper = make_eml(body=body, headers={"List-Unsubscribe": "<https://x.example/u>"})
    assert "unsubscribe_not_in_headers" not in codes(proper)
    assert "unsubscribe_not_in_headers" not in codes(make_eml(body="Hei, se vedlegg."))


# -- the verdict --------------------------------------------------------------------------
def test_wording_alone_is_suspicious_not_phishing():
    body = ("Congratulations! You have won a cash prize and a bonus. Claim your reward now: verify your account "
            "and confirm your password within 24 hours. Pay the release fee today or the prize is cancelled.")
    result = verdict(make_eml(subject="You have won", body=body, auth=AUTH_PASS, sender="Info <info@x.example>",
                              headers={"List-Unsubscribe": "<https://x.example/u>"}))
    wording = [s for s in result.signals if s.code in ("scam_text", "prize_language", "credential_language")]
    assert len(wording) >= 2
    assert SUSPICIOUS_AT <= result.score <= WORDING_CAP + 1e-9
    assert result.verdict == "suspicious"
    # the same wording plus evidence about the sender is phishing
    forged = make_eml(subject="You have won", body=body, sender="Info <info@x.example>",
                      auth="mx; spf=fail smtp.mailfrom=x.example; dkim=fail; dmarc=fail")
    assert verdict(forged).verdict == "phishing"


def test_thresholds_stay_ordered():
    assert 0 < SUSPICIOUS_AT < WORDING_CAP < PHISHING_AT < 1
    assert Signal("x", 0.1, "y").weight == 0.1


def test_ordinary_mail_stays_clean():
    raw = make_eml(subject="Møte neste uke", body="Hei Kari, passer det med møte tirsdag kl. 10? Mvh Ola",
                   sender="Ola Hansen <ola@kunde.no>", auth=AUTH_PASS.replace("x.example", "kunde.no"))
    result = verdict(raw)
    assert result.verdict == "clean", result.reasons


def test_missing_message_id_or_date():
    from email.message import EmailMessage

    bare = EmailMessage()
    bare["From"] = "Info <info@x.example>"
    bare["To"] = "post@nordfjell.no"
    bare["Subject"] = "Tilbud"
    bare.set_content("Hei, se vårt tilbud.")
    assert "missing_headers" in codes(bare.as_bytes())
    assert "missing_headers" not in codes(make_eml())


@pytest.mark.parametrize("domain,random", [("xk29dj3q4.com", True), ("qwzrtplkx.net", True),
                                           ("nordfjell.no", False), ("byggmakker.no", False),
                                           ("ibm2.com", False), ("kontor-rekvisita.no", False)])
def test_random_sender_domain(domain, random):
    assert ("random_domain" in codes(make_eml(sender=f"Info <info@{domain}>"))) is random
