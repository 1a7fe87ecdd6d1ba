"""Wording a new company's customers use: the other language, strong complaints, a business
ending its agreement, an injury told in everyday words, and short follow-ups."""

from fornuft.assistant.engine import Assistant, KnowledgeBase, Turn
from fornuft.assistant.kb import Article
from fornuft.assistant.understanding import asks_for_human, sensitive_topic
from fornuft.ml.retrieval import general_lexicon
from fornuft.ml.sentiment import lexicon_sentiment
from tests.assistant.conftest import SEED_KB


def _bakery():
    articles = [
        Article("priser", "Priser på kaker", "Bløtkake for 12 personer koster 450 kroner. Levering koster 100 kroner.",
                "nb"),
        Article("apning", "Når vi har åpent", "Bakeriet holder åpent mandag til lørdag fra sju til fire.", "nb"),
        Article("allergy", "Allergies and gluten", "We bake gluten-free bread on Thursdays. Ask the staff about nuts.",
                "en"),
    ]
    return Assistant(KnowledgeBase(articles))


def test_the_general_lexicon_links_words_and_keeps_phrases_whole():
    groups = general_lexicon()
    assert any({"pris", "price"} <= set(g) for g in groups)
    assert any({"sykepenger", "sick pay"} <= set(g) for g in groups)


def test_a_one_word_follow_up_stays_with_the_article_just_shown():
    bot = _bakery()
    first = bot.reply("har dere glutenfritt brød?")
    assert first.sources == ["allergy"], first
    history = [Turn("customer", "har dere glutenfritt brød?", query=first.resolved_query, language="nb"),
               Turn("assistant", first.answer, sources=first.sources, language="nb")]
    follow = bot.reply("hvilke dager?", history)
    assert follow.sources == ["allergy"], follow


def test_a_question_in_english_finds_the_norwegian_article():
    reply = _bakery().reply("what is the price of a cake?")
    assert reply.sources == ["priser"], reply


def test_strong_complaints_are_frustration_but_mild_doubt_is_not():
    assert lexicon_sentiment("helt ubrukelig nettside, elendig service").frustration >= 0.6
    assert lexicon_sentiment("I am absolutely furious about this").frustration >= 0.6
    assert lexicon_sentiment("synes prisen virker litt høy").frustration < 0.6


def test_a_business_ending_its_agreement_is_sensitive_but_a_consumer_asking_how_is_not():
    assert sensitive_topic("Vi har bestemt oss for å si opp avtalen med dere") == "contract_termination"
    assert sensitive_topic("We want to terminate the agreement by the end of the year") == "contract_termination"
    assert sensitive_topic("hvordan sier jeg opp abonnementet mitt?") is None
    assert sensitive_topic("vi vil gjerne flytte regnskapet vårt til dere") is None


def test_injuries_told_in_everyday_words_and_a_plea_for_a_real_person():
    assert sensitive_topic("datteren min skled på gulvet og slo hodet") == "injury"
    assert sensitive_topic("he slipped on the stairs and hurt his back") == "injury"
    assert asks_for_human("can a real person look at this?")


def test_a_weak_follow_up_is_read_with_the_question_before():
    bot = _bakery()
    first = bot.reply("hvor mye koster en bløtkake?")
    assert first.sources == ["priser"]
    history = [Turn("customer", "hvor mye koster en bløtkake?", query=first.resolved_query, language="nb"),
               Turn("assistant", first.answer, sources=[], language="nb")]
    follow = bot.reply("og for 20 personer da?", history)
    assert follow.sources == ["priser"], follow


