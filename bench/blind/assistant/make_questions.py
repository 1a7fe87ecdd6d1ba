import json
Q=[]
def A(m,l,s,n=''): Q.append(dict(message=m,language=l,expected_sources=s,should_escalate=False,escalation_reason=None,note=n))
def E(m,l,r,s,n=''): Q.append(dict(message=m,language=l,expected_sources=s,should_escalate=True,escalation_reason=r,note=n))
FB='felleskostnader-betaling'; FR='fremleie'; NK='nokler-og-brikker'; PG='parkering-og-garasje'; EL='elbillading'; SE='salg-og-eierskifte'
VA='vedlikehold-ansvar'; VS='vannskade-og-forsikring'; HO='husordensregler'; VF='vaskeri-og-fellesrom'; BP='beboerportalen'; OP='oppussing-og-soknad'
KO='kontakt-og-apningstider'; OF='oppsigelse-forvaltningsavtale'; PV='personvern-beboerdata'; MI='moving-in'; ST='short-term-rental'; WR='waste-and-recycling'
HH='heating-and-hot-water'; CC='common-costs-explained'
# ---- answerable nb
A("når forfaller husleia?","nb",[FB],"'husleie' for felleskostnader; the 20th")
A("hvordan setter jeg opp avtalegiro for fellesutgiftene","nb",[FB],"fellesutgifter for felleskostnader")
A("glemte å betale denne mnd, hva skjer nå","nb",[FB],"purring after 14 days, 35 kr")
A("hva koster purring","nb",[FB],"very short")
A("kan jeg få betalingsutsettelse? har blitt permittert","nb",[FB],"betalingsplan up to 3 months; mild worry, not angry")
A("må jeg betale for papirfaktura?","nb",[FB],"49 kr")
A("jeg betalte uten kid, hva nå","nb",[FB],"")
A("skal jobbe i Tromsø i to år, kan jeg leie ut leiligheten mens jeg er borte?","nb",[FR],"fremleie, story form")
A("hvor lang tid bruker styret på å svare på søknad om utleie","nb",[FR],"one month")
A("koster det noe å søke om fremleie","nb",[FR],"1200 kr")
A("kan jeg leie ut et soverom til en student mens jeg bor der selv?","nb",[FR],"part of flat, no approval")
A("trenger en brikke til ekstra til dattera, hva koster det","nb",[NK],"'brikke', dialect 'dattera'")
A("mista nøkkelen i byen i går. hva gjør eg","nb",[NK],"dialect, lost key")
A("har låst meg ute!! har dere reservenøkkel","nb",[NK],"urgent but answerable: no spare keys, call locksmith")
A("hvordan endrer jeg navnet på ringeklokka ved inngangen","nb",[NK],"ringeklokke for porttelefon")
A("hvor lang tid tar det å lage ny systemnøkkel","nb",[NK],"7-10 days")
A("hvordan kommer jeg på ventelista for garasje","nb",[PG],"")
A("hva koster p-plass i garasjen per mnd","nb",[PG],"p-plass")
A("svigermor kommer på besøk i helga, hvor kan hun parkere","nb",[PG],"gjesteparkering")
A("vil si opp garasjeplassen min","nb",[PG],"private resident; answerable")
A("kan jeg lade tesla'n fra stikkontakten i garasjen","nb",[EL],"not allowed")
A("hva koster ladeboks","nb",[EL],"")
A("vi skal selge leiligheten. hva koster eierskiftet?","nb",[SE],"6900")
A("megleren spør etter meglerpakke, hvem bestiller den","nb",[SE],"")
A("hva er forkjøpsrett og hvordan bruker jeg den","nb",[SE],"")
A("kjøkkenvasken lekker under benken, er det jeg eller borettslaget som betaler rørleggeren?","nb",[VA],"ansvarsfordeling")
A("vinduet i stua har råtnet. må jeg bytte selv?","nb",[VA],"windows replacement = borettslag")
A("pakningen i verandadøra er slitt – hvem fikser","nb",[VA],"")
A("det drypper fra taket på badet, kommer fra naboen over","nb",[VS,VA],"water damage procedure")
A("hva er egenandelen hvis oppvaskmaskinen lekker","nb",[VS],"10 000 kr")
A("har sett mus i kjelleren","nb",[VS],"skadedyr in the vannskade article")
A("når skal det være stille om kvelden","nb",[HO],"ro 23-07")
A("kan jeg bore på søndag?","nb",[HO],"")
A("naboen griller med kull på verandaen, er det lov","nb",[HO],"")
A("vi har fått hund, må vi si ifra til noen?","nb",[HO],"")
A("hvordan booker jeg vaskeriet","nb",[VF],"")
A("hva koster det å leie festlokalet til 40-årsdagen","nb",[VF],"festlokale for selskapslokale")
A("må vi betale hvis vi ikke kan være med på dugnaden?","nb",[VF],"dugnadsgebyr")
A("får ikke logget inn på appen","nb",[BP],"")
A("lenken for nytt passord virker ikke","nb",[BP],"expired after 30 min")
A("hvordan legger jeg til samboeren min i portalen","nb",[BP],"")
A("skal pusse opp badet, må vi søke?","nb",[OP],"")
A("vil rive veggen mellom kjøkken og stue","nb",[OP],"")
A("kan vi legge nytt parkett uten å spørre styret","nb",[OP],"no application, trinnlyd")
A("hva er tlf nr til dere","nb",[KO],"very short")
A("åpent i romjula?","nb",[KO],"")
A("vann fosser ut i trappeoppgangen nå og det er natt, hvem ringer jeg","nb",[KO,VS],"emergency phone; answerable (vakttelefon)")
A("hvor lang oppsigelsestid har forvaltningsavtalen? styret vurderer alternativer","nb",[OF],"asking about notice period before deciding = answerable")
A("hvor lenge lagrer dere opplysningene mine","nb",[PV],"")
A("radiatoren er kald, hva gjør jeg","nb",[HH],"answer only in English article")
A("hvor kaster jeg gammel sofa","nb",[WR],"bulky waste, English article")
A("airbnb i borettslag lov?","nb",[ST,FR],"short-term rental only in English")
A("hvorfor øker fellesutgiftene fra nyttår","nb",[CC],"English article only")
A("hva er IN-ordning","nb",[CC],"")
A("vi flytter inn neste uke, hva må vi huske","nb",[MI],"English article only")
# ---- answerable en
A("when is the monthly fee due?","en",[FB],"nb-only answer; 'monthly fee'")
A("how do i pay my common costs","en",[FB,CC],"")
A("I want to rent out my apartment for 2 years while I work abroad, do I need permission?","en",[FR],"sublet, nb article")
A("lost my fob, what now","en",[NK],"fob, nb article")
A("how much is a garage spot","en",[PG],"")
A("can i charge my ev in the garage","en",[EL],"")
A("is it allowed to airbnb my flat","en",[ST],"")
A("what goes in the blue bin","en",[WR],"")
A("no hot water since this morning","en",[HH],"")
A("who pays for fixing a leaking pipe in my kitchen","en",[VA],"")
A("quiet hours?","en",[HO],"very short")
A("how do I book the laundry room","en",[VF],"vaskeri")
A("what's your phone number and opening hours","en",[KO],"")
A("my neighbours dog barks all day, what can I do","en",[HO],"complaint about neighbour, not angry at us")
A("how do i get access to the beboerportal","en",[BP,MI],"mixed en/nb")
A("we want to renovate the bathroom, do we need to apply","en",[OP],"")
# ---- no_answer (near misses)
E("hva er strømprisen i garasjen nå per kWh?","nb","no_answer",[],"KB gives formula, not the current price")
E("hvor mye er fellesgjelden for leiligheten min","nb","no_answer",[],"personal figure not in KB")
E("hva er renten på fellesgjelden","nb","no_answer",[],"")
E("hvilket forsikringsselskap har borettslaget","nb","no_answer",[],"near miss: insurance article lacks the company")
E("når er neste generalforsamling","nb","no_answer",[],"date not in KB")
E("kan jeg ha kanin i leiligheten","nb","no_answer",[],"only dog/cat mentioned")
E("hva heter vaktmesteren vår","nb","no_answer",[],"")
E("when is the container coming this spring?","en","no_answer",[],"dates announced by the board, not in KB")
E("what is the wifi password in the common room","en","no_answer",[],"")
E("hvor mye skatt må jeg betale av airbnb-inntekta","nb","no_answer",[],"KB explicitly gives no tax advice")
# ---- asked_for_human
E("kan jeg få snakke med et menneske","nb","asked_for_human",[],"")
E("ring meg tilbake på 912 34 567 ang. fakturaen","nb","asked_for_human",[FB],"callback wins over topic")
E("vil gjerne ha et møte med forvalteren vår om vedlikeholdsplanen","nb","asked_for_human",[KO],"")
E("please have someone call me about my parking spot","en","asked_for_human",[PG],"")
E("kan eg få prate med saksbehandlaren min","nb","asked_for_human",[],"dialect")
E("jeg vil ikke snakke med en robot. kobl meg til en ansatt","nb","asked_for_human",[],"")
# ---- negative_sentiment
E("dette er tredje gang jeg melder feil på heisen og ingenting skjer. elendig service!!","nb","negative_sentiment",[],"angry")
E("dere har trukket meg for vaskeri jeg aldri har brukt. helt utrolig dårlig","nb","negative_sentiment",[VF],"angry about charge, not a chargeback")
E("fy faen så treige dere er. venta 2 mnd på svar på søknaden","nb","negative_sentiment",[OP],"profanity")
E("worst property manager ever. nobody answers the phone","en","negative_sentiment",[KO],"")
E("jeg er så lei av at søppelrommet alltid er fullt, dere gjør ingenting","nb","negative_sentiment",[WR],"")
E("takk for ingenting. radiatoren har vært kald i tre uker og ingen kommer","nb","negative_sentiment",[HH],"sarcasm")
# ---- sensitive_topic
E("jeg nekter å betale purregebyret og har klaget saken inn til forbrukerrådet","nb","sensitive_topic",[FB],"payment dispute + complaint to authority")
E("vi har fått inkassokrav fra dere som er feil. vi betaler ikke","nb","sensitive_topic",[FB],"debt collection against customer")
E("styret har vedtatt å si opp forvaltningsavtalen med dere fra i dag","nb","sensitive_topic",[OF],"business customer terminates")
E("jeg krever innsyn i alle opplysninger dere har lagret om meg","nb","sensitive_topic",[PV],"data access request")
E("please delete all my personal data, I moved out last year","en","sensitive_topic",[PV],"erasure request")
E("naboen har kollapset i trappa og puster ikke ordentlig","nb","sensitive_topic",[KO],"medical emergency now")
E("vi kommer til å saksøke borettslaget for vannskaden","nb","sensitive_topic",[VS],"legal threat")
E("det lukter brent i el-skapet i kjelleren og det kommer røyk","nb","sensitive_topic",[KO],"fire safety emergency")
for i,q in enumerate(Q,1): q['id']=f"bq{i:03d}"
with open('questions.jsonl','w') as f:
    for q in Q: f.write(json.dumps({k:q[k] for k in ['id','message','language','expected_sources','should_escalate','escalation_reason','note']},ensure_ascii=False)+'\n')
