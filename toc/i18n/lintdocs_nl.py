"""Nederlandse documentatie van de lintregels: wat, waarom, voorbeeld, beter en bron, per code."""

from toc.i18n import literal

MESSAGES: dict[str, str] = {
    # orphan-node
    "TOC101.what": "Signaleert een interventie, mechanisme, uitkomst of ander onderdeel van de theorie dat door geen enkel verband wordt geraakt. Contexten vallen onder unused-declaration, omdat die ook alleen via 'als:' mee kunnen doen.",
    "TOC101.why": "Een onderdeel zonder verbanden speelt geen rol in de theorie. Het is een vergeten stap, waardoor het schema minder zegt dan het team denkt, of een restant dat de theorie rijker laat lijken dan ze is.",
    "TOC101.example": literal('''interventie bezoek "Huisbezoeken"
mechanisme vertrouwen "Gezinnen vertrouwen de bezoeker"
uitkomst veiligheid "Kinderen zijn thuis veiliger"
extern school "Aandacht van de school"

bezoek -> vertrouwen -> veiligheid'''),
    "TOC101.instead": literal('''interventie bezoek "Huisbezoeken"
mechanisme vertrouwen "Gezinnen vertrouwen de bezoeker"
uitkomst veiligheid "Kinderen zijn thuis veiliger"
extern school "Aandacht van de school"

bezoek -> vertrouwen -> veiligheid
school -> veiligheid'''),
    "TOC101.source": "Davies (2012), criteria voor de evalueerbaarheid van een veranderingstheorie: een theorie is pas toetsbaar als haar onderdelen verbonden zijn tot expliciete oorzakelijke beweringen.",
    # dead-end-intervention
    "TOC102.what": "Signaleert een interventie of inzet van waaruit langs de verbanden geen enkele uitkomst of impact te bereiken is.",
    "TOC102.why": "Werk dat in de theorie nergens toe leidt, mist zijn route naar verandering of hoort niet in deze theorie thuis. Beide zijn een gesprek waard: financiers en teams houden activiteiten gemakkelijk uit gewoonte in stand.",
    "TOC102.example": literal('''interventie bijeenkomsten "Ouderbijeenkomsten"
interventie nieuwsbrief "Maandelijkse nieuwsbrief"
prestatie bereik "Gezinnen bereikt met de nieuwsbrief"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

bijeenkomsten -> lotgenoten -> vertrouwen
nieuwsbrief -> bereik'''),
    "TOC102.instead": literal('''interventie bijeenkomsten "Ouderbijeenkomsten"
interventie nieuwsbrief "Maandelijkse nieuwsbrief"
prestatie bereik "Gezinnen bereikt met de nieuwsbrief"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

bijeenkomsten -> lotgenoten -> vertrouwen
nieuwsbrief -> bereik -> lotgenoten'''),
    "TOC102.source": "Funnell en Rogers (2011), Purposeful Program Theory: elke activiteit hoort een aannemelijke oorzakelijke route naar de beoogde resultaten te hebben.",
    # unreached-outcome
    "TOC103.what": "Signaleert een uitkomst of impact waar langs de verbanden geen enkele interventie of inzet toe leidt.",
    "TOC103.why": "Een uitkomst die niets in het programma bereikt, is een wens en geen deel van een veranderingstheorie. Er ontbreekt een route, of de uitkomst hoort bij anderen en verdient het om als hun bijdrage te worden getoond.",
    "TOC103.example": literal('''interventie bijeenkomsten "Ouderbijeenkomsten"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders" { termijn: kort }
impact generaties "Minder armoede die van generatie op generatie gaat" { termijn: lang }

bijeenkomsten -> lotgenoten -> vertrouwen'''),
    "TOC103.instead": literal('''interventie bijeenkomsten "Ouderbijeenkomsten"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders" { termijn: kort }
impact generaties "Minder armoede die van generatie op generatie gaat" { termijn: lang }

bijeenkomsten -> lotgenoten -> vertrouwen
vertrouwen -> generaties { vertraging: lang }'''),
    "TOC103.source": "Davies (2012) over evalueerbaarheid: resultaten moeten verbonden zijn met de activiteiten die ze zouden moeten veroorzaken.",
    # unused-declaration
    "TOC104.what": "Signaleert een context, aanname, betrokkene of waarde die wel in de theorie staat maar nergens wordt gebruikt: geen verband, 'als:', 'veronderstelt:', 'door:', 'voor:', 'gewaardeerd_door:', 'dient:' of tegenfeitelijk scenario verwijst ernaar.",
    "TOC104.why": "Een context die genoemd is maar bij geen verband staat, zegt niets over waar de theorie geldt; een aanname die aan geen verband hangt, is niet te toetsen; een betrokkene die niets doet en niets waardeert, is versiering.",
    "TOC104.example": literal('''context schaarste "Structureel te weinig geld in huis" { soort: belemmerend }
interventie oefenen "Oefenen met zakgeld"
mechanisme kiezen "Kinderen maken hun eigen keuzes"
uitkomst vaardigheden "Financiële vaardigheden van kinderen"

oefenen -> kiezen -> vaardigheden'''),
    "TOC104.instead": literal('''context schaarste "Structureel te weinig geld in huis" { soort: belemmerend }
interventie oefenen "Oefenen met zakgeld"
mechanisme kiezen "Kinderen maken hun eigen keuzes"
uitkomst vaardigheden "Financiële vaardigheden van kinderen"

oefenen -> kiezen -> vaardigheden
schaarste -| kiezen'''),
    "TOC104.source": "Realistische evaluatie (Pawson en Tilley, 1997): een context doet ertoe via het mechanisme dat hij mogelijk maakt of blokkeert; Davies (2012): aannames horen expliciet te zijn en vast te zitten aan de verbanden die erop rusten.",
    # undeclared-loop
    "TOC105.what": "Signaleert een terugkoppeling (stappen die weer uitkomen waar ze begonnen) waarvan geen enkel verband met 'lus:' is gemarkeerd. De tip zegt, op grond van de pijlen (-> of -|), of de lus versterkend of balancerend leest.",
    "TOC105.why": "Terugkoppeling maakt de praktijk iteratief in plaats van lineair: succes geeft vertrouwen, of een probleem herstelt zichzelf. Een ongemarkeerde lus kan een tekenfout zijn; een gemarkeerde lus vertelt de lezer dat de kringloop bedoeld is.",
    "TOC105.example": literal('''mechanisme zeker "Ouders voelen zich zeker"
uitkomst ruimte "Ouders geven kinderen meer ruimte"
uitkomst vaardigheden "Financiële vaardigheden van kinderen"

zeker -> ruimte -> vaardigheden
vaardigheden -> zeker'''),
    "TOC105.instead": literal('''mechanisme zeker "Ouders voelen zich zeker"
uitkomst ruimte "Ouders geven kinderen meer ruimte"
uitkomst vaardigheden "Financiële vaardigheden van kinderen"

zeker -> ruimte -> vaardigheden
vaardigheden -> zeker { lus: versterkend }'''),
    "TOC105.source": "Systeemdynamica (Sterman, 2000; Meadows, 2008): de polariteit van een lus is het product van de tekens van haar verbanden; Rogers (2008) over de terugkerende, emergente oorzakelijkheid van complexe programma's.",
    # loop-kind-mismatch
    "TOC106.what": "Signaleert een lus die als versterkend is gemarkeerd terwijl de verbanden haar balancerend maken, of andersom. Een lus met een oneven aantal remmende verbanden (-|) is balancerend; met geen of een even aantal versterkend.",
    "TOC106.why": "Of een lus versterkt of balanceert, bepaalt wat de theorie voorspelt: een vicieuze of juist positieve cirkel die groeit, of een systeem dat terugveert naar waar het was. Een verkeerde soort zet de lezer op het verkeerde been.",
    "TOC106.example": literal('''uitkomst schuld "Schuld van het huishouden"
mechanisme stress "Stress over geld"
uitkomst overzicht "Overzicht over de eigen financiën"

schuld -> stress -| overzicht
overzicht -| schuld { lus: balancerend }'''),
    "TOC106.instead": literal('''uitkomst schuld "Schuld van het huishouden"
mechanisme stress "Stress over geld"
uitkomst overzicht "Overzicht over de eigen financiën"

schuld -> stress -| overzicht
overzicht -| schuld { lus: versterkend }'''),
    "TOC106.source": "Systeemdynamica (Sterman, 2000; Meadows, 2008): de polariteit van een terugkoppeling volgt uit de tekens van haar verbanden.",
    # linear-chain
    "TOC201.what": "Signaleert een theorie, of een samenhangend deel ervan, die één rechte keten is: elk onderdeel heeft hooguit één oorzaak en één gevolg, zonder vertakkingen en zonder lussen.",
    "TOC201.why": "De klassieke resultatenketen (input, activiteit, output, outcome, impact) suggereert dat verandering in een rechte lijn loopt. In het sociaal werk gebeurt dat zelden: er zijn meerdere routes, andere bijdragers, belemmerende omstandigheden en terugkoppeling. Een rechte keten verbergt ze.",
    "TOC201.example": literal('''interventie bemiddeling "Bemiddeling naar werk aanbieden"
prestatie plaatsingen "Vluchtelingen gekoppeld aan vacatures"
uitkomst werk "Vluchtelingen hebben werk"

bemiddeling -> plaatsingen -> werk'''),
    "TOC201.instead": literal('''interventie bemiddeling "Bemiddeling naar werk aanbieden"
interventie garantie "Inkomensgarantie tijdens de proeftijd"
prestatie plaatsingen "Vluchtelingen gekoppeld aan vacatures"
mechanisme veilig "Vluchtelingen durven betaald werk te proberen"
uitkomst werk "Vluchtelingen hebben werk"

bemiddeling -> plaatsingen -> werk
garantie -> veilig -> werk'''),
    "TOC201.source": "Rogers (2008), gecompliceerde en complexe programmatheorie: meerdere oorzakelijke strengen en terugkerende oorzakelijkheid; de kritiek op het lineaire logische model in het impactgericht sociaal werk.",
    # logframe-staging
    "TOC202.what": "Signaleert een theorie waarin interventies tot uitkomsten of impact leiden terwijl er geen enkel mechanisme in staat: inzet en activiteit, dan prestatie, uitkomst en impact, zonder iets over hoe mensen reageren.",
    "TOC202.why": "Een logframe telt wat er geleverd wordt en hoopt op wat er verandert; de stap daartussen is een zwarte doos. Zonder mechanismen kan niemand zeggen waarom het programma werkt, voor wie, of wat je moet bijstellen als het niet werkt.",
    "TOC202.example": literal('''inzet budget "Budget voor jobcoaches"
interventie bemiddeling "Bemiddeling naar werk aanbieden"
prestatie plaatsingen "Vluchtelingen gekoppeld aan vacatures"
uitkomst werk "Vluchtelingen hebben werk"

budget -> bemiddeling -> plaatsingen -> werk'''),
    "TOC202.instead": literal('''inzet budget "Budget voor jobcoaches"
interventie bemiddeling "Bemiddeling naar werk aanbieden"
prestatie plaatsingen "Vluchtelingen gekoppeld aan vacatures"
mechanisme passend "Het werk past bij hun vaardigheden en ambities"
uitkomst werk "Vluchtelingen hebben werk"

budget -> bemiddeling -> plaatsingen -> passend -> werk'''),
    "TOC202.source": "De context-mechanisme-uitkomstconfiguraties van realistische evaluatie (Pawson en Tilley, 1997) en het CAIMeR-model (context, actoren, interventie, mechanismen, resultaten); het 'ontbrekende midden' van logische modellen (Funnell en Rogers, 2011).",
    # miracle-leap
    "TOC203.what": "Signaleert een verband van een interventie, inzet of prestatie rechtstreeks naar een impact, of naar een uitkomst die pas op middellange of lange termijn wordt verwacht.",
    "TOC203.why": "Van 'we bieden bemiddeling naar werk' naar 'vluchtelingen zijn financieel zelfstandig' in één pijl slaat alles over wat er tussendoor moet gebeuren. Juist daar gaan programma's mis, en daar hoort een evaluatie als eerste te kijken.",
    "TOC203.example": literal('''interventie bemiddeling "Bemiddeling naar werk aanbieden"
impact zelfstandig "Vluchtelingen zijn financieel zelfstandig" { termijn: lang }

bemiddeling -> zelfstandig'''),
    "TOC203.instead": literal('''interventie bemiddeling "Bemiddeling naar werk aanbieden"
mechanisme passend "Het werk past bij hun vaardigheden en ambities"
uitkomst werk "Vluchtelingen houden betaald werk" { termijn: middellang }
impact zelfstandig "Vluchtelingen zijn financieel zelfstandig" { termijn: lang }

bemiddeling -> passend -> werk -> zelfstandig'''),
    "TOC203.source": "De 'wonderstap' of het 'ontbrekende midden' van veranderingstheorieën (Funnell en Rogers, 2011); Davies (2012): lange oorzakelijke sprongen maken een theorie moeilijk te evalueren.",
    # single-pathway
    "TOC204.what": "Signaleert een impact die het programma langs precies één route bereikt: valt één stap op die route weg, dan leidt niets meer naar de impact. Een terugkoppeling onderweg telt als meer dan één route. De controle blijft snel, hoeveel routes een grote theorie ook heeft.",
    "TOC204.why": "Echte verandering heeft meerdere routes, en een theorie met één route naar haar impact zet alles op die ene kaart. De vraag naar andere routes brengt de andere interventies, mensen en mechanismen naar boven die ook bijdragen.",
    "TOC204.example": literal('''interventie huisbezoek "Huisbezoek"
mechanisme gehoord "De oudere voelt zich gehoord"
uitkomst hulp "Hulp komt op tijd" { termijn: kort }
impact thuis "Ouderen wonen langer thuis" { termijn: lang }

huisbezoek -> gehoord -> hulp -> thuis'''),
    "TOC204.instead": literal('''interventie huisbezoek "Huisbezoek"
interventie overleg "Wekelijks overleg van huisarts, wijkverpleging en sociaal werk"
mechanisme gehoord "De oudere voelt zich gehoord"
mechanisme vroeg "Signalen worden eerder gezien"
uitkomst hulp "Hulp komt op tijd" { termijn: kort }
impact thuis "Ouderen wonen langer thuis" { termijn: lang }

huisbezoek -> gehoord -> hulp -> thuis
overleg -> vroeg -> hulp'''),
    "TOC204.source": "Rogers (2008): gecompliceerde programma's hebben meerdere oorzakelijke strengen, complexe programma's emergente routes; contributieanalyse (Mayne, 2008) vraagt welke routes een waargenomen verandering verklaren.",
    # sole-attribution
    "TOC205.what": "Signaleert een impact waarvan de enige oorzaken de eigen interventies van het programma zijn: geen externe factor leidt ertoe en geen tegenfeitelijk scenario noemt andere bijdragers.",
    "TOC205.why": "Maatschappelijke verandering komt zelden door één programma. Wie het hele effect op eigen conto schrijft, overdrijft wat het programma deed; wie laat zien wie er nog meer aan bijdraagt, spreekt van een bijdrage, en dat is eerlijker én overtuigender.",
    "TOC205.example": literal('''interventie huisbezoek "Huisbezoek"
mechanisme gehoord "De oudere voelt zich gehoord"
impact thuis "Ouderen wonen langer thuis"

huisbezoek -> gehoord -> thuis'''),
    "TOC205.instead": literal('''interventie huisbezoek "Huisbezoek"
mechanisme gehoord "De oudere voelt zich gehoord"
extern dagbesteding "Dagbesteding en buurthuis"
impact thuis "Ouderen wonen langer thuis"

huisbezoek -> gehoord -> thuis
dagbesteding -> thuis'''),
    "TOC205.source": "Toerekening (attribution) in SROI: het aandeel van de verandering dat aan anderen toekomt (SROI-handleiding, 2012); contributieanalyse (Mayne, 2008); de kritiek in het impactgericht sociaal werk op programma's die het hele effect op eigen conto schrijven.",
    # transitivity-trap
    "TOC206.what": "Signaleert een keten a -> b -> c waarvan het eerste verband onder bepaalde omstandigheden geldt ('als:') en het tweede onder andere, zonder gedeelde context. Het is een opmerking (info), geen waarschuwing: toc kan niet zien of twee omstandigheden samen voorkomen, dus de bevinding stelt een vraag.",
    "TOC206.why": "Als a -> b waar is voor mensen op een krappe arbeidsmarkt en b -> c voor mensen onder strenge uitkeringsregels, dan geldt de keten a -> b -> c alleen voor wie met allebei te maken heeft. Vaak is dat zo, en dan hoort de theorie dat te zeggen; is het niet zo, dan leidt het aan elkaar rijgen van de beweringen tot een conclusie die niemand heeft waargenomen.",
    "TOC206.example": literal('''context krap "Krappe arbeidsmarkt" { soort: bevorderend }
context regels "Uitkeringsregels die proberen te werken bestraffen" { soort: belemmerend }
interventie bemiddeling "Bemiddeling naar werk aanbieden"
uitkomst proberen "Vluchtelingen proberen betaald werk"
effect schulden "Schulden als de uitkering te vroeg stopt" { onbedoeld negatief }

bemiddeling -> proberen { als: krap }
proberen -> schulden { als: regels }'''),
    "TOC206.instead": literal('''context krap "Krappe arbeidsmarkt" { soort: bevorderend }
context regels "Uitkeringsregels die proberen te werken bestraffen" { soort: belemmerend }
interventie bemiddeling "Bemiddeling naar werk aanbieden"
uitkomst proberen "Vluchtelingen proberen betaald werk"
effect schulden "Schulden als de uitkering te vroeg stopt" { onbedoeld negatief }

bemiddeling -> proberen { als: krap }
proberen -> schulden { als: krap, regels }'''),
    "TOC206.source": "De transitiviteitsval bij causale kaarten (Causal Map; Powell en anderen): a -> b en b -> c uit verschillende bronnen of omstandigheden maken nog geen a -> c.",
    # missing-counterfactual
    "TOC301.what": "Signaleert een impact, of een uitkomst op middellange of lange termijn, waarvoor geen tegenfeitelijk scenario is, terwijl de theorie ook geen scenario voor het geheel heeft.",
    "TOC301.why": "Impact is de verandering bovenop wat er sowieso was gebeurd. Zonder een woord daarover wordt elke verbetering aan het programma toegeschreven, ook wat mensen zelf ook wel bereikt hadden.",
    "TOC301.example": literal('''interventie bijeenkomsten "Ouderbijeenkomsten"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders" { termijn: middellang }

bijeenkomsten -> lotgenoten -> vertrouwen'''),
    "TOC301.instead": literal('''interventie bijeenkomsten "Ouderbijeenkomsten"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders" { termijn: middellang }

bijeenkomsten -> lotgenoten -> vertrouwen

tegenfeitelijk vertrouwen {
  "Een deel van de ouders zou ook via schuldhulp al meer zelfvertrouwen krijgen."
  sowieso: 15%
}'''),
    "TOC301.source": "Deadweight ('sowieso') in SROI (SROI-handleiding, 2012); de werkdefinitie van impact in het sociaal werk: verandering bovenop en naast wat er sowieso was gebeurd.",
    # counterfactual-zero
    "TOC302.what": "Signaleert een tegenfeitelijk scenario met 0% sowieso en 0% toerekening, of met één van beide op 0% en de ander weggelaten.",
    "TOC302.why": "Nul sowieso en nul toerekening beweren dat er zonder het programma niets was veranderd en dat niemand anders heeft geholpen. Dat is bijna nooit waar, en een beoordelaar gaat daardoor ook aan de andere getallen twijfelen.",
    "TOC302.example": literal('''uitkomst werk "Vluchtelingen houden betaald werk" { termijn: middellang }

tegenfeitelijk werk {
  "Zonder het programma had niemand werk gevonden."
  sowieso: 0%
  toerekening: 0%
}'''),
    "TOC302.instead": literal('''uitkomst werk "Vluchtelingen houden betaald werk" { termijn: middellang }

tegenfeitelijk werk {
  "Sommigen vinden ook werk via hun eigen netwerk of via vrijwilligers."
  sowieso: 25%
  toerekening: 40%
}'''),
    "TOC302.source": "Deadweight en toerekening in SROI (SROI-handleiding, 2012), die juist bestaan om te voorkomen dat alle impact aan één programma wordt toegeschreven.",
    # no-unintended-effects
    "TOC401.what": "Signaleert een theorie die geen enkel onbedoeld resultaat noemt.",
    "TOC401.why": "Impact omvat ook onbedoelde effecten, goede en slechte. Een theorie die alleen het geplande noemt, kan niet opmerken wat er nog meer gebeurde, en juist die bijwerkingen blijven deelnemers vaak het meest bij.",
    "TOC401.example": literal('''interventie huisbezoek "Huisbezoek"
mechanisme gehoord "De oudere voelt zich gehoord"
uitkomst hulp "Hulp komt op tijd"

huisbezoek -> gehoord -> hulp'''),
    "TOC401.instead": literal('''interventie huisbezoek "Huisbezoek"
mechanisme gehoord "De oudere voelt zich gehoord"
uitkomst hulp "Hulp komt op tijd"
effect leunen "Meer leunen op professionals dan op familie" { onbedoeld negatief }

huisbezoek -> gehoord -> hulp
huisbezoek -> leunen'''),
    "TOC401.source": "De werkdefinitie van impact in het sociaal werk (bedoelde en onbedoelde effecten); Bamberger, Tarsilla en Hesse-Biber (2016) over waarom evaluaties onbedoelde uitkomsten missen.",
    # no-negative-effects
    "TOC402.what": "Signaleert een theorie die geen negatief resultaat noemt en geen verband dat afremt of belemmert (geschreven met -|).",
    "TOC402.why": "Elke interventie kan het voor iemand ook erger maken: een pijnlijk verhaal dat opnieuw verteld wordt, schulden als een uitkering stopt, andere cliënten die langer wachten. Een theorie met alleen goed nieuws is nog niet eerlijk over haar risico's.",
    "TOC402.example": literal('''interventie bijeenkomsten "Reeks bijeenkomsten over armoede"
uitkomst erbij "Bewoners voelen dat ze erbij horen"
effect vriendschap "Nieuwe vriendschappen tussen bewoners" { onbedoeld positief }

bijeenkomsten -> erbij
bijeenkomsten -> vriendschap'''),
    "TOC402.instead": literal('''interventie bijeenkomsten "Reeks bijeenkomsten over armoede"
uitkomst erbij "Bewoners voelen dat ze erbij horen"
effect vriendschap "Nieuwe vriendschappen tussen bewoners" { onbedoeld positief }
effect last "Het verhaal opnieuw vertellen doet pijn" { onbedoeld negatief }

bijeenkomsten -> erbij
bijeenkomsten -> vriendschap
bijeenkomsten -> last'''),
    "TOC402.source": "De werkdefinitie van impact in het sociaal werk (positieve en negatieve effecten); het principe 'geen schade doen' in evaluatie.",
    # effect-without-polarity
    "TOC403.what": "Signaleert een effect dat niet zegt of het bedoeld of onbedoeld is, of het positief of negatief is.",
    "TOC403.why": "Een effect weegt anders als het gepland was of als verrassing kwam, en als het helpt of schaadt. Wie het openlaat, laat lezers de gunstigste lezing kiezen.",
    "TOC403.example": literal('''interventie bijeenkomsten "Reeks bijeenkomsten over armoede"
effect last "Het verhaal opnieuw vertellen doet pijn"

bijeenkomsten -> last'''),
    "TOC403.instead": literal('''interventie bijeenkomsten "Reeks bijeenkomsten over armoede"
effect last "Het verhaal opnieuw vertellen doet pijn" { onbedoeld negatief }

bijeenkomsten -> last'''),
    "TOC403.source": "De werkdefinitie van impact in het sociaal werk, die elk paar noemt: positief en negatief, bedoeld en onbedoeld, direct en indirect.",
    # context-free-mechanism
    "TOC501.what": "Signaleert een verbonden mechanisme zonder context: geen verband ernaartoe of ervandaan heeft 'als:', en geen context is ermee verbonden.",
    "TOC501.why": "Een mechanisme is hoe mensen reageren op wat er geboden wordt, en mensen reageren verschillend onder verschillende omstandigheden. Een mechanisme zonder context beweert voor iedereen en overal te werken.",
    "TOC501.example": literal('''interventie bijeenkomsten "Groepsbijeenkomsten"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

bijeenkomsten -> lotgenoten -> vertrouwen'''),
    "TOC501.instead": literal('''context veilig "Vertrouwen in het projectteam" { soort: bevorderend }
interventie bijeenkomsten "Groepsbijeenkomsten"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

bijeenkomsten -> lotgenoten -> vertrouwen { als: veilig }'''),
    "TOC501.source": "Realistische evaluatie (Pawson en Tilley, 1997): context + mechanisme = uitkomst; wat werkt, voor wie, onder welke omstandigheden.",
    # context-free-theory
    "TOC502.what": "Signaleert een theorie met verbanden die geen enkele context noemt.",
    "TOC502.why": "Zonder contexten kan een theorie niet zeggen voor wie en onder welke omstandigheden ze werkt. Belemmerende omstandigheden, zoals uitkeringsregels die betaald werk riskant maken, zijn precies wat een lineair plan mist.",
    "TOC502.example": literal('''interventie bijeenkomsten "Groepsbijeenkomsten"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

bijeenkomsten -> lotgenoten -> vertrouwen'''),
    "TOC502.instead": literal('''context veilig "Vertrouwen in het projectteam" { soort: bevorderend }
interventie bijeenkomsten "Groepsbijeenkomsten"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

bijeenkomsten -> lotgenoten -> vertrouwen { als: veilig }'''),
    "TOC502.source": "Realistische evaluatie (Pawson en Tilley, 1997) en het CAIMeR-model (context, actoren, interventie, mechanismen, resultaten).",
    # missing-mechanism
    "TOC503.what": "Signaleert een verband van een interventie, inzet of prestatie rechtstreeks naar een uitkomst of impact, als er geen mechanisme aan voorafgaat.",
    "TOC503.why": "De pijl van doen naar veranderen is waar de theorie zichzelf hoort uit te leggen: voelen mensen zich veilig, leren ze van elkaar, durven ze te vragen? Zonder mechanisme zegt het verband dát het werkt, maar niet hoe.",
    "TOC503.example": literal('''interventie bijeenkomsten "Groepsbijeenkomsten"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

bijeenkomsten -> vertrouwen'''),
    "TOC503.instead": literal('''interventie bijeenkomsten "Groepsbijeenkomsten"
mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

bijeenkomsten -> lotgenoten -> vertrouwen'''),
    "TOC503.source": "De mechanismen van realistische evaluatie (Pawson en Tilley, 1997); het 'ontbrekende midden' tussen activiteiten en uitkomsten (Funnell en Rogers, 2011).",
    # single-perspective
    "TOC601.what": "Signaleert een theorie waarin elke uitkomst en impact door één en dezelfde betrokkene belangrijk wordt gevonden, of waarin bij geen enkele uitkomst staat wie haar belangrijk vindt.",
    "TOC601.why": "Wie bepaalt wat als impact telt? Een theorie met alleen de doelen van de financier verbergt die van bewoners en professionals. Verschil van mening tussen belanghebbenden is informatie, geen ruis.",
    "TOC601.example": literal('''actor gemeente "Gemeente" { rol: financier }
uitkomst werk "Vluchtelingen houden betaald werk" { gewaardeerd_door: gemeente }
uitkomst kosten "Minder uitgaven aan uitkeringen" { gewaardeerd_door: gemeente }'''),
    "TOC601.instead": literal('''actor gemeente "Gemeente" { rol: financier }
actor vluchtelingen "Vluchtelingen met een verblijfsvergunning" { rol: deelnemer }
uitkomst werk "Vluchtelingen houden betaald werk" { gewaardeerd_door: vluchtelingen, gemeente }
uitkomst kosten "Minder uitgaven aan uitkeringen" { gewaardeerd_door: gemeente }'''),
    "TOC601.source": "Davies (2012) over de vraag wiens veranderingstheorie het is; de vraag 'wiens doelen?' en de aandacht voor macht in het impactgericht sociaal werk.",
    # participants-without-voice
    "TOC602.what": "Signaleert een betrokkene met de rol deelnemer die geen enkel resultaat belangrijk vindt.",
    "TOC602.why": "De mensen voor wie het programma is, horen te kunnen zeggen wat voor hen een goed resultaat is. Als ze alleen voorkomen als doelwit van interventies, ontbreekt hun blik op wat als succes telt.",
    "TOC602.example": literal('''actor bewoners "Bewoners met ervaring met armoede" { rol: deelnemer }
actor ambtenaren "Beleidsmedewerkers" { rol: beleidsmaker }
interventie bijeenkomsten "Reeks bijeenkomsten" { door: bewoners, ambtenaren }
uitkomst agenda "Armoede staat op de beleidsagenda" { gewaardeerd_door: ambtenaren }'''),
    "TOC602.instead": literal('''actor bewoners "Bewoners met ervaring met armoede" { rol: deelnemer }
actor ambtenaren "Beleidsmedewerkers" { rol: beleidsmaker }
interventie bijeenkomsten "Reeks bijeenkomsten" { door: bewoners, ambtenaren }
uitkomst agenda "Armoede staat op de beleidsagenda" { gewaardeerd_door: ambtenaren, bewoners }'''),
    "TOC602.source": "Participatieve en empowerment-evaluatie (Fetterman, 2001); cocreatie vanuit gedeelde waarden (gelijkwaardigheid, wederkerigheid, bewustzijn van macht) in het sociaal werk.",
    # efficiency-only
    "TOC701.what": "Signaleert een theorie waarin de uitkomsten en impacts waarbij een spoor staat, allemaal op doelmatigheid staan: niets staat op betekenisgeving of vakmanschap. Een theorie waarin nergens een spoor staat, valt onder no-tracks.",
    "TOC701.why": "Verantwoording kent drie sporen: doelmatigheid (zijn beleidsdoelen gehaald, is het geld goed besteed), betekenisgeving (wat het werk betekent voor de betrokkenen) en vakmanschap (professionals die leren de goede dingen goed te doen). Bijna alle aandacht gaat naar het eerste; een theorie op alleen dat spoor kan de andere twee niet laten zien.",
    "TOC701.example": literal('''uitkomst werk "Vluchtelingen houden betaald werk" { spoor: doelmatigheid }
impact kosten "Minder uitgaven aan uitkeringen" { spoor: doelmatigheid }'''),
    "TOC701.instead": literal('''uitkomst werk "Vluchtelingen houden betaald werk" { spoor: doelmatigheid }
uitkomst durven "Vluchtelingen durven betaald werk te proberen" { spoor: betekenisgeving }
impact kosten "Minder uitgaven aan uitkeringen" { spoor: doelmatigheid }'''),
    "TOC701.source": "De drie sporen van verantwoording (doelmatigheid, betekenisgeving, vakmanschap) uit het impactgericht sociaal werk, dat pleit voor een wissel van spoor.",
    # no-tracks
    "TOC702.what": "Signaleert een theorie waarin bij geen enkele uitkomst of impact staat op welk spoor van verantwoording ze telt: doelmatigheid, betekenisgeving of vakmanschap.",
    "TOC702.why": "De sporen maken zichtbaar waarover een theorie verantwoording aflegt. Zonder sporen ziet een lezer niet of de theorie alleen over beleidsdoelen en geld gaat, of ook over wat het werk voor mensen betekent en wat professionals leren. Het is een opmerking (info): de sporen zijn een manier van kijken die een theorie misschien nog niet gebruikt.",
    "TOC702.example": literal('''uitkomst werk "Vluchtelingen houden betaald werk"
impact kosten "Minder uitgaven aan uitkeringen"'''),
    "TOC702.instead": literal('''uitkomst werk "Vluchtelingen houden betaald werk" { spoor: betekenisgeving }
impact kosten "Minder uitgaven aan uitkeringen" { spoor: doelmatigheid }'''),
    "TOC702.source": "De drie sporen van verantwoording (doelmatigheid, betekenisgeving, vakmanschap) uit het impactgericht sociaal werk.",
    # untested-critical-assumption
    "TOC801.what": "Signaleert een aanname met hoog risico en 'bewijs: ongetoetst' bij een verband waar elke route van het programma naar een impact doorheen gaat. De controle vindt zulke verbanden zonder alle routes op te sommen, zodat ze ook bij grote theorieën snel blijft.",
    "TOC801.why": "Als de hele theorie op één verband rust, en dat verband op een ongetoetste aanname die goed mis kan gaan, dan is die aanname het eerste wat je toetst. Daar hoort het leren te beginnen.",
    "TOC801.example": literal('''aanname snel "De garantie wordt uitbetaald voordat er schulden ontstaan" { risico: hoog  bewijs: ongetoetst }
interventie garantie "Inkomensgarantie tijdens de proeftijd"
mechanisme veilig "Vluchtelingen durven betaald werk te proberen"
impact zelfstandig "Vluchtelingen zijn financieel zelfstandig"

garantie -> veilig { veronderstelt: snel }
veilig -> zelfstandig'''),
    "TOC801.instead": literal('''aanname snel "De garantie wordt uitbetaald voordat er schulden ontstaan" { risico: hoog  bewijs: ongetoetst }
interventie garantie "Inkomensgarantie tijdens de proeftijd"
interventie bemiddeling "Bemiddeling naar werk bij werkgevers"
mechanisme veilig "Vluchtelingen durven betaald werk te proberen"
mechanisme passend "Het werk past bij hun vaardigheden en ambities"
impact zelfstandig "Vluchtelingen zijn financieel zelfstandig"

garantie -> veilig { veronderstelt: snel }
veilig -> zelfstandig
bemiddeling -> passend -> zelfstandig'''),
    "TOC801.source": "Weiss (1995) over theoriegestuurde evaluatie: toets de aannames waar de theorie het meest van afhangt; Davies (2012): aannames horen expliciet te zijn, met bekend bewijs.",
    # implicit-link
    "TOC802.what": "Signaleert een verband naar een uitkomst of impact zonder aanname ('veronderstelt:'), zonder sterkte van het bewijs ('bewijs:') en zonder bron ('bron:').",
    "TOC802.why": "Elke pijl naar een resultaat is een bewering. Zeggen waarom je haar verwacht en hoe zeker je bent, laat anderen de bewering controleren en vertelt het team waar het nog over moet leren.",
    "TOC802.example": literal('''mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

lotgenoten -> vertrouwen'''),
    "TOC802.instead": literal('''mechanisme lotgenoten "Ouders leren van elkaar"
uitkomst vertrouwen "Financieel zelfvertrouwen van ouders"

lotgenoten -> vertrouwen { bewijs: matig  bron: "evaluatie van het eerste jaar" }'''),
    "TOC802.source": "Davies (2012) over evalueerbaarheid: expliciete aannames en het bewijs achter elk oorzakelijk verband.",
    # numbers-only
    "TOC803.what": "Signaleert een theorie waarvan alle indicatoren getallen zijn.",
    "TOC803.why": "Getallen zeggen hoeveel, niet wat het betekent. Tellen en vertellen horen bij elkaar: casusverhalen laten zien wat de verandering voor de betrokkenen betekent, en waarom de getallen bewogen.",
    "TOC803.example": literal('''uitkomst vaardigheden "Financiële vaardigheden van kinderen" {
  indicator "Score financiële zelfredzaamheid" { soort: getal }
}'''),
    "TOC803.instead": literal('''uitkomst vaardigheden "Financiële vaardigheden van kinderen" {
  indicator "Score financiële zelfredzaamheid" { soort: getal }
  indicator "Kinderen vergelijken prijzen voor ze iets kopen" { soort: verhaal }
}'''),
    "TOC803.source": "Tellen en vertellen in het sociaal werk: effectencalculators die casusverhalen combineren met de kosten van ondersteuning; het spoor van betekenisgeving.",
    # stories-only
    "TOC804.what": "Signaleert een theorie waarvan alle indicatoren verhalen zijn.",
    "TOC804.why": "Verhalen laten zien wat verandering betekent, maar zonder iets te tellen ziet een lezer niet hoe vaak ze voorkomt of of ze groeit. Tellen en vertellen horen bij elkaar.",
    "TOC804.example": literal('''uitkomst vaardigheden "Financiële vaardigheden van kinderen" {
  indicator "Kinderen vergelijken prijzen voor ze iets kopen" { soort: verhaal }
}'''),
    "TOC804.instead": literal('''uitkomst vaardigheden "Financiële vaardigheden van kinderen" {
  indicator "Kinderen vergelijken prijzen voor ze iets kopen" { soort: verhaal }
  indicator "Score financiële zelfredzaamheid" { soort: getal  nulmeting: 2.1  streefwaarde: 3.0 }
}'''),
    "TOC804.source": "Tellen en vertellen in het sociaal werk: effectencalculators die casusverhalen combineren met de kosten van ondersteuning.",
    # outcome-without-indicator
    "TOC805.what": "Signaleert een uitkomst of impact zonder enige indicator.",
    "TOC805.why": "Van een resultaat dat niemand kan waarnemen, valt niets te leren. Een indicator, geteld of verteld, is hoe een team merkt dat de verandering plaatsvond, of niet.",
    "TOC805.example": literal('''uitkomst vaardigheden "Financiële vaardigheden van kinderen"'''),
    "TOC805.instead": literal('''uitkomst vaardigheden "Financiële vaardigheden van kinderen" {
  indicator "Kinderen vergelijken prijzen voor ze iets kopen" { soort: verhaal }
}'''),
    "TOC805.source": "Davies (2012) over evalueerbaarheid: uitkomsten moeten waarneembaar zijn; het resultatenkader van veranderingstheorieën (Taplin en Clark, 2012).",
}