def test_each_base_calibrates_its_own_confidence_once_and_keeps_it(tmp_path, monkeypatch, settings):
    from fornuft.assistant import calibration

    monkeypatch.setenv("FORNUFT_HOME", str(tmp_path))
    kb = KnowledgeBase.from_folder(SEED_KB)
    fitted = kb.calibration
    assert fitted.model is not None
    stored = list((tmp_path / "assistant" / "calibration").glob("*.model"))
    assert len(stored) == 1
    again = KnowledgeBase.from_folder(SEED_KB)
    monkeypatch.setattr(calibration.Calibration, "fit", classmethod(lambda cls, kb: (_ for _ in ()).throw(
        AssertionError("refitted although the base did not change"))))
    assert again.calibration.model is not None
    bot = Assistant(again)
    answered = bot.reply("Hva koster en tilstandsrapport?")
    off_topic = bot.reply("Hvem vant fotball-VM i 1998?")
    assert 0.0 <= off_topic.confidence < answered.confidence <= 1.0
    assert not answered.escalate and off_topic.escalation_reason == "no_answer"


def test_a_calibration_file_signed_with_another_key_is_fitted_again(tmp_path, monkeypatch):
    """A model file someone swapped in (valid, but not signed with this installation's key) is
    never loaded: the base is calibrated afresh."""
    from fornuft.assistant import calibration
    from fornuft.ml.persistence import save_model

    monkeypatch.setenv("FORNUFT_HOME", str(tmp_path))
    fitted = KnowledgeBase.from_folder(SEED_KB).calibration
    [stored] = (tmp_path / "assistant" / "calibration").glob("*.model")
    stored.chmod(0o600)
    save_model(fitted.model, stored, kind="assistant-calibration", key=b"another installation's key")
    fits = []
    real_fit = calibration.Calibration.fit.__func__
    monkeypatch.setattr(calibration.Calibration, "fit",
                        classmethod(lambda cls, kb: fits.append(1) or real_fit(cls, kb)))
    assert KnowledgeBase.from_folder(SEED_KB).calibration.model is not None
    assert fits == [1]


def test_disputed_payments_and_a_business_ending_now_are_sensitive():
    assert sensitive_topic("Jeg har klaget trekket inn til banken, det var feil") == "payment_dispute"
    assert sensitive_topic("We dispute the charge on our card") == "payment_dispute"
    assert sensitive_topic("kan dere sende kunden vår til inkasso?") is None  # a service question
    assert sensitive_topic("da sier vi opp fra neste måned") == "contract_termination"
    assert sensitive_topic("hvordan sier jeg opp abonnementet?") is None


def test_a_past_injury_told_to_ask_about_sick_pay_is_a_question_and_staff_are_people():
    assert sensitive_topic("jeg brakk armen i fjor, hvor lenge får jeg sykepenger?") is None
    assert sensitive_topic("han brakk armen i trappa hos dere nå") == "injury"
    assert asks_for_human("kan jeg få snakke med en av rådgiverne?")
    assert sensitive_topic("Jeg vil vite hva dere har lagret om meg") == "data_protection"


def test_a_compound_question_finds_the_article_whose_title_names_its_parts():
    """"kurspris" (course + price): the article titled with prices comes first, though the course
    article uses both words and "course" far more often."""
    articles = [
        Article("kurs", "Kurs for nybegynnere", "Kurs i keramikk. Kurset går over seks kvelder, og kurset passer for "
                "nybegynnere. Prisen for materialer kommer i tillegg. Påmelding til kurs skjer i resepsjonen.", "nb"),
        Article("priser", "Priser", "Et kurs koster 1 900 kroner. Leie av dreieskive koster 150 kroner timen.", "nb"),
        Article("apning", "Åpningstider", "Verkstedet er åpent tirsdag til torsdag.", "nb"),
    ]
    reply = Assistant(KnowledgeBase(articles)).reply("kurspris?")
    assert reply.sources[:1] == ["priser"], reply


def test_a_letter_from_a_debt_collector_and_a_call_back_request_go_to_a_person():
    assert sensitive_topic("jeg har fått et varsel fra et inkassoselskap om en regning") == "payment_dispute"
    assert sensitive_topic("kan dere sende kunden vår til inkasso?") is None   # still a service question
    assert asks_for_human("vil gjerne at rådgiveren min ringer meg i morgen")
    assert not asks_for_human("hvor ringer jeg for å bestille time?")
