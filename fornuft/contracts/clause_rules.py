"""Clause types and the keyword rules (Norwegian and English) that back up the classifier.

CLAUSE_TYPES is the published list (CUAD's categories in snake_case plus seven more). RULES
maps a type to one regular expression over a sentence; a match is a clause candidate. The
rules are deliberately specific (phrases, not single words): the learned classifier
(`fornuft.ml.clauses`) finds the rest.
"""

from __future__ import annotations

import re

CLAUSE_TYPES = (
    "renewal_term",
    "notice_period_to_terminate_renewal",
    "governing_law",
    "most_favored_nation",
    "competitive_restriction_exception",
    "non_compete",
    "exclusivity",
    "no_solicit_of_customers",
    "no_solicit_of_employees",
    "non_disparagement",
    "termination_for_convenience",
    "rofr_rofo_rofn",
    "change_of_control",
    "anti_assignment",
    "revenue_profit_sharing",
    "price_restrictions",
    "minimum_commitment",
    "volume_restriction",
    "ip_ownership_assignment",
    "joint_ip_ownership",
    "license_grant",
    "non_transferable_license",
    "affiliate_license_licensor",
    "affiliate_license_licensee",
    "unlimited_license",
    "irrevocable_or_perpetual_license",
    "source_code_escrow",
    "post_termination_services",
    "audit_rights",
    "uncapped_liability",
    "cap_on_liability",
    "liquidated_damages",
    "warranty_duration",
    "insurance",
    "covenant_not_to_sue",
    "third_party_beneficiary",
    "confidentiality",
    "data_processing",
    "payment_terms",
    "force_majeure",
    "dispute_resolution",
    "termination_for_cause",
    "price_adjustment",
)

# CUAD's column names -> our types (the 36 clause categories; the five field columns are not clauses).
CUAD_COLUMNS = {
    "Renewal Term": "renewal_term",
    "Notice Period to Terminate Renewal": "notice_period_to_terminate_renewal",
    "Governing Law": "governing_law",
    "Most Favored Nation": "most_favored_nation",
    "Competitive Restriction Exception": "competitive_restriction_exception",
    "Non-Compete": "non_compete",
    "Exclusivity": "exclusivity",
    "No-Solicit of Customers": "no_solicit_of_customers",
    "No-Solicit of Employees": "no_solicit_of_employees",
    "Non-Disparagement": "non_disparagement",
    "Termination for Convenience": "termination_for_convenience",
    "Rofr/Rofo/Rofn": "rofr_rofo_rofn",
    "Change of Control": "change_of_control",
    "Anti-Assignment": "anti_assignment",
    "Revenue/Profit Sharing": "revenue_profit_sharing",
    "Price Restrictions": "price_restrictions",
    "Minimum Commitment": "minimum_commitment",
    "Volume Restriction": "volume_restriction",
    "IP Ownership Assignment": "ip_ownership_assignment",
    "Joint IP Ownership": "joint_ip_ownership",
    "License Grant": "license_grant",
    "Non-Transferable License": "non_transferable_license",
    "Affiliate License-Licensor": "affiliate_license_licensor",
    "Affiliate License-Licensee": "affiliate_license_licensee",
    "Unlimited/All-You-Can-Eat-License": "unlimited_license",
    "Irrevocable or Perpetual License": "irrevocable_or_perpetual_license",
    "Source Code Escrow": "source_code_escrow",
    "Post-Termination Services": "post_termination_services",
    "Audit Rights": "audit_rights",
    "Uncapped Liability": "uncapped_liability",
    "Cap on Liability": "cap_on_liability",
    "Liquidated Damages": "liquidated_damages",
    "Warranty Duration": "warranty_duration",
    "Insurance": "insurance",
    "Covenant Not to Sue": "covenant_not_to_sue",
    "Third Party Beneficiary": "third_party_beneficiary",
}

