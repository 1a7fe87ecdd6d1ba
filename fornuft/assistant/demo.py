"""Assistant demo data for the demo company: the seed knowledge base and a few conversations."""

from pathlib import Path

SEED_KB = Path(__file__).parent / "seed" / "kb"


def load(organization) -> None:
    """Adds this capability's demo data; safe to run again (changes nothing the second time)."""
    from fornuft.assistant import services
    from fornuft.assistant.kb import load_folder
    from fornuft.assistant.models import Conversation
    from fornuft.core import tenancy
    from fornuft.core.models import User

    articles, synonyms = load_folder(SEED_KB)
    services.import_articles(organization, articles)
    config = services.get_settings(organization)
    if not config.synonyms:
        config.synonyms = "\n".join(", ".join(group) for group in synonyms)
        config.save(update_fields=["synonyms"])
    with tenancy.activate(organization):
        if Conversation.objects.filter(channel="demo").exists():
            return
    scripts = [
        ["Hva koster energimerking av en enebolig?", "Takk!"],
        ["How do I cancel my site visit?"],
        ["Hei, rapporten dere skrev har feil areal på stua", "og hvor lang tid tar det å rette?"],
        ["Jeg har ventet i tre uker og ingen svarer!! Jeg vil snakke med en person."],
    ]
    agent = User.objects.filter(organization=organization, role__in=["support", "admin"]).order_by("pk").first()
    for script in scripts:
        conversation = services.start_conversation(organization, channel="demo")
        for text in script:
            services.customer_message(conversation, text)
        conversation.refresh_from_db()
        if conversation.status == Conversation.Status.WAITING and agent is not None:
            services.agent_reply(conversation, agent, "Hei, beklager ventetiden! Jeg ser på saken din nå og "
                                                      "ringer deg innen en time.")
