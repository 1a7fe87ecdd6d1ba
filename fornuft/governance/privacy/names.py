"""A gazetteer of common Norwegian and English first and last names (SSB / ONS top lists,
written by hand), plus the cue words that introduce a name in nb/en text."""

from __future__ import annotations

_FIRST_NB = """
Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina
Maria Elisabeth Kristin Bente Heidi Silje Hanne Gerd Linda Tone Tove Elin Anita Wenche Camilla Ragnhild
Mona Hege Ellen Julie Nora Emma Sara Thea Ingeborg Maren Sigrid Tuva Ingvild Aud Turid Gunn Ragnhild
Karin Stine Line Mari Lene Siri Guro Synnøve Sissel Grete Unni Jorunn Åse Britt Eli Torill Oda Vilde
Frida Live Hedda Sofie Sofia Emilie Amalie Malin Marte Mathilde Helene Hanna Kaja Tiril Synne Andrea
Jan Per Bjørn Ole Lars Kjell Knut Svein Arne Hans Geir Thomas Tor Morten Terje Odd Erik Martin Andreas
Rune Trond John Harald Jon Olav Jens Gunnar Tore Rolf Leif Anders Espen Einar Magnus Henrik Kristian
Stian Øyvind Eirik Sindre Jørgen Håkon Sigurd Halvor Vegard Aksel Emil Jonas Mathias Sander Tobias
Fredrik Kristoffer Petter Pål Nils Ola Kari Gaute Audun Sverre Steinar Ivar Eivind Torbjørn Dag Helge
Vidar Asbjørn Kåre Frode Roar Tommy Ketil Bård Øystein Arild Jostein Sondre Markus Elias Filip Isak
Johannes Oskar Lukas Theodor Liam Noah Even Ådne Amund Brage Eskil Torstein Steffen Christer Joakim
Mette Trine Monica Anette Cecilie Benedikte Veronica Kjersti Ingunn Karoline Margrethe Reidun Signe
Torunn Vigdis Kirsten Ane Åshild Gunhild Birgitte Lise Jorid Marthe Nils Even Ingebrigt Tormod Ståle
Haakon Sølve Torgeir Ingar Endre Jarle Ronny Yngve Atle Alf Arvid Finn Gudmund Hallvard Birger Bent
Mohammed Ahmed Ali Fatima Aisha Omar Hassan Piotr Anna Tomasz Agnieszka Katarzyna Marek Jonas Tatiana
"""

_FIRST_EN = """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle
Oliver Harry Charlie Alfie Oscar Leo Archie Joshua Freddie Theo Arthur Lucas Isaac Finley Edward Luke
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine
Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly
Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara
Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle
Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Amelia Isla Ava Mia
Ella Poppy Lily Jessica Freya Chloe Ruby Sophie Daisy Phoebe Florence Evie Lucy Millie Imogen Siobhan
Fiona Claire Gemma Kirsty Zoe Nathalie Simon Ian Graham Neil Stuart Gavin Alan Colin Keith Martin Philip
"""

_LAST_NB = """
Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen
Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund
Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen Bakken
Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde Solheim Berge Moe Nygård Bakke
Kristensen Fredriksen Holm Lien Hauge Christensen Andresen Nielsen Knudsen Evensen Sæther Aas Myhre
Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen Danielsen Berntsen Sandvik Rønning Arnesen
Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen Birkeland Isaksen Gulbrandsen Ruud Aasen Strøm
Myklebust Tangen Ødegård Eliassen Helland Bøe Jenssen Aune Mikkelsen Tveit Brekke Abrahamsen Madsen
Kvamme Fjeld Røed Økland Rustad Tveiten Nordby Brøndbo Vestby Aasland Grønli Hovland Sunde Skaug
Dybdahl Engen Fossum Gjerde Holmen Kleven Løken Nordli Rønneberg Skogen Tangen Wold Østby Hovde Vold
"""

_LAST_EN = """
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall
Rivera Campbell Mitchell Carter Roberts Evans Turner Phillips Parker Edwards Collins Stewart Morris
Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood
Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long Ross Foster Patel Khan Davies Thomas
Roberts Wilkinson Clarke Wright Walsh Byrne Ryan O'Brien O'Connor Murray Quinn Kennedy McDonald Fraser
"""