_RULES = {
    "renewal_term": r"automatic\w*\s+(?:be\s+)?(?:renew|extend)\w*|(?:renew|extend)\w*\s+(?:automatic\w*|for\s+(?:successive|additional|consecutive|further))|"
    r"successive\s+(?:renewal\s+)?(?:terms|periods)|(?:fornyes|forlenges)\s+(?:automatisk|med|for)|automatisk\s+(?:fornye|forlenge)\w*|"
    r"løper\s+(?:deretter\s+)?videre|av\s+gangen|renewal\s+term",
    "notice_period_to_terminate_renewal": r"(?:notice|notify)\w*[^.]{0,80}(?:non-?renewal|not\s+to\s+renew|prior\s+to\s+(?:the\s+)?(?:end|expiration|expiry)|before\s+the\s+end\s+of)|"
    r"(?:unless|if)\s+(?:either|one|a)\s+party\s+(?:gives|provides|notifies)|"
    r"oppsigelsesfrist\w*|oppsigelsestid\w*|(?:måneders|dagers|ukers)\s+(?:skriftlig\s+)?(?:oppsigelse|varsel)|"
    r"med\s+mindre\s+(?:den|avtalen)\s+(?:blir\s+)?(?:sies|sagt)\s+opp",
    "governing_law": r"governed\s+by|governing\s+law|construed\s+in\s+accordance\s+with\s+the\s+laws|laws\s+of\s+the\s+state\s+of|"
    r"(?:norsk|svensk|dansk|engelsk)\s+(?:rett|lov)|lovvalg|reguleres\s+av\s+\w+\s+rett|underlagt\s+\w+\s+(?:rett|lov)",
    "most_favored_nation": r"most\s+favou?red|no\s+less\s+favou?rable\s+than|(?:better|more\s+favou?rable)\s+(?:terms|prices?|pricing)\s+(?:than|to\s+any)|"
    r"bestekunde|mestbegunstig|like\s+gode\s+vilkår\s+som|ikke\s+dårligere\s+(?:vilkår|priser)\s+enn",
    "competitive_restriction_exception": r"(?:non-?compet\w*|exclusiv\w*|restriction)[^.]{0,120}(?:shall\s+not\s+(?:apply|prevent|restrict)|does\s+not\s+(?:apply|prevent)|except)|"
    r"notwithstanding\s+the\s+(?:foregoing\s+)?(?:non-?compet|exclusiv)|"
    r"konkurranseklausul\w*[^.]{0,100}(?:gjelder\s+ikke|er\s+ikke\s+til\s+hinder)",
    "non_compete": r"(?:\bikke|\bnot)\b[^.]{0,100}(?:konkurrerer|compete|competes|competing)\s+(?:med|with)|non-?compet\w*|not\s+(?:directly\s+or\s+indirectly\s+)?(?:engage|compete|participate)\w*[^.]{0,60}(?:compet|business|similar)|"
    r"shall\s+not\s+(?:directly\s+or\s+indirectly\s+)?compete|konkurranseklausul|konkurranseforbud|"
    r"ikke\s+(?:direkte\s+eller\s+indirekte\s+)?(?:drive|etablere|ta\s+ansettelse)[^.]{0,60}konkurrer|konkurrerende\s+virksomhet",
    "exclusivity": r"exclusive\s+(?:right|distributor|supplier|provider|basis|licen|agent|dealer|partner)|exclusively|sole\s+(?:and\s+exclusive|supplier|source|provider)|"
    r"eneforhandler|eksklusiv\w*|enerett|eneleverandør|utelukkende\s+(?:kjøpe|benytte)",
    "no_solicit_of_customers": r"solicit\w*[^.]{0,80}(?:customer|client)|(?:customer|client)s?[^.]{0,60}solicit|"
    r"(?:kunder|kundene)[^.]{0,60}(?:verve|kontakte\s+med\s+sikte|oppsøke|henvende)|kundeklausul|"
    r"(?:verve|oppsøke)[^.]{0,40}kunder",
    "no_solicit_of_employees": r"(?:rekruttere|ansette|verve)[^.]{0,60}(?:ansatte|medarbeidere|nøkkelpersone\w*)|solicit\w*[^.]{0,80}(?:employ|personnel|staff)|(?:hire|employ|recruit)\w*[^.]{0,60}(?:employees|personnel|staff)\s+of\s+the\s+other|"
    r"no[- ]hire|rekrutteringsforbud|ansette[^.]{0,60}(?:ansatte|medarbeidere)\s+(?:hos|til|fra)\s+(?:den\s+andre|motparten|leverandøren|kunden)|"
    r"verve[^.]{0,40}(?:ansatte|medarbeidere)|(?:ansatte|medarbeidere)[^.]{0,40}verve|sverteklausul",
    "non_disparagement": r"disparag\w*|derogatory|negative\s+(?:statements|comments)|nedsettende|negative\s+uttalelser|omdømme\w*[^.]{0,40}(?:skade|svekke)",
    "termination_for_convenience": r"(?:either|any)\s+party\s+(?:may\s+)?terminat\w*[^.]{0,60}notice(?![^.]*(?:renew|expir|(?:before|prior\s+to)\s+the\s+end))|terminated\s+by\s+either\s+party(?![^.]*(?:renew|expir|(?:before|prior\s+to)\s+the\s+end))|(?:hver|begge|en)\s+(?:av\s+)?(?:partene|part)\s+kan\s+si\s+(?:opp|den\s+opp)|kan\s+sies\s+opp\s+(?:av\s+)?(?:hver|begge|partene)|terminat\w*[^.]{0,80}(?:for\s+(?:any\s+reason|convenience|no\s+reason)|without\s+(?:cause|reason))|"
    r"(?:at\s+any\s+time|for\s+any\s+reason)[^.]{0,60}(?:notice|terminat)|"
    r"(?:si\s+opp|sies\s+opp)[^.]{0,80}(?:uten\s+(?:saklig\s+)?(?:grunn|begrunnelse)|når\s+som\s+helst)|"
    r"(?:hver|begge|hver\s+av)\s+part\w*\s+kan\s+(?:si\s+opp|avslutte)|kan\s+sies\s+opp\s+av\s+(?:hver|begge|kunden|leietaker)|"
    r"(?:either|each)\s+party\s+(?:may|can)\s+terminate",
    "rofr_rofo_rofn": r"right\s+of\s+first\s+(?:refusal|offer|negotiation)|first\s+right\s+to\s+(?:purchase|negotiate|acquire)|"
    r"forkjøpsrett|første\s+rett\s+til|fortrinnsrett",
    "change_of_control": r"change\s+(?:of|in)\s+control|merger|acquisition\s+of|acquires?\s+(?:all|substantially|a\s+majority)|"
    r"majority\s+of\s+(?:the\s+)?(?:voting|equity|shares|outstanding)|eierskifte|endring\s+(?:i|av)\s+(?:eierskap|kontroll)|"
    r"kontrollskifte|fusjon|oppkjøp|bestemmende\s+innflytelse",
    "anti_assignment": r"(?:not|no)\s+(?:be\s+)?(?:assign|transfer)\w*[^.]{0,80}(?:consent|approval)|"
    r"(?:assign|transfer)\w*[^.]{0,80}without\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval)|"
    r"may\s+not\s+(?:be\s+)?assign|shall\s+not\s+(?:be\s+)?assign|"
    r"(?:overdra|transportere|overføre)\w*[^.]{0,80}(?:samtykke|godkjenning)|"
    r"(?:kan|har)\s+ikke\s+(?:rett\s+til\s+å\s+)?(?:overdra|transportere)|ikke\s+overdras|framleie\w*[^.]{0,40}samtykke|fremleie\w*[^.]{0,40}samtykke",
    "revenue_profit_sharing": r"(?:revenue|profit)s?\s+shar\w*|share\s+of\s+(?:the\s+)?(?:revenue|profit|net\s+sales)|royalt\w*|"
    r"percent(?:age)?\s+of\s+(?:the\s+)?(?:net\s+|gross\s+)?(?:revenue|sales|profit|receipts)|commission|"
    r"andel\s+av\s+(?:omsetning|overskudd|inntekt)|overskuddsdeling|inntektsdeling|royalty|provisjon|omsetningsleie",
    "price_restrictions": r"(?:shall|may)\s+not\s+(?:increase|raise|change)\s+(?:the\s+)?(?:price|fee|rate)|price\s+(?:freeze|cap|ceiling)|"
    r"(?:prices?|fees)\s+(?:shall|will)\s+(?:remain|be)\s+(?:fixed|firm|unchanged)|"
    r"(?:prisene|prisen|vederlaget)\s+(?:er|skal\s+være|ligger)\s+(?:fast|faste|uendret)|prisgaranti|ikke\s+(?:øke|endre|heve)\s+(?:prisene|prisen)",
    "minimum_commitment": r"minimum\s+(?:purchase|order|commitment|quantity|volume|amount|annual|fee|revenue)|at\s+least\s+\S+\s+(?:units|orders)|"
    r"minimumskjøp|minimumsvolum|minsteforpliktelse|minimumsforpliktelse|minimum\s+\S+\s+(?:enheter|timer)|garantert\s+(?:volum|omsetning)",
    "volume_restriction": r"(?:maximum|not\s+(?:to\s+)?exceed)\s+(?:\S+\s+){0,3}(?:units|users|licen[cs]es|copies|volume|seats)|"
    r"(?:usage|volume)\s+(?:limit|cap|restriction)|fair\s+use|maksimalt\s+\S+\s+(?:brukere|lisenser|enheter)|volumbegrensning|brukerbegrensning",
    "ip_ownership_assignment": r"(?:hereby\s+)?assign\w*[^.]{0,80}(?:right,?\s+title\s+and\s+interest|intellectual\s+property)|"
    r"(?:shall\s+be|is|are|become)\s+the\s+(?:sole\s+and\s+)?(?:exclusive\s+)?property\s+of|"
    r"(?:intellectual\s+property|work\s+product|deliverables)[^.]{0,60}(?:owned\s+by|vest\w*\s+in|belong\w*\s+to)|work\s+made\s+for\s+hire|"
    r"(?:immaterielle\s+rettigheter|opphavsrett\w*|eiendomsrett\w*|rettighetene)[^.]{0,80}(?:tilfaller|overdras|overføres|eies\s+av|tilhører)|"
    r"(?:tilfaller|overdras\s+til|tilhører)[^.]{0,40}(?:oppdragsgiver|kunden|arbeidsgiver)",
    "joint_ip_ownership": r"joint\w*\s+own\w*|co-?own\w*|owned\s+jointly|jointly\s+(?:developed|owned)|felles\w*\s+(?:eie|eiet|eierskap)|sameie|eies\s+i\s+fellesskap|eies\s+felles",
    "license_grant": r"right\s+to\s+access\s+and\s+use|(?:hereby\s+)?grants?\s+(?:to\s+\S+\s+)?(?:an?\s+|the\s+)?(?:\S+,?\s+){0,5}licen[cs]e|licen[cs]e\s+to\s+use|right\s+to\s+use|"
    r"(?:gir|gis|innrømmer)\s+(?:\S+\s+){0,4}(?:en\s+)?(?:\S+\s+){0,3}(?:bruksrett|lisens)|bruksrett\w*|lisens\w*\s+til\s+å",
    "non_transferable_license": r"non-?transferable|not\s+transferable|non-?sublicens\w*|may\s+not\s+(?:sublicense|transfer)|"
    r"ikke-?overførbar|ikke\s+(?:kan\s+)?overføres|uten\s+rett\s+til\s+(?:å\s+)?(?:overføre|viderelisensiere|underlisensiere)|ikke\s+rett\s+til\s+(?:å\s+)?(?:overdra|viderelisensiere)",
    "affiliate_license_licensor": r"licensor\W+s\s+affiliates|(?:licensor|supplier)\s+and\s+its\s+affiliates\s+(?:hereby\s+)?grant|"
    r"(?:leverandøren|lisensgiver)\s+og\s+(?:dennes|dets|deres)\s+(?:konsernselskaper|datterselskaper)",
    "affiliate_license_licensee": r"(?:licensee|customer|company)\s+and\s+its\s+affiliates|licensee\W+s\s+affiliates|(?:its|their)\s+affiliates\s+(?:may|to)\s+use|"
    r"(?:kunden|lisenstaker)\s+og\s+(?:dennes|dets|kundens)\s+(?:konsernselskaper|datterselskaper)|konsernselskaper\s+(?:kan|har\s+rett\s+til\s+å)\s+(?:bruke|benytte)",
    "unlimited_license": r"unlimited\s+(?:number\s+of\s+)?(?:users|use|copies|licen|seats|installations)|enterprise[- ]wide|all[- ]you[- ]can[- ]eat|"
    r"ubegrenset\s+(?:antall\s+)?(?:brukere|bruk|kopier|installasjoner)",
    "irrevocable_or_perpetual_license": r"irrevocabl\w*|perpetual\w*|in\s+perpetuity|ugjenkallelig|tidsubegrenset\s+(?:bruksrett|lisens)|evigvarende",
    "source_code_escrow": r"escrow|deponer\w*|kildekode\w*[^.]{0,60}(?:depon|tredjepart)|source\s+code[^.]{0,60}(?:deposit|release)",
    "post_termination_services": r"(?:after|following|upon)\s+(?:the\s+)?(?:termination|expiration|expiry)[^.]{0,80}(?:transition|continue\s+to\s+(?:provide|supply)|assist)|"
    r"transition\s+(?:services|assistance|period)|wind[- ]?down|exit\s+(?:assistance|plan)|"
    r"(?:ved|etter)\s+(?:avtalens\s+)?(?:opphør|utløp)[^.]{0,80}(?:bistå|bistand|overføring|tilbakelever|utlever)|exit-?bistand|tilbakeføring\s+av\s+data|returnere\s+(?:alle\s+)?(?:data|personopplysninger)",
    "audit_rights": r"verify\s+(?:that\s+)?[^.]{0,80}compl\w*|kontrollere\s+at\s+[^.]{0,60}(?:etterleve|overhold|følge)\w*|\baudit\w*|inspect\w*\s+(?:the\s+)?(?:books|records)|books\s+and\s+records|right\s+to\s+(?:inspect|examine)|"
    r"\brevisjon\w*|revidere|innsyn\s+i\s+(?:regnskap|dokumentasjon|bøker)|kontroll\w*\s+(?:hos|av)\s+(?:databehandler|leverandør)|inspeksjon",
    "uncapped_liability": r"uten\s+(?:beløps|ansvars)begrensning|(?:shall|will)\s+be\s+unlimited|(?:limitations?|exclusions?)\s+(?:and\s+exclusions?\s+)?of\s+liability[^.]{0,60}(?:do|does|shall)\s+not\s+apply|(?:limitation|exclusion|cap)s?\s+(?:of|on)\s+liability\s+(?:shall|will)\s+not\s+apply|"
    r"(?:shall|will)\s+not\s+(?:apply\s+to|limit)[^.]{0,80}(?:gross\s+negligence|wilful|willful|intentional|fraud|breach\s+of\s+(?:section|confidential))|"
    r"unlimited\s+liability|ubegrenset\s+(?:ansvar|erstatningsansvar)|"
    r"ansvarsbegrensning\w*\s+gjelder\s+ikke|begrensning\w*\s+(?:i\s+ansvaret\s+)?gjelder\s+ikke|"
    r"except\s+(?:in\s+the\s+event\s+of|for)\s+(?:a\s+)?(?:breach|gross|wilful|willful|fraud|indemnif)",
    "cap_on_liability": r"(?:total|aggregate|maximum|cumulative)\s+liability[^.]{0,120}(?:shall\s+not\s+exceed|limited\s+to|exceed)|"
    r"liability[^.]{0,80}(?:shall\s+not\s+exceed|is\s+limited\s+to|shall\s+be\s+limited\s+to|in\s+no\s+event\s+exceed)|"
    r"in\s+no\s+event\s+shall[^.]{0,80}(?:be\s+liable|liability)|(?:consequential|indirect|incidental|special)\s+(?:or\s+\w+\s+)?damages|"
    r"ansvar\w*[^.]{0,80}(?:begrenset\s+til|skal\s+ikke\s+overstige|oppad\s+begrenset|maksimalt)|ansvarsbegrensning|"
    r"(?:indirekte\s+tap|følgeskader|konsekvenstap)|erstatningsansvar\w*[^.]{0,60}begrenset",
    "liquidated_damages": r"pay\s+(?:NOK|EUR|USD|GBP|SEK|DKK|kr\.?)\s*[\d ,.]+\s+(?:per|for\s+each|a)\s+(?:day|week)|betale\s+(?:NOK|kr\.?)\s*[\d .]+\s+(?:per|pr\.?)\s+(?:dag|uke)|liquidated\s+damages|penalty|dagmulkt|dagbot|konvensjonalbot|prisavslag\s+på|termination\s+fee|break[- ]fee|service\s+credits?|"
    r"kompensasjon\s+(?:per|pr\.?)\s+(?:dag|time)|standardisert\s+erstatning",
    "warranty_duration": r"defects?\s+(?:liability|notification)\s+period|warrant\w*[^.]{0,160}for\s+\S+\s+(?:\(\d+\)\s+)?(?:months|days|years)|garanter\w*[^.]{0,80}\bi\s+\S+\s+(?:måneder|år)\b|warrant\w*[^.]{0,80}(?:for\s+a\s+period\s+of|period\s+of|months|days|years)|warranty\s+period|"
    r"garanti\w*[^.]{0,60}(?:måneder|år|periode)|garantiperiode|garantitid|reklamasjons(?:frist|periode|tid)|"
    r"reklamere[^.]{0,60}(?:måneder|år|dager)",
    "insurance": r"insurance|insured|forsikring\w*",
    "covenant_not_to_sue": r"not\s+to\s+(?:sue|challenge|contest)|(?:shall|will)\s+not\s+(?:challenge|contest|dispute)\s+(?:the\s+)?(?:validity|ownership)|"
    r"covenant\s+not\s+to\s+sue|(?:gyldigheten|eierskapet)[^.]{0,40}(?:bestride|angripe)|ikke\s+(?:å\s+)?(?:bestride|angripe|saksøke)",
    "third_party_beneficiary": r"third[- ]party\s+beneficiar\w*|no\s+(?:third\s+party|person\s+other\s+than)|intended\s+beneficiar|"
    r"tredjemann\w*[^.]{0,40}(?:rettigheter|påberope)|tredjepart\w*[^.]{0,40}(?:rettigheter|påberope|utlede)",
    "confidentiality": r"confidential\w*|non-?disclosure|proprietary\s+information|trade\s+secret|taushetsplikt|konfidensi\w*|fortrolig\w*|forretningshemmelighet",
    "data_processing": r"personal\s+data|data\s+processing|data\s+protection|\bGDPR\b|processor|sub-?processor|"
    r"personopplysning\w*|databehandl\w*|personvern\w*|behandlingsansvarlig|underleverandør\w*[^.]{0,40}behandl",
    "payment_terms": r"payable\s+(?:\w+\s+){0,3}(?:in\s+advance|in\s+arrears|within|\d+\s+days)|invoices?\s+(?:are|is)\s+payable|invoiced\s+(?:monthly|quarterly|annually|yearly|each|in\s+advance)|payment\s+terms|betaling(?:en)?\s+skjer|betales\s+(?:ved|etter|den|\d)|\d+\s+dager\s+etter\s+faktura\w*|(?:payment|invoice)s?\s+(?:shall\s+be\s+)?(?:due|made|paid|payable)|payable\s+within|net\s+\d+|within\s+\S+\s+(?:\(\d+\)\s+)?days\s+(?:of|after|from)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?invoice|"
    r"betalingsbetingelse\w*|betalingsfrist|forfall\w*|fakturer\w*|faktura\w*[^.]{0,60}(?:dager|netto)|betales\s+(?:innen|forskuddsvis|månedlig|kvartalsvis)|forsinkelsesrente",
    "force_majeure": r"force\s+majeure|act\s+of\s+god|beyond\s+(?:its|their|the)\s+(?:reasonable\s+)?control|"
    r"ekstraordinære\s+(?:forhold|omstendigheter|hendelser)|utenfor\s+(?:partens|sin|deres)\s+kontroll",
    "dispute_resolution": r"\bjurisdiction\b|district\s+court|disput\w*|arbitrat\w*|mediat\w*|exclusive\s+jurisdiction|courts?\s+of|venue|"
    r"tvist\w*|voldgift\w*|verneting|mekling|tingrett|domstol\w*|forhandlinger\s+mellom\s+partene",
    "termination_for_cause": r"summar\w*\s+dismiss\w*|gross\s+breach|avskjed\w*|terminat\w*[^.]{0,100}(?:material\s+breach|breach|insolven\w*|bankrupt\w*|default)|"
    r"(?:material\s+breach|insolven\w*|bankrupt\w*)[^.]{0,100}terminat\w*|heve\w*\s+(?:avtalen|kontrakten)|"
    r"vesentlig\s+mislighold|hevingsrett|heving|konkurs|avbryte\s+(?:avtalen|kontrakten)",
    "price_adjustment": r"(?:pris\w*|leie\w*|honorar\w*|vederlag\w*|timepris\w*|sats\w*)\s+(?:kan\s+|skal\s+)?(?:justeres|reguleres|endres|økes)|increase\s+the\s+(?:fees|prices|rates|charges)|(?:fees|prices|rates|charges)\s+(?:may|shall|will)\s+(?:be\s+)?increase|(?:price|fee|rent|rate)s?\s+(?:shall|may|will)\s+be\s+(?:adjusted|increased|indexed|regulated)|"
    r"(?:consumer\s+price\s+index|\bCPI\b|\bRPI\b|inflation)|price\s+(?:adjustment|increase|indexation)|"
    r"konsumprisindeks\w*|\bKPI\b|prisregulering|prisjustering|indeksregul\w*|regulere\w*\s+(?:prisene|prisen|leien|vederlaget)|"
    r"prisendring\w*|justeres\s+(?:årlig|med)|økes\s+(?:årlig|med)",
}

