"""Questions in a base's minority language: a Norwegian bike shop with two English pages.

An English-speaking customer mostly asks about what only the Norwegian articles hold; the
English pages must not win just because they share the question's language, and the answer
must not be escalated because its characters cannot match Norwegian text.
"""

import pytest

ARTICLES = {
    "reparasjon": """---
title: Reparasjon og service
language: nb
---
Vi reparerer alle typer sykler, også el-sykler og lastesykler.

## Pris
En vanlig service koster 890 kr og tar normalt to virkedager. Bytte av slange koster 250 kr inkludert deler.

## Slik leverer du sykkelen
Lever sykkelen i verkstedet på Grünerløkka. Du får en SMS når den er klar til henting.
""",
    "garanti": """---
title: Garanti og reklamasjon
language: nb
---
Nye sykler fra oss har fem års garanti på rammen og to års reklamasjonsrett på resten.

## Slik reklamerer du
Ta med sykkelen og kvitteringen til butikken. Vi vurderer skaden innen en uke.
""",
    "leie": """---
title: Leie av sykkel
language: nb
---
Du kan leie el-sykkel hos oss for 450 kr per dag eller 1 900 kr per uke. Vi tar et depositum på 2 000 kr.
Hjelm og lås er inkludert i leien.
""",
    "apningstider": """---
title: Åpningstider og adresse
language: nb
---
Butikken har åpent mandag til fredag 10–18 og lørdag 10–16. Verkstedet stenger en time før butikken.
""",
    "visitors": """---
title: Information for visitors
language: en
---
Welcome to our bike shop! Our staff speak English and are happy to help you choose a bike.
We accept card and Vipps. Ask at the counter about anything you need for your bike.
""",
    "winter-storage": """---
title: Winter storage for your bike
language: en
---
Store your bike with us over the winter: 990 NOK per season, including a wash and a check of the brakes.
Drop the bike off in October and collect it in April.
""",
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    from fornuft.assistant.engine import Assistant, KnowledgeBase

    folder = tmp_path_factory.mktemp("bike-shop-kb")
    for article_id, text in ARTICLES.items():
        (folder / f"{article_id}.md").write_text(text, encoding="utf-8")
    return Assistant(KnowledgeBase.from_folder(folder))


@pytest.mark.parametrize(("message", "article"), [
    ("When are you open on Saturday?", "apningstider"),      # escalated as no_answer before
    ("Are you open on Sundays?", "apningstider"),
    ("Does the rental include a lock?", "leie"),
    ("Do new bikes come with a guarantee?", "garanti"),
])
def test_english_question_is_answered_from_the_norwegian_article(shop, message, article):
    reply = shop.reply(message)
    assert reply.language == "en"
    assert not reply.escalate, reply
    assert reply.sources == [article]


def test_english_question_still_finds_the_english_article(shop):
    reply = shop.reply("Can I store my bike with you over the winter?")
    assert not reply.escalate
    assert reply.sources == ["winter-storage"]


def test_norwegian_question_is_answered_from_the_norwegian_article(shop):
    reply = shop.reply("Hva koster service på sykkelen?")
    assert not reply.escalate
    assert reply.sources == ["reparasjon"]
    assert "890 kr" in reply.answer


@pytest.mark.parametrize("message", ["Do you sell second-hand cars?", "Hvem vant fotball-VM i 1998?"])
def test_question_the_shop_cannot_answer_is_still_escalated(shop, message):
    reply = shop.reply(message)
    assert reply.escalate
    assert reply.escalation_reason == "no_answer"
