"""Our own evaluation contracts, Norwegian half. Written by hand for this set (issue 12), in a
separate pass from the seed clauses and without looking at the blind set or the validation
corpora. Every company, person, number and address is invented; Norwegian org numbers pass MOD11.
Each entry: file name, the text, and the truth (same fields as bench/blind/contracts)."""

CONTRACTS = [
    {
        "source": "01_taushetserklaering_heimdal_sandvik.txt",
        "text": """GJENSIDIG TAUSHETSERKLÆRING

Partene i denne erklæringen er:
Heimdal Regnskap AS, org.nr. 910 000 004, Kjøpmannsgata 12, 7013 Trondheim
Sandvik Verktøy AS, org.nr. 920 000 010, Industriveien 4, 7080 Heimdal

Bakgrunn
Partene vurderer et samarbeid om digital bilagsbehandling og vil i den forbindelse utveksle forretningsopplysninger.

Punkt 1 – Hva som er fortrolig
Alle opplysninger om kunder, priser, systemer og planer som en part mottar fra den andre, skal behandles fortrolig og ikke gjøres kjent for utenforstående uten skriftlig samtykke. Opplysningene kan bare brukes til å vurdere samarbeidet.

Punkt 2 – Ansatte
Ingen av partene skal i erklæringens løpetid aktivt forsøke å rekruttere den andre partens ansatte.

Punkt 3 – Varighet
Erklæringen gjelder fra signering og i tre år.

Punkt 4 – Lovvalg og verneting
Norsk rett gjelder. Uenighet som ikke løses ved forhandlinger, avgjøres av Trøndelag tingrett.

Trondheim, 14. mars 2026                      Heimdal, 16. mars 2026
Heimdal Regnskap AS                           Sandvik Verktøy AS
Siv Aune, daglig leder                        Rune Sandvik, styreleder
""",
        "truth": {"language": "nb", "contract_type": "nda",
                  "parties": [{"name": "Heimdal Regnskap AS", "org_number": "910000004"},
                              {"name": "Sandvik Verktøy AS", "org_number": "920000010"}],
                  "signed_date": "2026-03-16", "effective_date": "2026-03-16", "expiration_date": "2029-03-15",
                  "auto_renewal": False, "renewal_term_months": None, "notice_period_days": None,
                  "notice_deadline": None, "governing_law": "NO", "value": None,
                  "clauses_present": ["confidentiality", "no_solicit_of_employees", "governing_law",
                                      "dispute_resolution"],
                  "clauses_optional": []},
    },
    {
        "source": "03_databehandleravtale_elvebakken.pdf",
        "text": """DATABEHANDLERAVTALE
etter personvernforordningen artikkel 28

mellom Elvebakken Tannklinikk AS (org.nr. 930 000 000), heretter kalt behandlingsansvarlig,
og Journalskyen AS (org.nr. 940 000 009), heretter kalt databehandler.

1 Formål og omfang
Databehandleren drifter journalsystemet for klinikken og behandler i den forbindelse personopplysninger om pasienter og ansatte på vegne av den behandlingsansvarlige. Behandlingen skjer bare etter dokumenterte instrukser fra den behandlingsansvarlige.

2 Sikkerhet og taushetsplikt
Databehandleren skal sørge for at alle som har tilgang til opplysningene har taushetsplikt, og skal treffe egnede tekniske og organisatoriske tiltak for å sikre opplysningene. Brudd på personopplysningssikkerheten skal meldes uten ugrunnet opphold og senest innen 24 timer.

3 Underleverandører
Databehandleren kan bare bruke underdatabehandlere som den behandlingsansvarlige har godkjent skriftlig.

4 Revisjon
Den behandlingsansvarlige har rett til å gjennomføre revisjoner og inspeksjoner hos databehandleren, selv eller ved en uavhengig revisor, for å kontrollere at avtalen etterleves.

5 Varighet og oppsigelse
Avtalen gjelder så lenge databehandleren behandler personopplysninger for klinikken. Hver av partene kan si opp avtalen med tre måneders skriftlig varsel.
Ved opphør skal databehandleren etter den behandlingsansvarliges valg slette eller tilbakelevere alle personopplysninger.

6 Lovvalg og tvister
Avtalen er underlagt norsk rett, og partene vedtar Oslo tingrett som verneting.

Oslo, 2. februar 2026
For Elvebakken Tannklinikk AS: Hanne Lie          For Journalskyen AS: Per Moen
""",
        "truth": {"language": "nb", "contract_type": "data_processing",
                  "parties": [{"name": "Elvebakken Tannklinikk AS", "org_number": "930000000"},
                              {"name": "Journalskyen AS", "org_number": "940000009"}],
                  "signed_date": "2026-02-02", "effective_date": None, "expiration_date": None,
                  "auto_renewal": None, "renewal_term_months": None, "notice_period_days": 90,
                  "notice_deadline": None, "governing_law": "NO", "value": None,
                  "accept": {"effective_date": ["2026-02-02"]},
                  "clauses_present": ["data_processing", "confidentiality", "audit_rights",
                                      "termination_for_convenience", "governing_law", "dispute_resolution"],
                  "clauses_optional": ["post_termination_services"]},
    },
    {
        "source": "05_abonnement_timeforing_klokkeverk.md",
        "text": """# Abonnementsavtale – Timeføring i skyen

**Leverandør:** Klokkeverk Software AS, org.nr. 950 000 007
**Kunde:** Rørlegger Berg AS, org.nr. 960 000 021

## 1. Tjenesten
Klokkeverk gir Kunden tilgang til tjenesten «Timeliste Pro» for inntil 40 brukere. Tjenesten leveres som en skytjeneste og driftes av Klokkeverk.

## 2. Avtaleperiode
Abonnementet starter 1. januar 2027 og har en bindingstid på 12 måneder. Deretter fornyes avtalen automatisk med 12 måneder av gangen, med mindre en av partene sier den opp skriftlig senest to måneder før utløpet av inneværende periode.

## 3. Pris og betaling
Årlig vederlag er NOK 58 800 eks. mva., fakturert kvartalsvis forskuddsvis med 14 dagers betalingsfrist. Klokkeverk kan justere prisene hvert år i tråd med endringen i konsumprisindeksen.

## 4. Personopplysninger
Klokkeverk behandler personopplysninger om Kundens ansatte som databehandler. Partene har inngått en egen databehandleravtale, vedlegg 2.

## 5. Taushetsplikt
Begge parter har taushetsplikt om den andre partens forretningsforhold.

## 6. Ansvar
Klokkeverks samlede ansvar etter avtalen er begrenset til det Kunden har betalt de siste 12 månedene.

## 7. Lovvalg og tvister
Norsk rett gjelder. Tvister løses ved Bergen tingrett.

Signert elektronisk 10. desember 2026 av begge parter.
""",
        "truth": {"language": "nb", "contract_type": "service",
                  "parties": [{"name": "Klokkeverk Software AS", "org_number": "950000007"},
                              {"name": "Rørlegger Berg AS", "org_number": "960000021"}],
                  "signed_date": "2026-12-10", "effective_date": "2027-01-01", "expiration_date": "2027-12-31",
                  "auto_renewal": True, "renewal_term_months": 12, "notice_period_days": 60,
                  "notice_deadline": "2027-10-31", "governing_law": "NO",
                  "value": {"amount": 58800, "currency": "NOK"},
                  "accept": {"contract_type": ["license"]},
                  "clauses_present": ["renewal_term", "notice_period_to_terminate_renewal", "payment_terms",
                                      "price_adjustment", "data_processing", "confidentiality",
                                      "cap_on_liability", "governing_law", "dispute_resolution"],
                  "clauses_optional": ["license_grant"]},
    },
    {
        "source": "07_renholdsavtale_glansen.docx",
        "text": """RENHOLDSAVTALE

Glansen Renhold AS, org.nr. 970 000 003 («Leverandøren»)
Kvadraturen Advokatkontor AS, org.nr. 980 000 001 («Kunden»)

§ 1 Leveransen
Leverandøren utfører daglig renhold av Kundens kontorer i Skippergata 9, Kristiansand, etter renholdsplanen i bilag 1.

§ 2 Avtaletid
Avtalen gjelder fra 1. april 2026 til og med 31. mars 2028. Kunden har rett, men ikke plikt, til å forlenge avtalen med ett år på samme vilkår.
Hver part kan si opp avtalen med tre måneders skriftlig varsel. Ved vesentlig mislighold kan den andre parten heve avtalen med umiddelbar virkning.

§ 3 Vederlag
Månedlig vederlag er kr 18 500 eks. mva. Samlet kontraktsverdi anslås til NOK 444 000 eks. mva. Faktura forfaller 30 dager etter mottak. Prisene reguleres 1. januar hvert år etter SSBs indeks for renholdstjenester.

§ 4 Forsikring og ansvar
Leverandøren skal ha ansvarsforsikring med forsikringssum på minst NOK 5 000 000. Leverandørens ansvar for skade på Kundens eiendeler er begrenset til NOK 500 000 per skadetilfelle.

§ 5 Taushetsplikt
Leverandørens ansatte skal ikke lese, kopiere eller omtale dokumenter de ser under arbeidet, og skal signere taushetserklæring.

§ 6 Lovvalg og tvister
Avtalen reguleres av norsk rett. Tvister avgjøres ved Agder tingrett.

Kristiansand, 3. mars 2026
Glansen Renhold AS                    Kvadraturen Advokatkontor AS
""",
        "truth": {"language": "nb", "contract_type": "service",
                  "parties": [{"name": "Glansen Renhold AS", "org_number": "970000003"},
                              {"name": "Kvadraturen Advokatkontor AS", "org_number": "980000001"}],
                  "signed_date": "2026-03-03", "effective_date": "2026-04-01", "expiration_date": "2028-03-31",
                  "auto_renewal": False, "renewal_term_months": None, "notice_period_days": 90,
                  "notice_deadline": "2027-12-31", "governing_law": "NO",
                  "value": {"amount": 444000, "currency": "NOK"},
                  "accept": {"renewal_term_months": [12], "value": [{"amount": 18500, "currency": "NOK"}]},
                  "clauses_present": ["termination_for_convenience", "termination_for_cause", "payment_terms",
                                      "price_adjustment", "insurance", "cap_on_liability", "confidentiality",
                                      "governing_law", "dispute_resolution"],
                  "clauses_optional": ["renewal_term", "notice_period_to_terminate_renewal"]},
    },
    {
        "source": "09_leieavtale_bryggegarden.txt",
        "text": """LEIEAVTALE FOR NÆRINGSLOKALER

1. Partene
Utleier: Bryggegården Eiendom AS, org.nr. 990 000 018
Leietaker: Solsikke Barnehage AS, org.nr. 911 111 128

2. Leieobjektet
Første etasje i Strandkaien 22, Stavanger, ca. 640 kvm, til bruk som barnehage.

3. Leietid
Leieforholdet starter 1. juni 2026 og løper i fem år. Leieforholdet er uoppsigelig i leieperioden. Leietaker har rett til å forlenge leien med fem nye år. Leietaker må varsle om bruk av forlengelsesretten senest 12 måneder før leietiden utløper.

4. Leie
Årlig leie er NOK 960 000, som betales kvartalsvis forskuddsvis. Leien reguleres årlig med 100 % av endringen i konsumprisindeksen.

5. Forsikring
Utleier holder bygningen forsikret. Leietaker skal holde eget inventar og eget ansvar forsikret.

6. Fremleie og overdragelse
Leietaker kan ikke fremleie lokalene eller overdra leieavtalen uten utleiers skriftlige samtykke.

7. Tvister
Tvister om avtalen avgjøres ved Sør-Rogaland tingrett.

Stavanger, 20. april 2026
Bryggegården Eiendom AS                   Solsikke Barnehage AS
""",
        "truth": {"language": "nb", "contract_type": "lease",
                  "parties": [{"name": "Bryggegården Eiendom AS", "org_number": "990000018"},
                              {"name": "Solsikke Barnehage AS", "org_number": "911111128"}],
                  "signed_date": "2026-04-20", "effective_date": "2026-06-01", "expiration_date": "2031-05-31",
                  "auto_renewal": False, "renewal_term_months": None, "notice_period_days": None,
                  "notice_deadline": None, "governing_law": None,
                  "value": {"amount": 960000, "currency": "NOK"},
                  "accept": {"renewal_term_months": [60], "value": [{"amount": 4800000, "currency": "NOK"}]},
                  "clauses_present": ["payment_terms", "price_adjustment", "insurance", "anti_assignment",
                                      "dispute_resolution"],
                  "clauses_optional": ["renewal_term"]},
    },
    {
        "source": "11_arbeidsavtale_solberg.docx",
        "text": """ARBEIDSAVTALE

Arbeidsgiver: Kystlys Elektro AS, org.nr. 922 222 223, Sjøgata 3, 5003 Bergen
Arbeidstaker: Mari Solberg, født 12.04.1991

1. Stilling og tiltredelse
Arbeidstakeren ansettes fast i full stilling som elektroingeniør med tiltredelse 15. august 2026.

2. Prøvetid
Det gjelder en prøvetid på seks måneder. I prøvetiden er den gjensidige oppsigelsesfristen 14 dager.

3. Oppsigelse
Etter prøvetiden er den gjensidige oppsigelsesfristen tre måneder, regnet fra den første dagen i måneden etter at oppsigelsen ble mottatt.

4. Lønn
Årslønnen er kr 620 000. Lønnen utbetales den 20. i hver måned.

5. Taushetsplikt
Arbeidstakeren har taushetsplikt om forhold hos arbeidsgiveren og kundene som hun får kjennskap til i arbeidet. Taushetsplikten gjelder også etter at arbeidsforholdet er avsluttet.

6. Konkurranse- og kundeklausul
I tolv måneder etter at arbeidsforholdet er avsluttet, kan arbeidstakeren ikke ta ansettelse hos eller drive virksomhet som konkurrerer med arbeidsgiveren, jf. arbeidsmiljøloven kapittel 14 A. I samme periode kan hun ikke kontakte arbeidsgiverens kunder for å tilby dem tilsvarende tjenester.

7. Rettigheter til arbeidsresultater
Rettighetene til alt arbeidstakeren utvikler i stillingen, tilfaller arbeidsgiveren.

Bergen, 28. juni 2026
Kystlys Elektro AS: Geir Kvamme            Arbeidstaker: Mari Solberg
""",
        "truth": {"language": "nb", "contract_type": "employment",
                  "parties": [{"name": "Kystlys Elektro AS", "org_number": "922222223"},
                              {"name": "Mari Solberg", "org_number": None}],
                  "signed_date": "2026-06-28", "effective_date": "2026-08-15", "expiration_date": None,
                  "auto_renewal": None, "renewal_term_months": None, "notice_period_days": 90,
                  "notice_deadline": None, "governing_law": None,
                  "value": {"amount": 620000, "currency": "NOK"}, "accept": {"value": [None]},
                  "clauses_present": ["confidentiality", "non_compete", "no_solicit_of_customers",
                                      "ip_ownership_assignment"],
                  "clauses_optional": ["payment_terms", "termination_for_convenience"]},
    },
    {
        "source": "13_underentreprise_vestbygg.md",
        "text": """# UNDERENTREPRISEKONTRAKT

| | |
|---|---|
| Hovedentreprenør | Vestbygg Entreprenør AS, org.nr. 933 333 337 |
| Underentreprenør | Flis & Fuge Trondheim AS, org.nr. 944 444 440 |
| Prosjekt | Nytt boligbygg, Lade allé 80, Trondheim |

## 1 Kontraktsarbeidet
Underentreprenøren skal levere og legge flis i 48 bad etter beskrivelsen i bilag A. Kontrakten bygger på NS 8415 med de endringene som står her.

## 2 Kontraktssum og betaling
Kontraktssummen er NOK 2 350 000 eks. mva. Underentreprenøren fakturerer månedlig etter utført arbeid, og fakturaene betales 30 dager etter mottak.

## 3 Fremdrift og dagmulkt
Arbeidet starter 2. november 2026 og skal være ferdig 26. februar 2027. Ved forsinkelse betaler underentreprenøren dagmulkt på 1 promille av kontraktssummen per kalenderdag, begrenset til 10 % av kontraktssummen.

## 4 Forsikring og reklamasjon
Underentreprenøren skal holde ansvarsforsikring for arbeidet. Reklamasjonstiden er fem år fra overtakelse.

## 5 Overdragelse
Underentreprenøren kan ikke overdra kontrakten eller deler av den uten skriftlig samtykke fra hovedentreprenøren.

## 6 Lovvalg og tvister
Norsk rett gjelder. Tvister avgjøres ved Trøndelag tingrett.

Kontrakten trer i kraft ved signering.
Trondheim, 12. oktober 2026 – signert av begge parter.
""",
        "truth": {"language": "nb", "contract_type": "construction",
                  "parties": [{"name": "Vestbygg Entreprenør AS", "org_number": "933333337"},
                              {"name": "Flis & Fuge Trondheim AS", "org_number": "944444440"}],
                  "signed_date": "2026-10-12", "effective_date": "2026-10-12", "expiration_date": None,
                  "auto_renewal": None, "renewal_term_months": None, "notice_period_days": None,
                  "notice_deadline": None, "governing_law": "NO",
                  "value": {"amount": 2350000, "currency": "NOK"},
                  "accept": {"auto_renewal": [False]},
                  "clauses_present": ["payment_terms", "liquidated_damages", "insurance", "warranty_duration",
                                      "anti_assignment", "governing_law", "dispute_resolution"],
                  "clauses_optional": ["cap_on_liability"]},
    },
    {
        "source": "15_rammeavtale_kontorrekvisita.docx",
        "text": """RAMMEAVTALE OM KJØP AV KONTORREKVISITA

Kunde: Fossum Regnskapsbyrå AS, org.nr. 955 555 554
Leverandør: Papirhuset Øst AS, org.nr. 966 666 668

1 Omfang
Avtalen gjelder kunden kjøp av papir, kontorrekvisita og toner. Avtalen forplikter ikke kunden til å kjøpe et bestemt volum. Kundens forventede kjøp er anslått til NOK 300 000 per år.

2 Varighet
Avtalen gjelder i to år fra 1. februar 2027. Kunden kan forlenge avtalen med ett år av gangen, høyst to ganger.
Hver av partene kan si opp avtalen med tre måneders skriftlig varsel regnet fra utgangen av måneden.

3 Priser og betaling
Prisene i prislisten er faste det første avtaleåret og reguleres deretter etter konsumprisindeksen. Betaling skjer 30 dager etter fakturadato.

4 Ansvar
Partenes erstatningsansvar etter avtalen er begrenset til NOK 100 000.

5 Lovvalg og tvister
Avtalen er underlagt norsk rett med Oslo tingrett som verneting.

Drammen, 18. januar 2027                  Drammen, 19. januar 2027
Fossum Regnskapsbyrå AS                   Papirhuset Øst AS
""",
        "truth": {"language": "nb", "contract_type": "framework",
                  "parties": [{"name": "Fossum Regnskapsbyrå AS", "org_number": "955555554"},
                              {"name": "Papirhuset Øst AS", "org_number": "966666668"}],
                  "signed_date": "2027-01-19", "effective_date": "2027-02-01", "expiration_date": "2029-01-31",
                  "auto_renewal": False, "renewal_term_months": None, "notice_period_days": 90,
                  "notice_deadline": "2028-10-31", "governing_law": "NO",
                  "value": {"amount": 300000, "currency": "NOK"},
                  "accept": {"renewal_term_months": [12], "value": [{"amount": 600000, "currency": "NOK"}]},
                  "clauses_present": ["termination_for_convenience", "payment_terms", "price_adjustment",
                                      "cap_on_liability", "governing_law", "dispute_resolution"],
                  "clauses_optional": ["renewal_term", "notice_period_to_terminate_renewal", "price_restrictions"]},
    },
    {
        "source": "17_kjopekontrakt_gravemaskin.txt",
        "text": """KJØPEKONTRAKT – BRUKT GRAVEMASKIN

Selger: Maskinsalg Nord AS (org.nr. 977 777 771), Tromsø
Kjøper: Tverrelva Anlegg AS (org.nr. 988 888 885), Storslett

Kjøpet gjelder en brukt beltegraver, 22 tonn, årsmodell 2019, med 6 400 driftstimer.

Kjøpesummen er NOK 1 150 000 eks. mva. Halvparten betales ved signering og resten ved levering.
Levering skjer på selgers verksted 15. mars 2027. Risikoen går over når maskinen er levert.

Selger garanterer at motor og hydraulikk er uten feil i seks måneder etter levering. Selgers ansvar for indirekte tap og følgeskader er utelukket.

Avtalen trer i kraft når den er signert av begge parter.
Kjøpet reguleres av norsk rett, herunder kjøpsloven. Tvister hører under Nord-Troms og Senja tingrett.

Tromsø, 3. mars 2027
Maskinsalg Nord AS                 Tverrelva Anlegg AS
""",
        "truth": {"language": "nb", "contract_type": "purchase",
                  "parties": [{"name": "Maskinsalg Nord AS", "org_number": "977777771"},
                              {"name": "Tverrelva Anlegg AS", "org_number": "988888885"}],
                  "signed_date": "2027-03-03", "effective_date": "2027-03-03", "expiration_date": None,
                  "auto_renewal": None, "renewal_term_months": None, "notice_period_days": None,
                  "notice_deadline": None, "governing_law": "NO",
                  "value": {"amount": 1150000, "currency": "NOK"},
                  "clauses_present": ["payment_terms", "warranty_duration", "governing_law", "dispute_resolution"],
                  "clauses_optional": ["cap_on_liability"]},
    },
    {
        "source": "19_oppdragsavtale_regnskap_tallsmart.txt",
        "text": """Oppdragsavtale om regnskapstjenester

Oppdragsgiver: Hagen Snekkeri AS, org.nr. 999 999 999
Regnskapsfører: Tallsmart Regnskap AS, org.nr. 912 121 216

Oppdraget
Tallsmart fører regnskapet, kjører lønn og leverer mva-meldinger og årsoppgjør for Hagen Snekkeri.

Honorar
Honoraret beregnes etter medgått tid med kr 950 per time eks. mva. Timeprisen justeres hvert år 1. januar. Faktura sendes månedlig og betales innen 14 dager.

Taushetsplikt og personopplysninger
Regnskapsføreren har taushetsplikt etter regnskapsførerloven. Tallsmart behandler personopplysninger om oppdragsgiverens ansatte som databehandler etter en egen databehandleravtale.

Ansvar og forsikring
Tallsmart har ansvarsforsikring. Tallsmarts ansvar for feil i oppdraget er begrenset til NOK 1 000 000 per år.

Oppsigelse
Avtalen løper til den sies opp. Begge parter kan si opp avtalen med tre måneders varsel regnet fra utgangen av måneden.

Lovvalg
Norsk rett gjelder, og tvister avgjøres ved Oslo tingrett.

Dato: 1. september 2026
Hagen Snekkeri AS                        Tallsmart Regnskap AS
""",
        "truth": {"language": "nb", "contract_type": "service",
                  "parties": [{"name": "Hagen Snekkeri AS", "org_number": "999999999"},
                              {"name": "Tallsmart Regnskap AS", "org_number": "912121216"}],
                  "signed_date": "2026-09-01", "effective_date": None, "expiration_date": None,
                  "auto_renewal": None, "renewal_term_months": None, "notice_period_days": 90,
                  "notice_deadline": None, "governing_law": "NO", "value": None,
                  "accept": {"effective_date": ["2026-09-01"]},
                  "clauses_present": ["payment_terms", "price_adjustment", "confidentiality", "data_processing",
                                      "insurance", "cap_on_liability", "termination_for_convenience",
                                      "governing_law", "dispute_resolution"],
                  "clauses_optional": []},
    },
    {
        "source": "21_konfidensialitet_oslo_biotek.docx",
        "text": """KONFIDENSIALITETSAVTALE

Oslo Biotek AS, org.nr. 913 131 312, gir Nordkapp Kapital AS, org.nr. 914 141 419, innsyn i selskapets forretningsplan, patentsøknader og regnskap i forbindelse med en mulig investering.

Nordkapp Kapital forplikter seg til å holde all informasjonen hemmelig og bare bruke den til å vurdere investeringen.

Nordkapp Kapital skal ikke, direkte eller indirekte, forsøke å ansette nøkkelpersoner i Oslo Biotek mens avtalen gjelder.

Ved brudd på taushetsplikten betaler Nordkapp Kapital en konvensjonalbot på NOK 250 000 for hvert brudd, uten at Oslo Biotek må dokumentere tap.

Avtalen gjelder i to år fra signering.

Avtalen er underlagt norsk rett. Oslo tingrett er verneting.

Signert 5. mai 2027.
For Oslo Biotek AS                       For Nordkapp Kapital AS
""",
        "truth": {"language": "nb", "contract_type": "nda",
                  "parties": [{"name": "Oslo Biotek AS", "org_number": "913131312"},
                              {"name": "Nordkapp Kapital AS", "org_number": "914141419"}],
                  "signed_date": "2027-05-05", "effective_date": "2027-05-05", "expiration_date": "2029-05-04",
                  "auto_renewal": False, "renewal_term_months": None, "notice_period_days": None,
                  "notice_deadline": None, "governing_law": "NO", "value": None,
                  "clauses_present": ["confidentiality", "no_solicit_of_employees", "liquidated_damages",
                                      "governing_law", "dispute_resolution"],
                  "clauses_optional": []},
    },
]
# ruff: noqa: E501 - contract text reads best unbroken
