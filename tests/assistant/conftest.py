from datetime import time
from pathlib import Path

import pytest

SEED_KB = Path(__file__).resolve().parents[2] / "fornuft" / "assistant" / "seed" / "kb"


@pytest.fixture(scope="session")
def seed_kb():
    from fornuft.assistant.engine import KnowledgeBase

    return KnowledgeBase.from_folder(SEED_KB)


@pytest.fixture
def bot(seed_kb):
    from fornuft.assistant.engine import Assistant

    return Assistant(seed_kb)


@pytest.fixture
def org_with_kb(org):
    from fornuft.assistant import services
    from fornuft.assistant.demo import SEED_KB as kb_folder
    from fornuft.assistant.kb import load_folder

    articles, synonyms = load_folder(kb_folder)
    services.import_articles(org, articles)
    config = services.get_settings(org)
    config.synonyms = "\n".join(", ".join(g) for g in synonyms)
    config.allowed_origins = "http://shop.example"  # the shop that embeds the widget in these tests
    # Always open, so that a hand-off does not depend on the hour the tests run; tests of the
    # closed hand-off (contact capture) close it themselves.
    config.opens, config.closes, config.weekdays = time(0, 0), time(23, 59, 59), "0,1,2,3,4,5,6"
    config.save()
    return org
