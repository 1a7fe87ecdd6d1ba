"""Assignments, teams and status files for the projects tests, written here (never copied from
a validation or blind set)."""

from __future__ import annotations

import json

THREAD_EML = """From: Siri Dahl <siri.dahl@bjerkeeiendom.no>
To: post@raadgiver.no
Subject: SV: Forespørsel om tilstandsvurdering og energiattest - Storgata 12
Date: Mon, 2 Mar 2026 09:12:00 +0100
Content-Type: text/plain; charset=utf-8

Hei,

Vi har fått klarsignal fra styret. Fristen er flyttet: alt må være levert innen uke 16.

Mvh
Siri Dahl
Bjerke Eiendom AS

-----Opprinnelig melding-----
Fra: Siri Dahl <siri.dahl@bjerkeeiendom.no>
Sendt: 20. februar 2026 10:00
Til: post@raadgiver.no
Emne: Forespørsel om tilstandsvurdering og energiattest - Storgata 12

Hei,

Vi ønsker tilbud på følgende for eiendommen Storgata 12, 0155 Oslo:

Leveranser:
- Tilstandsvurdering etter NS 3424
- Energiattest
- Prosjektering RIB for nytt takopplegg

Budsjett: kr 350 000 eks. mva.
Tilbud sendes innen 27. februar. Frist for levering er senest 3. april.

Mvh
Siri Dahl
Bjerke Eiendom AS
"""

ENGLISH_TXT = """Project: Office refurbishment, Dock Road 4
Client: Harbour Properties Ltd
Contact: James Moore

We would like you to take on the structural and fire design for the refurbishment of our office.

Deliverables:
1. Structural design (RIB)
2. Fire strategy
3. Cost estimate

The draft fire strategy is due 15 May 2026. Everything must be delivered by end of Q2 2026.
Budget: NOK 1.2 million excl. VAT.
Access to the building only between 08:00 and 16:00 on weekdays.
"""

TEAM = {
    "people": [
        {
            "name": "Kari Nordmann",
            "skills": ["RIB", "prosjektledelse"],
            "hours_per_week": 37.5,
            "booked": [{"from": "2026-03-02", "to": "2026-03-13", "hours_per_week": 20}],
            "cost_per_hour": 1200,
        },
        {"name": "Ola Hansen", "skills": ["tilstandsvurdering", "energiattest"], "hours_per_week": 37.5, "booked": []},
        {"name": "Per Berg", "skills": ["RIB"], "hours_per_week": 30, "booked": [], "cost_per_hour": 950},
        {
            "name": "Anne Lie",
            "skills": ["energiattest", "prosjektledelse", "kalkyle"],
            "hours_per_week": 20,
            "booked": [],
        },
        {"name": "Nils Brann", "skills": ["RIBr"], "hours_per_week": 37.5, "booked": []},
    ]
}


def team_json(**changes) -> str:
    team = json.loads(json.dumps(TEAM))
    team.update(changes)
    return json.dumps(team)