RULES = {key: re.compile(pattern, re.IGNORECASE) for key, pattern in _RULES.items()}
assert set(RULES) == set(CLAUSE_TYPES)


# Liability for gross negligence, intent, fraud or personal injury cannot be limited anyway
# (Norwegian and English law alike), so a cap that says it does not cover them leaves the
# liability capped. A carve-out for a kind of breach (confidentiality, IP, data protection,
# indemnities) or a plain "unlimited" does uncap it, as CUAD counts it.
_MANDATORY_CARVE_OUT = re.compile(
    r"grov\w*\s+uaktsom\w*|forsett\w*|gross\w*\s+negligen\w*|wil+ful\w*|intentional\w*|fraud\w*|"
    r"death|personal\s+injury|personskade\w*|misconduct|uaktsomhet",
    re.IGNORECASE,
)
_UNCAPPING = re.compile(
    r"breach|brudd|confidential|taushet|infring|krenk|indemn|skadesløs|data|personvern|GDPR|unlimited|"
    r"ubegrenset|uten\s+(?:beløps|ansvars)begrensning|intellectual|immateriell",
    re.IGNORECASE,
)


def rule_types(sentence: str) -> list[str]:
    """The clause types whose rule matches the sentence."""
    found = [key for key, pattern in RULES.items() if pattern.search(sentence)]
    if "uncapped_liability" in found and _MANDATORY_CARVE_OUT.search(sentence) and not _UNCAPPING.search(sentence):
        found.remove("uncapped_liability")
    return found
# ruff: noqa: E501 - regular expressions and contract text read best unbroken