# More common Norwegian first names (SSB name statistics, all age groups).
_FIRST_NB_MORE = """
Maja Tonje Ruth Bjarte Vebjørn Ragnar Eldar Egil Gisle Idar Inge Ivan Jarl Joar Kolbjørn Konrad Lasse Leon
Lorentz Lucas Ludvig Mads Mikkel Njål Nikolai Olaf Ove Reidar Rikard Runar Rasmus Sebastian Sigmund Simen Sivert
Snorre Stig Sturla Svend Sveinung Sigve Tarjei Tobias Torleif Trygve Ulrik Vemund Viktor Villads Vetle Yngvar
Åge Ørjan Øivind Aslak Bendik Didrik Edvard Elling Erlend Espen Fridtjof Geir Gjert Gunnstein Halfdan Hallstein
Herman Hogne Isak Jakob Jostein Kasper Kjetil Knut Kristen Lars Leiv Magne Mattis Morgan Nikolas Oddvar Oddbjørn
Ola Paal Peder Preben Rolv Sjur Sondre Steinar Sven Teodor Thor Thorvald Torgrim Torje Truls Vidar William
Agnete Aina Alma Amanda Anja Ann Anniken Annette Aslaug Astri Aurora Beate Bodil Brit Cathrine Celine Dagny Dagrun
Ebba Edel Eira Elida Ella Ellinor Elsa Else Embla Erle Eva Evelyn Frøydis Gro Gudrun Gunhild Gyda Halldis Hedvig
Helga Hennie Hildur Ina Ine Ingvild Iselin Ivana Jenny Johanne Josefine Jorun Kaia Kamilla Karen Kine Klara Kristine
Lea Leah Lena Lill Lilly Linn Lisbeth Liv Lotte Lovise Magnhild Mai Malene Margit Marianne Marie Marita Martine May
Mia Mille Mina Miriam Nelly Nina Olaug Olivia Oline Pernille Petra Ragna Rakel Rebekka Reidun Rigmor Rikke Rita
Runa Sanna Selma Signy Siren Sissel Solfrid Solveig Stina Sunniva Svanhild Synnøve Sølvi Tale Tina Tiril Torhild
Tuva Turid Una Vibeke Victoria Vigdis Vilja Vilde Wenche Ylva Åsa Åslaug Ørnhild Eldbjørg Ragnhild Gerd Gunvor
"""

FIRST_NAMES: frozenset[str] = frozenset((_FIRST_NB + _FIRST_EN + _FIRST_NB_MORE).split())
LAST_NAMES: frozenset[str] = frozenset((_LAST_NB + _LAST_EN).split())

# First names that are also ordinary words, months or places: a name only with a
# surname after them or a cue before them.
AMBIGUOUS_FIRST: frozenset[str] = frozenset(
    "Mark Bill Will Grace Hope May June April Frank Rose Guy Tor Liv Ask Dag Even Eli Ann Jean Ruby Daisy "
    "Amber Poppy Lily Florence Victoria Sol Brage Finn Alf Live Art Long Hall Bell Young "
    "Green White Brown King Wood Price Lee Hill Gray Ward Cook Long Reed Strand Berg Dahl Lund Holm Moe Lie "
    "Vik Haug Vold Engen Skogen Bakken Hagen Aas".split()
)

# Words after which a capitalised word is a person's name.
NAME_CUES: tuple[str, ...] = (
    "hilsen", "vennlig hilsen", "med vennlig hilsen", "mvh", "hei", "hallo", "kjære", "herr", "fru",
    "frk", "navn", "kontaktperson", "saksbehandler", "ansatt", "kunde", "pasient", "avsender", "mottaker",
    "signert", "kontakt", "pårørende", "next of kin", "arbeidstaker", "søker", "kandidat", "applicant",
    "candidate", "elev", "student", "medlem", "member", "beboer", "leietaker", "tenant", "fullmektig",
    "attestert av", "godkjent av", "deres ref", "vår ref", "regards", "best regards",
    "kind regards", "sincerely", "thanks", "cheers", "dear", "hi", "hello", "mr", "mrs", "ms", "miss", "dr",
    "name", "contact", "contact person", "customer", "employee", "signed", "approved by", "your ref",
    "our ref", "att", "attn", "v/", "c/o",
)

# Capitalised words that are never names (sentence starts, greetings, months, companies' words).
STOP_WORDS: frozenset[str] = frozenset(
    "Hei Hallo Takk Mvh Hilsen Vennlig Med Dear Hi Hello Thanks Regards Kind Best Sincerely Cheers "
    "Januar Februar Mars April Mai Juni Juli August September Oktober November Desember "
    "January February March May June July October December Monday Tuesday Wednesday Thursday Friday "
    "Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag Saturday Sunday AS ASA ANS DA Ltd Inc "
    "Faktura Invoice Kunde Customer Oslo Bergen Trondheim Stavanger Tromsø Norge Norway London "
    "The This That Og Jeg Vi Du Det Den Er Kan Vil Har Se Please Total Sum MVA VAT Konto Account "
    "I And But Or If So Yes No Ok Okay Also Sorry Then Now Here There What When Where Who Why How Our Your "
    "We You It Is Are Was Can Could Would Should Will Did Do Does Have Has My His Her Their Anything "
    "Men Eller Hvis Så Ja Nei Også Beklager Nå Her Der Hva Når Hvor Hvem Hvorfor Hvordan Vår Din Ditt "
    "Min Mitt Han Hun De Dere Oss Som Til Fra Fint Flott Bra Greit Notert Supplier Minutes Next "
    "Sir Madam Madame Herr Fru Agent Bruker User Bot Assistent Assistant Team Alle Dato Date Ref Nr".split()
)