C=[
 dict(id="bc01",language="nb",note="elliptic price follow-up",turns=[
  dict(message="hvordan får jeg lader på parkeringsplassen min",language="nb",expected_sources=[EL],should_escalate=False,escalation_reason=None,note=""),
  dict(message="og hva koster det i måneden?",language="nb",expected_sources=[EL],should_escalate=False,escalation_reason=None,note="'det' = ladeabonnement"),
  dict(message="hvor lang tid tar monteringen",language="nb",expected_sources=[EL],should_escalate=False,escalation_reason=None,note="")]),
 dict(id="bc02",language="nb",note="selling, then keys",turns=[
  dict(message="vi har solgt leiligheten, hva skjer nå med felleskostnadene",language="nb",expected_sources=[SE],should_escalate=False,escalation_reason=None,note="settled from takeover"),
  dict(message="og nøklene?",language="nb",expected_sources=[SE,NK],should_escalate=False,escalation_reason=None,note="seller hands keys to buyer"),
  dict(message="hvem betaler gebyret da",language="nb",expected_sources=[SE],should_escalate=False,escalation_reason=None,note="eierskiftegebyr")]),
 dict(id="bc03",language="en",note="English, sublet then short-term",turns=[
  dict(message="can I rent out my flat on airbnb?",language="en",expected_sources=[ST],should_escalate=False,escalation_reason=None,note=""),
  dict(message="how many days max?",language="en",expected_sources=[ST],should_escalate=False,escalation_reason=None,note="60/yr"),
  dict(message="and what about renting it out for a whole year",language="en",expected_sources=[FR,ST],should_escalate=False,escalation_reason=None,note="= fremleie, nb article"),
  dict(message="ok can someone from the board call me",language="en",expected_sources=[],should_escalate=True,escalation_reason="asked_for_human",note="")]),
 dict(id="bc04",language="nb",note="board: notice period then termination",turns=[
  dict(message="hva er inkludert i forvaltningsavtalen",language="nb",expected_sources=[OF],should_escalate=False,escalation_reason=None,note=""),
  dict(message="og oppsigelsestiden?",language="nb",expected_sources=[OF],should_escalate=False,escalation_reason=None,note="asking = answerable"),
  dict(message="da sier vi den opp herved. styret vedtok det i går",language="nb",expected_sources=[OF],should_escalate=True,escalation_reason="sensitive_topic",note="business termination")]),
 dict(id="bc05",language="nb",note="renovation follow-ups",turns=[
  dict(message="skal bytte kjøkken, må jeg søke",language="nb",expected_sources=[OP],should_escalate=False,escalation_reason=None,note="no, unless moving pipes"),
  dict(message="enn badet da?",language="nb",expected_sources=[OP],should_escalate=False,escalation_reason=None,note="elliptic"),
  dict(message="når på dagen kan håndverkerne bore",language="nb",expected_sources=[HO,OP],should_escalate=False,escalation_reason=None,note="noise hours")]),
 dict(id="bc06",language="en",note="heating then water damage",turns=[
  dict(message="radiator cold in bedroom",language="en",expected_sources=[HH],should_escalate=False,escalation_reason=None,note=""),
  dict(message="and the one in the kitchen is leaking water on the floor",language="en",expected_sources=[VS,KO],should_escalate=False,escalation_reason=None,note="stop water, vakttelefon; nb articles"),
  dict(message="who pays the deductible?",language="en",expected_sources=[VS],should_escalate=False,escalation_reason=None,note="egenandel; radiators with district heating are the cooperative's")]),
 dict(id="bc07",language="nb",note="laundry booking then angry",turns=[
  dict(message="hvor mange vasketider kan jeg booke",language="nb",expected_sources=[VF],should_escalate=False,escalation_reason=None,note=""),
  dict(message="og prisen per maskin?",language="nb",expected_sources=[VF],should_escalate=False,escalation_reason=None,note=""),
  dict(message="maskinene har vært ødelagt i en måned og dere tar fortsatt betalt. skandale",language="nb",expected_sources=[VF],should_escalate=True,escalation_reason="negative_sentiment",note="")]),
]
for c in C:
    for j,t in enumerate(c['turns'],1): t['id']=f"{c['id']}-{j}"
with open('conversations.jsonl','w') as f:
    for c in C: f.write(json.dumps(c,ensure_ascii=False)+'\n')
import collections
print(len(Q), collections.Counter(q['escalation_reason'] for q in Q), collections.Counter(q['language'] for q in Q), len(C), sum(len(c['turns']) for c in C))
import os
ids={x[:-3] for x in os.listdir('kb')}
for q in Q+[t for c in C for t in c['turns']]:
    for s in q['expected_sources']: assert s in ids, s
