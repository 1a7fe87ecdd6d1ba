"""Golden tests for answering and escalation on the shipped demo knowledge base."""

import pytest

from fornuft.assistant.engine import Turn

ANSWERS = [
    ("Hva koster energimerking?", "priser"),
    ("hva koster det aa faa en energiattest", "priser"),   # no æøå
    ("tilstandsraport leilighet pris", "priser"),                # typo
    ("feilkode NF-310", "kundeportal"),                          # table row
    ("kan jeg betale med vipps", "faq-vipps"),                   # FAQ CSV
    ("when are you open", "en-contact-and-hours"),
    ("How do I book a site visit?", "en-booking"),
    ("Hvordan bestiller jeg en befaring?", "bestille-befaring"),
]


@pytest.mark.parametrize(("message", "article"), ANSWERS)
def test_answers_come_from_the_right_article(bot, message, article):
    reply = bot.reply(message)
    assert not reply.escalate, reply
    assert reply.sources[0] == article
    passage_texts = [p.text for p in bot.kb.passages if p.article_id == article]
    if reply.options:  # close candidates: the customer is asked to choose, the best first
        assert reply.options[0] == article and bot.kb.articles[article].title in reply.answer
        return
    assert any(text in reply.answer for text in passage_texts), "the answer must quote the knowledge base"


ESCALATIONS = [
    ("Jeg vil snakke med et menneske", "asked_for_human"),
    ("Can I talk to a real person please", "asked_for_human"),
    ("Dette er tredje gang jeg spør, og dere svarer aldri!! Helt uakseptabelt", "negative_sentiment"),
    ("This is ridiculous, still no report and nobody answers", "negative_sentiment"),
    ("Jeg kommer til å kontakte advokat", "legal"),
    ("Det har vært brann i leiligheten etter arbeidet deres", "sensitive_topic"),
    ("Takstmannen falt ned fra stigen og ble skadet", "sensitive_topic"),
    ("Slett alle mine personopplysninger", "sensitive_topic"),
    ("Konsulenten dere sendte var svært uhøflig", "sensitive_topic"),
    ("Hvem vant fotball-VM i 1998?", "no_answer"),
    ("Do you sell second-hand cars?", "no_answer"),
]


@pytest.mark.parametrize(("message", "reason"), ESCALATIONS)
def test_escalation_reasons(bot, message, reason):
    reply = bot.reply(message)
    assert reply.escalate
    assert reply.sources == []
    expected = "sensitive_topic" if reason == "legal" else reason
    assert reply.escalation_reason == expected


def test_fire_engineering_question_is_not_a_fire_incident(bot):
    reply = bot.reply("Trenger vi brannkonsept når vi bygger om kjelleren?")
    assert not reply.escalate
    assert reply.sources == ["brannprosjektering"]


def test_language_detection(bot):
    assert bot.reply("What does a moisture survey cost?").language == "en"
    assert bot.reply("Hva koster fuktmåling?").language == "nb"


def _turns(bot, messages):
    history = []
    reply = None
    for message in messages:
        reply = bot.reply(message, history)
        history += [Turn("customer", message, query=reply.resolved_query, language=reply.language,
                         frustration=reply.frustration),
                    Turn("assistant", reply.answer, sources=reply.sources, options=reply.options,
                         language=reply.language)]
    return reply


def test_follow_up_price_resolves_against_previous_topic(bot):
    reply = _turns(bot, ["Hva er en tilstandsrapport?", "og hva koster det?"])
    assert not reply.escalate
    assert "14 500" in reply.answer or "9 900" in reply.answer


def test_follow_up_english(bot):
    reply = _turns(bot, ["Tell me about energy performance certificates", "and what does it cost?"])
    assert not reply.escalate
    assert "4,900" in reply.answer


def test_ordinal_picks_the_offered_option(bot):
    history = [Turn("customer", "betaling", query="betaling", language="nb"),
               Turn("assistant", "Hvilken?", options=["faq-vipps", "faktura-og-betaling"], language="nb")]
    reply = bot.reply("den andre", history)
    assert reply.sources == ["faktura-og-betaling"]
    reply = bot.reply("the first one", history)
    assert reply.sources == ["faq-vipps"]


def test_frustration_builds_up_over_turns(bot):
    first = bot.reply("Rapporten er forsinket, det er irriterende")
    assert first.sentiment == "negative"
    history = [Turn("customer", "x", frustration=max(first.frustration, 0.4), language="nb")]
    second = bot.reply("Fortsatt ingen rapport, dette er dårlig", history)
    assert second.frustration > lexicon_only(second)


def lexicon_only(reply):
    from fornuft.ml.sentiment import lexicon_sentiment

    return lexicon_sentiment("Fortsatt ingen rapport, dette er dårlig").frustration


@pytest.mark.parametrize("message", ["", "   ", "\n\t", "<br>", "!!!"])
def test_empty_messages_get_a_polite_prompt(bot, message):
    reply = bot.reply(message)
    assert reply.notice == "empty"
    assert not reply.escalate
    assert "spørsmål" in reply.answer


def test_huge_message_is_refused_politely(bot):
    reply = bot.reply("Hva koster energimerking? " * 4000)   # ~100 KB
    assert reply.notice == "too_long"
    assert not reply.escalate
    assert "for lang" in reply.answer


def test_html_is_not_part_of_the_question(bot):
    reply = bot.reply("<script>alert(1)</script> Hva koster energimerking?")
    assert reply.sources == ["priser"]
    assert "<script>" not in reply.answer


def test_emoji_and_other_languages_do_not_crash(bot):
    assert bot.reply("👍👍").intent in ("thanks", None)
    reply = bot.reply("Wie viel kostet ein Energieausweis? 🙂")
    assert isinstance(reply.answer, str)
    reply = bot.reply("这是什么")
    assert reply.escalate and reply.escalation_reason == "no_answer"


def test_small_talk_is_not_escalated(bot):
    assert bot.reply("Hei!").intent == "greeting"
    assert not bot.reply("tusen takk").escalate


def test_alternative_questions_find_the_article_and_answer_from_its_text():
    from fornuft.assistant.engine import Assistant, KnowledgeBase
    from fornuft.assistant.kb import parse_faq_csv, parse_markdown, stored_body

    radon = parse_markdown("---\ntitle: Radonmåling\nlanguage: nb\nquestions:\n  - Er gassen fra grunnen farlig?\n"
                           "---\nRadon er en radioaktiv gass som kan gi lungekreft. Vi måler i vinterhalvåret.\n",
                           "radon")
    assert radon.questions == ["Er gassen fra grunnen farlig?"]
    assert parse_markdown(stored_body(radon), "radon").questions == radon.questions   # kept when stored
    other = parse_markdown("# Parkering\nVi har fire gjesteplasser i bakgården.\n", "parkering")
    faq = parse_faq_csv("id,question,answer,alternatives\nvipps,Kan jeg betale med Vipps?,Ja. Bruk KID.,"
                        "Tar dere mobilbetaling?|Betale med app\n")
    assert faq[0].questions == ["Tar dere mobilbetaling?", "Betale med app"]
    bot = Assistant(KnowledgeBase([radon, other, faq[0]]))
    reply = bot.reply("Er gassen fra grunnen farlig?")
    assert reply.sources == ["radon"] and not reply.escalate
    assert "lungekreft" in reply.answer and "gassen fra grunnen" not in reply.answer   # the text, not the question
    assert bot.reply("tar dere mobilbetaling").sources == ["vipps"]
    with pytest.raises(ValueError, match="questions"):
        parse_markdown("---\nquestions: {a: b}\n---\ntext", "bad")
