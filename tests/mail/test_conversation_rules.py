"""Plain rules of the shared inbox: subject keys, bulk mail for "Other", blocked senders."""

from fornuft.mail.conversation_rules import bulk_reasons, normalise_block, sender_blocked, subject_key


def test_reply_and_forward_prefixes_and_tags_do_not_change_the_subject_key():
    assert subject_key("Tilbud på varmepumpe") == "tilbud på varmepumpe"
    assert subject_key("SV: Re:  Tilbud på   varmepumpe") == "tilbud på varmepumpe"
    assert subject_key("VS: [Sak 12] RE[2]: Tilbud på varmepumpe") == "tilbud på varmepumpe"
    assert subject_key("Fwd: AW: Angebot") == "angebot"
    assert subject_key("Revisjon av avtale") == "revisjon av avtale"  # "Re" inside a word stays


def test_bulk_mail_is_recognised_from_headers_and_machine_senders():
    assert bulk_reasons({"list-unsubscribe": "<mailto:u@x.no>"}, "nyheter@x.no") == ["list-unsubscribe"]
    assert bulk_reasons({"precedence": "bulk"}, "kari@x.no") == ["precedence"]
    assert bulk_reasons({"auto-submitted": "auto-generated"}, "kari@x.no") == ["auto-submitted"]
    assert bulk_reasons({"auto-submitted": "no"}, "kari@x.no") == []
    assert bulk_reasons({}, "no-reply@bank.no") == ["sender"]
    assert bulk_reasons({}, "noreply+faktura@tjeneste.no") == ["sender"]
    assert bulk_reasons({}, "kari.nordmann@kunde.no") == []
    assert bulk_reasons({}, "info@kunde.no") == []  # a shared address a person answers from


def test_blocking_an_address_or_a_domain():
    assert normalise_block("Svindel <Sales@Scam.Example>") == "sales@scam.example"
    assert normalise_block("scam.example") == "@scam.example"
    assert normalise_block("@scam.example") == "@scam.example"
    assert normalise_block("not an address") == ""
    blocked = ["sales@scam.example", "@spam.example"]
    assert sender_blocked("Sales@scam.example", blocked)
    assert sender_blocked("anyone@spam.example", blocked)
    assert not sender_blocked("other@scam.example", blocked)
    assert not sender_blocked("", blocked)
