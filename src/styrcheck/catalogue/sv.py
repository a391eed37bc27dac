"""Every rule's texts in Swedish: a summary, why it matters and its messages, by message key.
en.py holds the same keys in English, with the same {placeholders} (tests/checks/test_catalogue.py).
The words of the model a rule rests on are the profile's (`citat:`), shown with its `källa`.
A summary or reason may name the profile's goal word ({goal_word}: GoalModel.words).
"""

READABLE = "Filen måste gå att läsa som YAML innan dess metadata kan kontrolleras."

RULES: dict[str, dict] = {
    "D001": {
        "summary": "Dokumentet är beslutat av ett slags organ som inte får besluta dokument av den typen.",
        "why": (
            "Styrmodellen bestämmer vilket slags organ som beslutar varje dokumenttyp; politiska dokument beslutas av "
            "förtroendevalda. Vilka slag av organ som får besluta varje typ anges i profilen under 'beslutas_av'."
        ),
        "messages": {
            "default": (
                "{decider} (slag: {kind}) får inte besluta om dokument av typen {type}. Enligt styrmodellen beslutas "
                "de av organ av följande slag: {allowed}. Rätta 'beslutad_av', eller kontrollera att 'typ' är rätt."
            ),
            "political": (
                "{decider} (slag: {kind}) hör till tjänstemannaorganisationen och får inte besluta om dokument av "
                "typen {type}, som är politiska dokument: en nämnd får inte delegera ärenden som rör verksamhetens "
                "mål, inriktning, omfattning eller kvalitet (kommunallagen 6 kap. 38 §). Dokument av typen {type} "
                "beslutas av organ av följande slag: {allowed}. Rätta 'beslutad_av'."
            ),
            "law": (
                "Enligt dokumentet kräver lagen att planen beslutas av fullmäktige ('kräver_fullmäktige: true'), men "
                "den beslutades av {decider} (slag: {kind}). Låt fullmäktige besluta om planen, eller ändra till "
                "'kräver_fullmäktige: false' om lagen inte kräver det."
            ),
        },
    },
    "D002": {
        "summary": "Dokumentet är beslutat på en högre nivå än den lägsta möjliga.",
        "why": (
            "Beslut ska tas på lägsta möjliga nivå. Styrmodellen har dessa stegar: {ladders}. Rätt organ är det "
            "lägsta på stegen vars område omfattar det som dokumentet gäller för ('gäller_för'): ett organ med "
            "'omfattar: eget_område' beslutar för sitt eget område och de organ som hör till det ('tillhör'), ett med "
            "'kommunala_organisationen' för hela organisationen och ett med 'hela_kommunkoncernen' även för bolag och "
            "förbund. Ett dokument med 'slag' beslutas på den stege som profilen anger för slaget ('stege_per_slag'). "
            "Fullmäktige beslutar ändå i ärenden av principiell beskaffenhet eller av större vikt; markera dem med "
            "'principiell: true'. Stegarna, nivåerna och vad varje slag av organ omfattar anges i profilen under "
            "'organslag' ('stege', 'nivå', 'omfattar')."
        ),
        "messages": {
            "area": (
                "Dokumentet gäller bara inom ansvarsområdet för {lowest} ('gäller_för: {scope}') men beslutades av "
                "{decider}. Beslut ska tas på lägsta möjliga nivå, så {lowest} bör besluta om dokumentet. Är ärendet "
                "av principiell beskaffenhet eller av större vikt, ange 'principiell: true'."
            ),
            "organisation": (
                "Dokumentet berör flera organs ansvarsområden eller hela organisationen ('gäller_för: "
                "{scope}'). Den lägsta nivå som beslutar om det är {lowest}, men det beslutades av {decider}. Beslut "
                "ska tas på lägsta möjliga nivå. Är ärendet av principiell beskaffenhet eller av större vikt, ange "
                "'principiell: true'."
            ),
            "official": (
                "Dokumentet har 'slag: {kind}' och beslutas därför av tjänstemannaorganisationen, här av {lowest}, "
                "men det beslutades av {decider}. Beslut ska tas på lägsta möjliga nivå. Har dokumentet politiskt "
                "innehåll, ändra 'slag'. Är ärendet av principiell beskaffenhet eller av större vikt, ange "
                "'principiell: true'."
            ),
        },
    },
    "D003": {
        "summary": "Organet som beslutade saknar mandat för det som dokumentet gäller.",
        "why": (
            "Ett organ kan bara besluta inom sitt eget område. Beslut ska tas på lägsta möjliga nivå. Styrmodellen "
            "har dessa stegar: {ladders}. Rätt organ är det lägsta på stegen vars område omfattar det som dokumentet "
            "gäller för ('gäller_för'): ett organ med 'omfattar: eget_område' beslutar för sitt eget område och de "
            "organ som hör till det ('tillhör'), ett med 'kommunala_organisationen' för hela organisationen och ett "
            "med 'hela_kommunkoncernen' även för bolag och förbund. Ett dokument med 'slag' beslutas på den stege som "
            "profilen anger för slaget ('stege_per_slag'). Fullmäktige beslutar ändå i ärenden av principiell "
            "beskaffenhet eller av större vikt; markera dem med 'principiell: true'. Stegarna, nivåerna och vad varje "
            "slag av organ omfattar anges i profilen under 'organslag' ('stege', 'nivå', 'omfattar')."
        ),
        "messages": {
            "area": (
                "{decider} har inte mandat att besluta om detta: dokumentet gäller {scope} ('gäller_för'), som ligger "
                "utanför organets ansvarsområde. Den lägsta nivå vars område omfattar det är {lowest}: låt {lowest} "
                "besluta om dokumentet, eller rätta 'gäller_för'."
            ),
            "organisation": (
                "{decider} har inte mandat att besluta om detta: dokumentet berör flera organs ansvarsområden eller "
                "hela organisationen ('gäller_för: {scope}'). Sådant beslutar {lowest}: låt {lowest} besluta om "
                "dokumentet, eller rätta 'gäller_för'."
            ),
            "group": (
                "{decider} har inte mandat att besluta om detta: dokumentet gäller även bolag eller förbund "
                "('gäller_för: {scope}'), och sådant beslutar {lowest}. Låt {lowest} besluta om dokumentet, eller "
                "rätta 'gäller_för'."
            ),
            "none": (
                "{decider} har inte mandat att besluta om detta: dokumentet gäller {scope} ('gäller_för'), och så "
                "långt sträcker sig inget organs mandat på samma sida som {decider} (den politiska sidan eller "
                "tjänstemannasidan). Beslutet ska fattas av {lowest}, eller så ska 'gäller_för' rättas."
            ),
            "political": (
                "Dokumentet har 'slag: {kind}' och är därmed ett politiskt beslut, som inte kan fattas av "
                "tjänstemannaorganisationen ({decider}). Politiska beslut fattas av förtroendevalda, här av {lowest}. "
                "Saknar dokumentet politiskt innehåll, ändra 'slag'."
            ),
            "none-nobody": (
                "{decider} har inte mandat att besluta om detta: dokumentet gäller {scope} ('gäller_för'), och i "
                "organisationen finns inget organ som får besluta om dokument av typen {type} och har ett så vitt "
                "mandat. Rätta 'gäller_för' så att det bara tar upp det som dokumentet gäller för, eller lägg till "
                "organet som beslutar om sådant i organisationsfilen ('typ: organisation')."
            ),
            "political-nobody": (
                "Dokumentet har 'slag: {kind}' och är därmed ett politiskt beslut, som inte kan fattas av "
                "tjänstemannaorganisationen ({decider}). Politiska beslut fattas av förtroendevalda, men i "
                "organisationen finns inget politiskt organ som får besluta om dokument av typen {type} och vars "
                "mandat omfattar {scope} ('gäller_för'). Rätta 'gäller_för', eller lägg till organet som beslutar om "
                "sådant i organisationsfilen ('typ: organisation'). Saknar dokumentet politiskt innehåll, ändra "
                "'slag'."
            ),
        },
    },
    "D004": {
        "summary": "En plan är inte beslutad av det organ vars ansvarsområde den gäller.",
        "why": (
            "En plan med 'eget_område' uttrycker det ansvariga organets ambition inom dess eget ansvarsområde och "
            "beslutas där: av det organ, eller ett organ som hör till det, som beslutade planen den utgår från."
        ),
        "messages": {
            "scope": (
                "Dokumentet gäller {units} ('gäller_för'), inom ansvarsområdet för {expected}, men beslutades av "
                "{decider}. Dokument av typen {type} gäller det egna ansvarsområdet och beslutas där: låt {expected} "
                "besluta om dokumentet, eller rätta 'gäller_för'."
            ),
            "wide": (
                "Dokument av typen {type} gäller det beslutande organets eget ansvarsområde, men här "
                "står 'gäller_för: {scope}'. Ange det egna organet, till exempel 'gäller_för: [{decider_id}]'."
            ),
            "parent": (
                "Dokumentet utgår från {parent}, som {parent_decider} har beslutat, men det beslutades av {decider}, "
                "som inte hör till {parent_decider}. Ett dokument av typen {type} ska beslutas av {parent_decider} "
                "eller av ett organ som hör till {parent_decider}. Rätta 'beslutad_av' eller 'utgår_från'."
            ),
        },
    },
    "D005": {
        "summary": "Dokumentet saknar det startbeslut som styrmodellen kräver innan det tas fram.",
        "why": (
            "Styrmodellen kan kräva att ett organ beslutar innan ett nytt dokument av en viss typ tas fram, för att "
            "helhetsperspektivet ska beaktas. Vilket slags organ som fattar startbeslutet anges i profilen under "
            "'startbeslut_av'."
        ),
        "messages": {
            "default": (
                "Innan ett nytt dokument av typen {type} tas fram ska {required} besluta om det, så att "
                "helhetsperspektivet beaktas, men dokumentet anger inget sådant startbeslut. Lägg till det, till "
                "exempel 'startbeslut: {{beslutad_av: ks, beslutsdatum: 2021-03-01}}'."
            ),
            "body": (
                "Startbeslutet fattades av {body} (slag: {kind}), men ska fattas av {required}. Rätta 'beslutad_av' "
                "under 'startbeslut'."
            ),
            "order": (
                "Startbeslutet är daterat {start}, samma dag som eller efter beslutet om själva dokumentet "
                "({decided}). Startbeslutet ska fattas innan dokumentet tas fram; kontrollera 'beslutsdatum' under "
                "'startbeslut' och dokumentets eget 'beslutsdatum'."
            ),
        },
    },
    "D006": {
        "summary": "Dokumentet med {goal_word} beslutades för sent i mandatperioden, eller före valet.",
        "why": (
            "Målen för en mandatperiod bereds efter valet och beslutas tidigt, så att nämnderna kan bygga sina planer "
            "på dem. Den sista månaden anges i profilen under 'beslut_senast'."
        ),
        "messages": {
            "default": (
                "Målen för perioden {period} beslutades {decided}, men ska beslutas senast i början av "
                "mandatperiodens första år, här senast {deadline}. Kontrollera 'beslutsdatum'; beslutades målen "
                "medvetet senare, ange ett avsteg med motivering."
            ),
            "before-election": (
                "Målen för perioden {period} beslutades {decided}, före valet {election}. Mandatperiodens nya "
                "kommunalråd bereder målområden och {goal_word}, så de ska beslutas efter valet. Kontrollera "
                "'beslutsdatum', 'giltig_från' och 'giltig_till'."
            ),
        },
    },
    "D007": {
        "summary": "Dokumentet beslutades senare än normen eller lagens gräns för beslut året före det gäller.",
        "why": (
            "Ett dokument som beslutas i tid ger nämnder och bolag framförhållning. Efter normen ('norm') är det en "
            "varning, efter lagens gräns ('lag', som i kommunallagen) ett fel. Valår är inte normalfallet: enligt "
            "kommunallagen (2017:725) 11 kap. fastställs det då av de nyvalda fullmäktige, som tillträder i oktober. "
            "Det som de beslutar efter valet kan inte hålla en norm före valet och prövas därför bara mot lagens "
            "gräns, som gäller även valår. Valåren räknas fram ur profilens 'mandatperiod'; månaderna anges under "
            "'beslut_före_året' ('norm', 'lag'), allvarligheten för varje fall under 'allvarlighet' (D007, D007.lag). "
            "Ett dokument som av särskilda skäl beslutas senare anges med ett 'avsteg' och skälet."
        ),
        "messages": {
            "norm": (
                "{The_type} för {year} beslutades {decided}. Enligt styrmodellen fastställs {the_type} för nästa år "
                "i normalfallet senast {norm}, för att ge styrelser, nämnder och bolag god framförhållning. "
                "Kontrollera 'beslutsdatum' och 'giltig_från' ({the_type}s första år)."
            ),
            "lag": (
                "{The_type} för {year} beslutades {decided}, efter lagens gräns {law}. Enligt kommunallagen ska "
                "fullmäktige fastställa {the_type} senast då, även under ett valår (då av de nyvalda fullmäktige). "
                "Kontrollera 'beslutsdatum' och 'giltig_från' ({the_type}s första år)."
            ),
        },
    },
    "D008": {
        "summary": "Det framgår inte att nämnden har informerats om planen.",
        "why": (
            "En plan som tjänstemännen beslutar genomför en nämnds ambitioner, och nämnden ska veta hur. Regeln "
            "väntar så många månader efter planens start som profilen anger under 'nämnd_informeras_inom_månader'."
        ),
        "messages": {
            "default": (
                "Det framgår inte när nämnden informerades om dokumentet. Respektive nämnd ska informeras om dokument "
                "av typen {type}; ange datumet i 'nämnd_informerad', till exempel 'nämnd_informerad: 2024-01-25'."
            ),
        },
    },
    "F001": {
        "summary": "Dokumentet anger inte vem som ansvarar för att det är aktuellt.",
        "why": (
            "Ett aktivt ägarskap gör att styrande dokument följs upp och hålls aktuella. Vilka dokumenttyper som "
            "måste ha en ägare anges i profilen med 'kräver_ägare'."
        ),
        "messages": {
            "default": (
                "Det framgår inte vilken del av organisationen som ansvarar för att innehållet är aktuellt. Lägg till "
                "'ägare' med id:t för det organ som äger dokumentet, till exempel 'ägare: {example}'."
            ),
        },
    },
    "F002": {
        "summary": "Dokumentet anger ingen tid för uppföljning, eller en som aktualitetsprövningen inte medger.",
        "why": (
            "Utan en tid för uppföljning blir styrande dokument inaktuella utan att någon märker det. De intervall som "
            "förstås anges i profilen under 'uppföljningsintervall'; dessutom förstås 'N år' och 'N månader'. Kräver "
            "profilen en aktualitetsprövning ('aktualitetsprövning': 'typer', 'minst', 'längsta_intervall'), ska "
            "dokument av de typerna ange en uppföljning inom den (se docs/format.md)."
        ),
        "messages": {
            "default": (
                "Det framgår inte när {the_type} ska följas upp. Lägg till 'uppföljning' med ett datum, till exempel "
                "'uppföljning: 2026-06-30', eller med ett intervall, till exempel 'uppföljning: {{intervall: "
                "mandatperiod, senast_uppföljd: 2024-05-10}}'."
            ),
            "incomplete": (
                "'uppföljning' anger varken 'datum', 'intervall' eller 'nästa', så det går inte att veta när "
                "{the_type} ska följas upp. Lägg till något av dem, till exempel 'uppföljning: {{intervall: år, "
                "senast_uppföljd: 2024-05-10}}'."
            ),
            "no-next": (
                "{The_type} följdes upp {last}, men 'uppföljning' anger ingen senare tid för nästa uppföljning. Skriv "
                "när den ska följas upp nästa gång, till exempel 'uppföljning: {{senast_uppföljd: {last}, nästa: "
                "{example}}}', eller ett intervall, till exempel 'uppföljning: {{intervall: år, senast_uppföljd: "
                "{last}}}'."
            ),
            "interval": (
                "Uppföljningsintervallet '{interval}' går inte att tolka. Skriv ett av dessa intervall: {known}; "
                "eller ett antal år eller månader, till exempel '2 år' eller '6 månader'."
            ),
            "review": (
                "Det framgår inte när {the_type} ska aktualitetsprövas. Dokument av typen {type_word} ska enligt "
                "styrmodellen prövas minst en gång per {every}. Lägg till 'uppföljning', till exempel 'uppföljning: "
                "{{intervall: {every}, senast_uppföljd: 2024-05-10}}'."
            ),
            "review-interval": (
                "Uppföljningsintervallet '{interval}' är längre än styrmodellen medger för dokument av typen "
                "{type_word}, där intervallet vid aktualitetsprövning får vara högst '{longest}'. Skriv ett kortare "
                "intervall, till exempel 'intervall: {longest}'."
            ),
            "review-date": (
                "Nästa uppföljning är satt till {date}, efter aktualitetsprövningens sista dag {deadline} (minst en "
                "gång per {every}, räknat från beslutet eller den senaste uppföljningen). Flytta uppföljningen till "
                "senast {deadline}."
            ),
        },
    },
    "F003": {
        "summary": "Uppföljningen är försenad.",
        "why": (
            "En uppföljning som inte blir av betyder att ingen har prövat om dokumentet fortfarande är ändamålsenligt "
            "och aktuellt. Ett angivet datum ('datum', 'nästa') är uppfyllt när 'senast_uppföljd' är samma dag eller "
            "senare; med ett intervall räknas nästa uppföljning från 'senast_uppföljd'. Kräver profilen en "
            "aktualitetsprövning, räknas den tidigare av dokumentets egen tid och aktualitetsprövningens. Regeln "
            "räknar från dagens datum (eller det datum som anges med --today); ersatta och utgångna dokument lämnas "
            "utanför."
        ),
        "messages": {
            "default": (
                "Uppföljningen skulle ha skett senast {due}. Följ upp {the_type}s ändamålsenlighet och aktualitet. "
                "Skriv sedan när det gjordes och när nästa uppföljning ska ske, till exempel 'uppföljning: "
                "{{senast_uppföljd: 2024-05-10, nästa: 2026-06-30}}'."
            ),
            "interval": (
                "Uppföljningen skulle ha skett senast {due} (intervall: {interval}; senast uppföljd: {last}). Följ "
                "upp {the_type}s ändamålsenlighet och aktualitet, och skriv sedan datumet för uppföljningen i "
                "'senast_uppföljd'."
            ),
            "interval-first": (
                "Uppföljningen skulle ha skett senast {due} (intervall: {interval}; {the_type} gäller från {start}, "
                "och ingen uppföljning är angiven i 'senast_uppföljd'). Följ upp {the_type}s ändamålsenlighet och "
                "aktualitet, och skriv sedan datumet för uppföljningen i 'senast_uppföljd'."
            ),
            "review": (
                "Aktualitetsprövningen skulle ha skett senast {due}: dokument av typen {type_word} "
                "prövas minst en gång per {every}, och {the_type} beslutades eller följdes senast upp {since}. Pröva "
                "om {the_type} fortfarande är ändamålsenlig och aktuell, och skriv sedan datumet i 'senast_uppföljd'."
            ),
        },
    },
    "F004": {
        "summary": "En årlig plan eller redovisning omfattar inte ett kalenderår.",
        "why": (
            "Årliga planer och redovisningar följer budgetåret, som är kalenderåret. Vilka dokumenttyper som är "
            "årliga anges i profilen med 'period: ett_år'."
        ),
        "messages": {
            "default": (
                "Ett dokument av typen {type} omfattar ett kalenderår, 1 januari–31 december, men det här gäller "
                "{start}–{end}. Rätta 'giltig_från' och 'giltig_till'; menade du {year}-01-01–{year}-12-31?"
            ),
        },
    },
    "F005": {
        "summary": "Ett program eller mål omfattar inte en mandatperiod.",
        "why": (
            "Dokument med 'period: mandatperiod' gäller för mandatperioden. Perioderna anges i profilen under "
            "'mandatperiod' ('valår', 'längd'): i den inbyggda profilen fyra kalenderår från 1 januari efter valet."
        ),
        "messages": {
            "default": (
                "Ett dokument av typen {type} omfattar en mandatperiod, men det här gäller {start}–{end}. Närmaste "
                "mandatperiod är {period}; rätta 'giltig_från' och 'giltig_till' så att de följer den."
            ),
        },
    },
    "F006": {
        "summary": "Dokumentet har ett kortare tidsperspektiv än styrmodellen kräver.",
        "why": (
            "Ett dokument som ska vara en ledstjärna på lång sikt är med en kortare horisont snarare ett mål eller "
            "ett program. Gränsen anges i profilen under 'horisont_minst_år'."
        ),
        "messages": {
            "default": (
                "{The_type} ser bara {years} år framåt (beslutad {decided}, med sikte på år {horizon}). {A_type} "
                "har ett tidsperspektiv på något eller några decennier, alltså minst {minimum} år. Kontrollera "
                "'horisont' (eller 'giltig_till'); är dokumentet egentligen ett mål eller ett program, ändra 'typ'."
            ),
        },
    },
    "F007": {
        "summary": "En plan vars period har gått saknar den redovisning som styrmodellen kräver.",
        "why": (
            "Redovisningen visar vad som har uppnåtts under perioden och är underlaget för nästa plan. Vilken "
            "dokumenttyp som redovisar och inom hur många månader anges i profilen under 'redovisas_i'."
        ),
        "messages": {
            "default": (
                "Planens år slutade {end}, men inget dokument av typen {report} utgår från planen. Planen ska följas "
                "upp och utvärderas varje år i en redovisning som nämnden beslutar, här senast {due}. Lägg till "
                "redovisningen, med 'utgår_från: [{id}]'."
            ),
        },
    },
    "F008": {
        "summary": "Ett dokument har gått ut utan att något ersätter det.",
        "why": (
            "Det ska framgå vad ett dokument eventuellt ersätter; ett utgånget dokument utan efterträdare lämnar en "
            "lucka i styrningen. Redovisningar ('redovisning: true' i profilen) avser en period som har gått och "
            "undantas. Årliga planer och mandatperiodens dokument ('period: ett_år' eller 'mandatperiod'), och "
            "typer som profilen markerar med 'efterträds_av_nästa: true', efterträds utan 'ersätter' "
            "av nästa dokument av samma typ, beslutat av samma organ för samma område och giltigt senast året efter."
        ),
        "messages": {
            "default": (
                "Dokumentet gällde till {end}, men inget dokument ersätter det. Har ett nytt dokument tagit över, "
                "lägg till 'ersätter: [{id}]' i det nya dokumentet; annars ta ställning till om dokumentet ska "
                "förnyas."
            ),
        },
    },
    "F009": {
        "summary": "Redovisningen bedömer inte alla {goal_word} som den ska utvärdera.",
        "why": (
            "Utvärderingen av målen sluter kvalitetshjulet för {goal_word}. Vilka dokumenttyper som utvärderar mål "
            "anges i profilen med 'utvärderar_mål'; målen är de som finns i de dokument som redovisningen utgår från."
        ),
        "messages": {
            "default": (
                "{The_type} saknar en bedömning av {missing} {goal_word}: {goals}. Bedöm varje mål utifrån "
                "den beslutade definitionen av måluppfyllelse, och lägg till bedömningen under 'bedömningar', till "
                "exempel '- {{mål: …, bedömning: delvis_uppfylld, motivering: …}}'."
            ),
            "unknown": (
                "Bedömningen gäller '{goal}', som inte är något mål i de dokument som {the_type} utgår från "
                "({documents}). Rätta målets id under 'mål'."
            ),
        },
    },
    "G001": {
        "summary": "Dokumentet med {goal_word} har för få eller för många målområden.",
        "why": (
            "Ett begränsat antal målområden håller den politiska ambitionen samlad och möjlig att följa upp. "
            "Gränserna anges i profilen under 'målområden' (min, max)."
        ),
        "messages": {
            "default": (
                "Antalet målområden är {count}, men styrmodellen anger {min}–{max} målområden. Slå ihop eller dela "
                "upp målområden så att antalet hamnar inom gränserna, eller ange ett avsteg om fullmäktige medvetet "
                "har beslutat något annat."
            ),
            "flat": (
                "Dokumentet har {count} målområden, men styrmodellen samlar inte sina {goal_word} i målområden. Skriv "
                "målen som en lista under 'mål', utan 'målområden'."
            ),
        },
    },
    "G002": {
        "summary": "Ett målområde, eller dokumentet med {goal_word}, har för få eller för många {goal_word}.",
        "why": (
            "Några få mål per målområde håller ambitionen tydlig och möjlig att följa upp. Gränserna anges i profilen "
            "under 'målmodell' ('mål_per_målområde', eller 'antal_mål' för en lista av mål utan målområden: min, "
            "max)."
        ),
        "messages": {
            "flat": (
                "Dokumentet har {count} {goal_word}, men styrmodellen anger {min}–{max}. Lägg till, slå ihop eller "
                "stryk mål så att antalet hamnar inom gränserna, eller ange ett avsteg om det medvetet har beslutats "
                "något annat."
            ),
            "default": (
                "Målområdet {area} har {count} mål, men styrmodellen anger {min}–{max} {goal_word} per "
                "målområde. Lägg till, slå ihop eller flytta mål så att antalet hamnar inom gränserna."
            ),
        },
    },
    "G003": {
        "summary": "Ett av styrmodellens {goal_word} saknar definition av måluppfyllelse.",
        "why": (
            "Utan en beslutad definition av måluppfyllelse går målet inte att följa upp och utvärdera vid delår och "
            "helår."
        ),
        "messages": {
            "default": (
                "{The_goal_word} {goal} saknar en definition av måluppfyllelse. Lägg till 'måluppfyllelse' "
                "under målet och beskriv hur man kan veta att målet har nåtts: med en 'beskrivning', med "
                "'indikatorer' eller med båda."
            ),
            "empty": (
                "Måluppfyllelsen för {the_goal_word} {goal} är tom. Fyll i en 'beskrivning' eller minst en "
                "indikator under 'indikatorer' som visar hur man kan veta att målet har nåtts."
            ),
        },
    },
    "G004": {
        "summary": "Ett mål som ska kunna följas upp går inte att följa upp.",
        "why": (
            "Nämnden följer upp och utvärderar sina mål i sin redovisning; det kräver att det går att avgöra om varje "
            "mål har uppfyllts."
        ),
        "messages": {
            "default": (
                "Målet {goal} går inte att följa upp: det saknar 'måluppfyllelse'. Lägg till 'måluppfyllelse' under "
                "målet, med en 'beskrivning' eller minst en indikator under 'indikatorer', så att det går att avgöra "
                "om målet har uppfyllts."
            ),
            "empty": (
                "Målet {goal} går inte att följa upp: måluppfyllelsen är tom. Fyll i en 'beskrivning' eller minst en "
                "indikator under 'indikatorer', så att det går att avgöra om målet har uppfyllts."
            ),
        },
    },
    "G005": {
        "summary": "Ett mål utgår inte från något mål på nivån ovanför, här bland {goal_word}.",
        "why": (
            "Nämndernas mål tar avstamp i {goal_word}; utan den kopplingen går det inte att se hur fullmäktiges mål "
            "omsätts i verksamheten."
        ),
        "messages": {
            "default": (
                "Målet {goal} anger inte vilket mål det utgår från. Lägg till 'utgår_från' under målet, med id för "
                "det eller de mål i dokument av typen {allowed} som målet tar upp, till exempel 'utgår_från: "
                "[MO1.1]'."
            ),
        },
    },
    "G006": {
        "summary": "Ett mål eller en aktivitet utgår från något annat än ett mål på nivån över.",
        "why": (
            "Varje nivå i styrmodellen tar avstamp i målen på nivån närmast över: en plans mål i målen ovanför, "
            "aktiviteterna i planens mål. Vilka typer som gäller anges i profilen under 'mål_utgår_från' och "
            "'aktiviteter_utgår_från'."
        ),
        "messages": {
            "default": (
                "Målet {item} utgår från {target}, som är ett mål i dokumentet {target_doc} (av typen {target_type}). "
                "Mål i dokument av typen {type} ska utgå från mål i dokument av typen {allowed}. Rätta 'utgår_från' "
                "så att det hänvisar till ett sådant mål, till exempel det som {target} självt utgår från."
            ),
            "document": (
                "Målet {item} utgår från hela dokumentet {target} (av typen {target_type}). Skriv i stället i "
                "'utgår_från' id för de enskilda mål i dokument av typen {allowed} som målet tar upp."
            ),
            "not-goal": (
                "Målet {item} utgår från {target}, men {target} är inget mål ({kind} i dokumentet {target_doc}). "
                "Skriv i stället i 'utgår_från' id för de enskilda mål i dokument av typen {allowed} som målet tar "
                "upp."
            ),
            "activity": (
                "Aktiviteten {item} utgår från {target}, som är ett mål i dokumentet {target_doc} (av typen "
                "{target_type}). Aktiviteter i dokument av typen {type} ska utgå från mål i dokument av typen "
                "{allowed}. Rätta 'utgår_från' så att det hänvisar till ett sådant mål."
            ),
            "activity-document": (
                "Aktiviteten {item} utgår från hela dokumentet {target} (av typen {target_type}). Skriv i stället i "
                "'utgår_från' id för de mål i dokument av typen {allowed} som aktiviteten genomför."
            ),
            "activity-not-goal": (
                "Aktiviteten {item} utgår från {target}, men {target} är inget mål ({kind} i dokumentet "
                "{target_doc}). Skriv i stället i 'utgår_från' id för de mål i dokument av typen {allowed} som "
                "aktiviteten genomför."
            ),
        },
    },
    "G007": {
        "summary": "Ett dokument som inte får innehålla nya mål har mål.",
        "why": (
            "Mål beslutas på sin nivå i målhierarkin och följs upp där. Mål som gömmer sig i andra dokument, som de "
            "som bara beskriver hur något ska göras, följs aldrig upp. Vilka typer som har mål anges i profilen: "
            "'mål: övergripande' eller 'mål: uppföljningsbara', och 'mål: tillåtna' för egna mål som ingen målregel "
            "prövar (en plan som en lag kräver). En typ med 'mål: förbjudna' eller utan 'mål' har inga."
        ),
        "messages": {
            "default": (
                "Enligt styrmodellen innehåller dokument av typen {type} inte några nya mål, men det här dokumentet "
                "har '{field}'. Flytta målen till ett måldokument ({goal_types}) och ta bort '{field}' härifrån; "
                "dokumentet kan hänvisa till målen med deras id."
            ),
            "none": (
                "Dokument av typen {type} har inga egna mål i styrmodellen, men det här dokumentet har '{field}'. Mål "
                "beslutas i måldokumenten ({goal_types}); flytta målen dit och ta bort '{field}' härifrån. Dokumentet "
                "kan hänvisa till målen med deras id."
            ),
            "activities": (
                "Dokument av typen {type} har inga egna mål i styrmodellen, men det här dokumentet har '{field}'. Det "
                "som ska göras skrivs under 'aktiviteter', var och en med 'utgår_från' till det mål i dokument av "
                "typen {parents} som den genomför; ta bort '{field}' härifrån."
            ),
        },
    },
    "G008": {
        "summary": "Texten i ett dokument som inte får ha nya mål låter som ett nytt mål.",
        "why": (
            "Ett målvärde, ett målår eller orden ”målet är att” gör texten till ett mål som ingen följer upp. Regeln "
            "är försiktig och reagerar bara på ett tal efter till exempel ”ska öka till” eller ”ska minska med”, en "
            "andel i procent efter ”minst” eller ”högst”, ett årtal efter ”senast” (utom i meningar om när dokumentet "
            "följs upp) och orden ”målet är att” eller ”målsättningen är att”. En mening som hänvisar till ett "
            "befintligt mål med dess id räknas inte."
        ),
        "messages": {
            "default": (
                "Texten i '{field}' låter som ett nytt mål: {words}. Dokument av typen {type} innehåller inte några "
                "nya mål. Flytta målet till ett måldokument ({goal_types}) och hänvisa till det med dess id, eller "
                "skriv om texten så att den inte sätter upp något nytt mål."
            ),
        },
    },
    "G009": {
        "summary": "Ett av de gällande {goal_word} tas inte upp av någon gällande plan på nivån under.",
        "why": (
            "Ett mål bland {goal_word} som ingen nämnd tar upp riskerar att inte omsättas i verksamheten. Regeln ser "
            "bara på dokument som gäller i dag (eller det datum som anges med --today), och säger inget så länge "
            "inget gällande dokument på nivån under finns bland de kontrollerade filerna."
        ),
        "messages": {
            "default": (
                "Inget mål i de gällande dokumenten av typen {takers} utgår från {the_goal_word} {goal}. "
                "Kontrollera om någon nämnd bör ta upp målet, genom att skriva 'utgår_från: [{goal}]' under ett av "
                "nämndens mål."
            ),
        },
    },
    "G010": {
        "summary": "En indikator saknar utgångsvärde och målvärde (eller riktning och jämförelseår).",
        "why": (
            "En indikator visar måluppfyllelse först när den säger var man står och vart man ska: ett utgångsvärde "
            "och ett målvärde, eller en riktning jämfört med ett visst år."
        ),
        "messages": {
            "default": (
                "Indikatorn '{name}' för målet {goal} saknar '{missing}'. Lägg till '{missing}' i indikatorn, så att "
                "det går att avgöra om målet har nåtts."
            ),
            "empty": (
                "Indikatorn '{name}' för målet {goal} har varken 'utgångsvärde' och 'målvärde' eller 'riktning' och "
                "'jämförelseår'. Ange ett av paren, så att det går att avgöra om målet har nåtts."
            ),
        },
    },
    "G011": {
        "summary": "En aktivitet i en plan utgår inte från något mål.",
        "why": (
            "En plans aktiviteter beskriver hur de politiska ambitionerna i planen ovanför genomförs; en aktivitet "
            "utan koppling till ett mål syns inte i den kedjan."
        ),
        "messages": {
            "default": (
                "Aktiviteten {activity} anger inte vilket mål den utgår från. Lägg till 'utgår_från' under "
                "aktiviteten, med id för det mål i dokument av typen {allowed} som aktiviteten genomför."
            ),
        },
    },
    "H001": {
        "summary": "En hänvisning i utgår_från eller ersätter pekar på ett id som inte finns.",
        "why": (
            "Att dokument hänger samman går bara att visa och följa upp om hänvisningarna pekar på dokument och mål "
            "som finns."
        ),
        "messages": {
            "default": (
                "'{target}' i {field} finns inte: inget dokument, målområde, mål eller aktivitet har det id:t. Rätta "
                "id:t, eller lägg till det dokument som saknas."
            ),
            "suggest": (
                "'{target}' i {field} finns inte: inget dokument, målområde, mål eller aktivitet har det id:t. Menade "
                "du '{suggestion}'?"
            ),
        },
    },
    "H002": {
        "summary": "Hänvisningarna i utgår_från eller ersätter går i cirkel.",
        "why": (
            "Hierarkin går från dokumenten högst upp nedåt till planerna för verksamheten. En cirkel gör det omöjligt "
            "att se vad som styr vad."
        ),
        "messages": {
            "default": (
                "Hänvisningarna i utgår_från går i cirkel: {cycle}. Inget dokument eller mål kan, ens via andra, utgå "
                "från sig självt; rätta den hänvisning som sluter cirkeln."
            ),
            "replaces": (
                "Hänvisningarna i ersätter går i cirkel: {cycle}. Inget dokument kan, ens via andra, ersätta sig "
                "självt; rätta den hänvisning som sluter cirkeln."
            ),
            "self": "'{node}' utgår från sig självt. Ange i stället det dokument eller mål som det utgår från.",
            "self-replaces": (
                "'{node}' ersätter sig självt. Ange i stället det dokument som det ersätter, eller ta bort "
                "hänvisningen."
            ),
        },
    },
    "H003": {
        "summary": "Dokumentet utgår från ett dokument av en typ som styrmodellen inte placerar över det.",
        "why": (
            "Styrmodellen bestämmer vilken nivå varje dokument tar avstamp i. De tillåtna typerna är profilens, per "
            "dokumenttyp: 'utgår_från' för de typer ett dokument måste utgå från, 'får_utgå_från' för dem det får "
            "utgå från utan att behöva det."
        ),
        "messages": {
            "default": (
                "'{target}' är av typen {parent_type}, som ett dokument av typen {type} inte kan utgå från (tillåtna "
                "typer: {allowed}). Hänvisa till ett dokument av en tillåten typ, eller till ett mål i ett sådant."
            ),
            "item": (
                "'{target}' finns i '{parent}', som är av typen {parent_type}; ett dokument av typen {type} kan inte "
                "utgå från det (tillåtna typer: {allowed}). Hänvisa till ett dokument av en tillåten typ, eller till "
                "ett mål i ett sådant."
            ),
            "none": (
                "Dokument av typen {type} utgår inte från något annat styrande dokument, men här anges '{target}' (av "
                "typen {parent_type}). Ta bort hänvisningen; ett samband kan beskrivas i beskrivning."
            ),
        },
    },
    "H004": {
        "summary": "Dokumentet anger inte vad det utgår från.",
        "why": (
            "Varje nivå i styrmodellen tar avstamp i nivån över. Utan utgår_från går det inte att följa de politiska "
            "målen ner i verksamheten."
        ),
        "messages": {
            "default": (
                "Dokumentet anger inte vad det utgår från. Lägg till utgår_från med id:t för det överordnade dokument "
                "som gäller för samma tid (tillåtna typer för {type}: {allowed})."
            ),
        },
    },
    "H005": {
        "summary": "Dokumentet gäller för en tid som det dokument det utgår från inte gäller för.",
        "why": (
            "Ett dokument som utgår från ett annat måste gälla samtidigt som det. Årliga planer och mandatperiodens "
            "dokument ska rymmas helt inom sitt överordnade dokument (eller de dokument som utan glapp ersätter det); "
            "flerårsdokument ('period: flera_år') behöver bara börja inom det."
        ),
        "messages": {
            "before": (
                "Dokumentet börjar gälla {start}, men '{parent}', som det utgår från, börjar gälla först "
                "{parent_start}. Utgå från det dokument som gäller {start}, eller rätta giltighetstiden."
            ),
            "after": (
                "Dokumentet börjar gälla {start}, men '{parent}', som det utgår från, gällde bara till {parent_end}. "
                "Utgå från det dokument som gäller {start}, eller rätta giltighetstiden."
            ),
            "end": (
                "Dokumentet gäller till {end}, men '{parent}', som det utgår från, gäller bara till {parent_end}. "
                "Dokument av typen {type} ska rymmas inom giltighetstiden för det de utgår från; utgå från ett "
                "dokument som gäller hela perioden, eller rätta giltighetstiden."
            ),
        },
    },
    "H006": {
        "summary": "Dokumentet utgår från ett dokument som redan hade ersatts när det började gälla.",
        "why": "Ett dokument ska ta avstamp i det som gäller när det börjar gälla, inte i ett dokument som ersatts.",
        "messages": {
            "default": (
                "'{parent}' har ersatts av '{replacement}', som gäller från {replacement_start}, redan innan detta "
                "dokument började gälla ({start}). Utgå från '{replacement}' i stället."
            ),
        },
    },
    "H007": {
        "summary": "Två dokument av en typ som bara får finnas i ett gällande exemplar gäller samtidigt.",
        "why": (
            "Av vissa dokumenttyper finns bara ett gällande dokument för varje period, till exempel ett för varje "
            "mandatperiod. Gemensamma dokument med andra organisationer (samverkan) räknas inte. Vilka typer som är "
            "unika är profilens (unik)."
        ),
        "messages": {
            "default": (
                "Både detta dokument och '{other}' är av typen {type} och gäller samtidigt från och med {overlap}. "
                "Det får bara finnas ett gällande dokument av typen {type} åt gången: ange i ersätter att det nya "
                "ersätter det gamla, eller rätta giltighetstiderna."
            ),
        },
    },
    "H008": {
        "summary": "Ett dokument och det som ersätter det gäller samtidigt.",
        "why": "Av varje dokument ska det framgå vad det ersätter; det gamla ska då sluta gälla när det nya börjar.",
        "messages": {
            "default": (
                "Detta dokument ersätter '{old}' från {start}, men '{old}' har giltig_till {old_end}, så båda gäller "
                "samtidigt. Sätt giltig_till i '{old}' till {day_before}, eller rätta giltig_från här."
            ),
        },
    },
    "M001": {
        "summary": "En obligatorisk uppgift saknas.",
        "why": (
            "Styrmodellen kräver att varje dokument visar vem som har beslutat det, när, vilken tid det avser och "
            "vilken del av organisationen det gäller för."
        ),
        "messages": {
            "default": "Den obligatoriska uppgiften '{field}' saknas. Lägg till en rad '{field}: …' här.",
            "empty": "Uppgiften '{field}' är tom. Fyll i ett värde.",
            "type": "Uppgiften '{field}' saknas. Dokument av typen {type} måste ha den; lägg till en rad '{field}: …'.",
        },
    },
    "M002": {
        "summary": "Dokumentet har en uppgift som styrcheck inte känner till, ofta en felstavning.",
        "why": "Ett felstavat uppgiftsnamn betyder att uppgiften i praktiken saknas, utan att någon märker det.",
        "messages": {
            "default": (
                "'{field}' är ingen känd uppgift och läses inte. Kontrollera stavningen; vilka uppgifter som finns "
                "beskrivs i docs/format.md."
            ),
            "suggest": "'{field}' är ingen känd uppgift och läses inte. Menade du '{suggestion}'?",
        },
    },
    "M003": {
        "summary": "Ett värde har fel form (datum, tal, ja/nej, ett av flera val, lista).",
        "why": (
            "Datum, val och listor måste gå att läsa entydigt för att reglerna om tid och hierarki ska kunna "
            "kontrolleras."
        ),
        "messages": {
            "default": (
                "Värdet för '{field}' går inte att använda (teknisk beskrivning på engelska: {problem}). Jämför med "
                "hur uppgiften beskrivs i docs/format.md."
            ),
            "date": (
                "'{field}' ska vara ett datum på formen ÅÅÅÅ-MM-DD, till exempel 2024-01-31; '{value}' är inget "
                "giltigt datum."
            ),
            "date-suggest": (
                "'{field}' ska vara ett datum på formen ÅÅÅÅ-MM-DD: skriv {suggestion} i stället för '{value}'."
            ),
            "date-ambiguous": (
                "'{value}' i '{field}' kan läsas på två sätt: dag/månad ger {suggestion}, månad/dag ger "
                "{alternative}. Skriv datumet på formen ÅÅÅÅ-MM-DD, till exempel {suggestion}."
            ),
            "date-impossible": (
                "'{value}' i '{field}' är inget datum som finns: månaden har {days} dagar. Menade du månadens sista "
                "dag, {suggestion}?"
            ),
            "date-serial": (
                "'{value}' i '{field}' ser ut som ett datum från Excel (dagar räknade från 1900); det är {suggestion}. "
                "Skriv datumet på formen ÅÅÅÅ-MM-DD, till exempel {suggestion}."
            ),
            "comma-list": (
                "'{field}: {value}' är flera värden i en enda text. Skriv dem som en lista: '{field}: [{suggestion}]' "
                "(eller en rad per värde som börjar med -)."
            ),
            "bool": "'{field}' ska vara ja eller nej (eller true/false), inte '{value}'.",
            "choice": "'{value}' är inget tillåtet värde för '{field}'. Tillåtna värden: {allowed}.",
            "choice-suggest": (
                "'{value}' är inget tillåtet värde för '{field}'. Menade du '{suggestion}'? Tillåtna värden: {allowed}."
            ),
            "number": "'{field}' ska vara ett tal, inte '{value}'.",
            "year": "'{field}' ska vara ett årtal (till exempel 2035), inte '{value}'.",
            "integer": "'{field}' ska vara ett heltal, inte '{value}'.",
            "id": (
                "'{field}' innehåller osynliga tecken eller styrtecken ('{value}'), så ett id kan se rätt ut men ändå "
                "inte stämma med hänvisningarna till det. Skriv om id:t med vanliga, synliga tecken, till exempel "
                "MO1.1."
            ),
            "got-list": (
                "'{field}' ska vara ett enda värde, men här står en lista ([ ] eller rader som börjar med -). Skriv "
                "värdet direkt efter kolonet."
            ),
            "got-mapping": (
                "'{field}' ska vara ett enda värde, men här står en grupp av uppgifter (namn: värde). Skriv värdet "
                "direkt efter kolonet."
            ),
            "list-got-mapping": (
                "'{field}' ska vara en lista ([a, b] eller rader som börjar med -), men här står en grupp av "
                "uppgifter (namn: värde)."
            ),
            "mapping-got-list": (
                "'{field}' ska vara en grupp av uppgifter (indragna rader som 'namn: …' under '{field}:'), men här "
                "står en lista."
            ),
            "text-got-list": (
                "'{field}' ska vara en enda text, inte en lista. Skriv värdet direkt efter kolonet, utan [ ] och utan "
                "rader som börjar med -."
            ),
            "text-got-mapping": "'{field}' ska vara en enda text, inte en grupp av uppgifter (namn: värde).",
            "keyword-in-list": (
                "'{value}' ska stå ensamt i '{field}', inte i en lista. Skriv '{field}: {value}' utan [ ] och utan "
                "andra id:n; en lista är bara till för id:n på organ i organisation.yaml."
            ),
            "list": "'{field}' ska vara en lista ([a, b] eller rader som börjar med -), inte '{value}'.",
            "mapping": (
                "'{field}' ska vara en grupp av uppgifter (indragna rader som 'namn: …' under '{field}:'), inte "
                "'{value}'."
            ),
        },
    },
    "M004": {
        "summary": "Dokumenttypen finns inte i styrmodellen.",
        "why": "Dokument som hör till styrmodellen ska ha en beteckning enligt modellen.",
        "messages": {
            "default": "Dokumenttypen '{value}' finns inte i styrmodellen. Skriv en av dessa typer: {types}.",
            "suggest": "Dokumenttypen '{value}' finns inte i styrmodellen. Menade du '{suggestion}'?",
        },
    },
    "M005": {
        "summary": "Samma id används mer än en gång.",
        "why": (
            "Hänvisningar i 'utgår_från' och 'ersätter' pekar ut dokument och mål med deras id. Finns samma id två "
            "gånger går det inte att veta vad en hänvisning avser, och hierarkin blir fel."
        ),
        "messages": {
            "default": (
                "Id:t '{id}' används redan i {first}, rad {first_line}. Dokument, målområden, mål och aktiviteter "
                "delar på samma id:n, så varje id får bara förekomma en gång. Ge det här ett eget id, och rätta de "
                "hänvisningar i 'utgår_från' och 'ersätter' som avser det här."
            ),
            "same-file": (
                "Id:t '{id}' används redan på rad {first_line} i samma fil. Dokument, målområden, mål och aktiviteter "
                "delar på samma id:n, så varje id får bara förekomma en gång. Ge det här ett eget id, och rätta de "
                "hänvisningar i 'utgår_från' som avser det här."
            ),
            "organisation": (
                "Både den här filen och {used} har 'typ: organisation'. styrcheck läser {used}, inte den här filen. "
                "Organisationen beskrivs i en enda fil: behåll den ena och ta bort den andra; flytta först över organ "
                "som bara finns i den fil du tar bort till den du behåller."
            ),
            "organ": (
                "Id:t '{id}' används redan för ett organ på rad {first_line} i den här filen ({name}). Varje organ "
                "ska ha ett eget id. Bara det första läses, så dokument som nämner '{id}' avser {name}. Ta bort raden "
                "om den upprepar samma organ, annars ge det här organet ett eget id."
            ),
        },
    },
    "M006": {
        "summary": "Giltighetstiden slutar innan den börjar.",
        "why": (
            "Styrmodellen kräver att det framgår vilken tid dokumentet avser; en period som slutar innan den börjar "
            "avser ingen tid alls."
        ),
        "messages": {
            "default": (
                "Giltighetstiden slutar ('giltig_till: {to}') innan den börjar ('giltig_från: {start}'). Rätta något "
                "av datumen; troligen är ett årtal fel."
            ),
        },
    },
    "M007": {
        "summary": "Dokumentet ska gälla från ett datum före beslutet.",
        "why": (
            "Ett dokument styr från det att det är beslutat. Redovisningar beslutas efter den period de avser och "
            "undantas; profilen markerar dem med 'redovisning: true'. Typer vars beslutsdag profilen anger i "
            "förhållande till perioden ('beslut_senast', 'beslut_före_året') prövas av D006 och D007 i stället."
        ),
        "messages": {
            "default": (
                "Dokumentet beslutades {decided} men ska gälla från {start}, alltså innan det var beslutat. Om "
                "beslutet inte medvetet ska gälla retroaktivt: sätt 'giltig_från' till beslutsdagen eller senare, "
                "eller rätta 'beslutsdatum'."
            ),
        },
    },
    "M008": {
        "summary": "Ett organ som nämns finns inte i organisationen (organisation.yaml).",
        "why": (
            "Vem som har beslutat ett dokument, vem som äger det och vilken del av organisationen det gäller för ska "
            "gå att läsa ut entydigt. Det går bara om varje id svarar mot ett organ i organisation.yaml."
        ),
        "messages": {
            "default": (
                "'{field}: {value}' – det finns inget organ med id:t '{value}' i {organisation}. Skriv id:t för ett "
                "organ som finns där, eller lägg till organet i {organisation}."
            ),
            "suggest": (
                "'{field}: {value}' – det finns inget organ med id:t '{value}' i {organisation}. Menade du "
                "'{suggestion}'?"
            ),
            "in-organisation": (
                "Organet '{organ}' har '{field}: {value}', men det finns inget organ med id:t '{value}' i filen. "
                "Skriv id:t för ett organ som finns i filen, eller lägg till organet."
            ),
            "in-organisation-suggest": (
                "Organet '{organ}' har '{field}: {value}', men det finns inget organ med id:t '{value}' i filen. "
                "Menade du '{suggestion}'?"
            ),
            "kind": (
                "Organet '{organ}' har 'slag: {value}', ett slag som styrmodellen inte känner till. Välj ett av dessa "
                "slag: {kinds}."
            ),
            "kind-suggest": (
                "Organet '{organ}' har 'slag: {value}', ett slag som styrmodellen inte känner till. Menade du "
                "'{suggestion}'? Tillåtna slag: {kinds}."
            ),
            "no-organisation": (
                "Det finns ingen organisation.yaml, så det går inte att kontrollera att de organ som dokumenten "
                "nämner finns (här '{value}'). Lägg till en fil organisation.yaml med 'typ: organisation' och en "
                "lista 'organ:' där varje organ har 'id', 'namn' och 'slag', till exempel '- {{id: kf, namn: "
                "Kommunfullmäktige, slag: fullmäktige}}'. Slaget ska vara ett av: {kinds}."
            ),
            "unusable-organisation": (
                "Filen {organisation} gick inte att läsa som organisationen (se fynden i den filen), så det går inte "
                "att kontrollera att de organ som dokumenten nämner finns (här '{value}'). Rätta {organisation}: den "
                "ska ha raden 'typ: organisation' och en lista 'organ:' där varje organ har 'id', 'namn' och 'slag'."
            ),
        },
    },
    "M009": {
        "summary": (
            "Dokumentet publiceras bara på intranätet, fast dokument av den typen ska finnas på den externa "
            "webbplatsen."
        ),
        "why": (
            "Styrande dokument ska vara öppna för medborgarna. Vilka dokumenttyper som får vara interna anges i "
            "profilen med 'får_vara_intern: true'."
        ),
        "messages": {
            "default": (
                "Dokument av typen {type} ska publiceras på kommunens externa webbplats. Bara dessa dokumenttyper får "
                "publiceras enbart på intranätet: {allowed}. Ändra till 'publicering: extern', eller ta bort raden "
                "'publicering' (extern är förvalt)."
            ),
            "none-allowed": (
                "Dokument av typen {type} ska publiceras på kommunens externa webbplats; profilen tillåter inte att "
                "någon dokumenttyp publiceras enbart på intranätet. Ändra till 'publicering: extern', eller ta bort "
                "raden 'publicering' (extern är förvalt)."
            ),
        },
    },
    "M010": {
        "summary": "Ett gemensamt dokument namnger inte sina samverkansparter.",
        "why": (
            "Ett gemensamt dokument beslutas av flera organisationer; för att veta vem som kan ändra det, och varför "
            "det kan avvika från styrmodellen, måste det framgå vilka de är."
        ),
        "messages": {
            "default": (
                "'samverkan' säger att dokumentet är gemensamt men namnger ingen samverkanspart. Skriv vilka "
                "organisationer det är beslutat tillsammans med, till exempel 'samverkan: [Linköpings kommun]', eller "
                "ta bort raden om dokumentet inte är gemensamt."
            ),
        },
    },
    "M011": {
        "summary": "Beslutsdatumet har inte kommit än.",
        "why": (
            "Metadata ska visa vem som har beslutat om dokumentet och när. Ett beslutsdatum i framtiden är antingen "
            "ett skrivfel eller ett beslut som ännu inte finns, och ett dokument som inte är beslutat styr inte."
        ),
        "messages": {
            "default": (
                "Dokumentet anges vara beslutat {decided}, men den dagen har inte kommit än (i dag är det {today}). "
                "Rätta 'beslutsdatum' om det är fel skrivet. Är beslutet inte fattat än, lägg in dokumentet när det "
                "är fattat."
            ),
        },
    },
    "V001": {
        "summary": (
            "Dokumentet gäller inte för alla de roller som styrmodellen anger, som förtroendevalda och medarbetare."
        ),
        "why": (
            "Styrmodellen kan kräva att ett dokument, som det som anger organisationens gemensamma värderingar, "
            "gäller för flera roller lika, till exempel både förtroendevalda och medarbetare; ett som bara riktar sig "
            "till en av dem räcker inte. Rollerna anges i profilen under 'roller'."
        ),
        "messages": {
            "default": (
                "Enligt 'gäller_roller' gäller {the_type} för {roles} men inte för {missing}. Styrmodellen kräver "
                "att {the_type} gäller för alla dessa: {required}. Gäller {the_type} redan för alla, "
                "lägg till {missing} i 'gäller_roller'; annars behövs {a_type} som gäller för alla."
            ),
            "none": (
                "Det framgår inte vilka {the_type} gäller för. Styrmodellens {type_word} gäller för alla dessa: "
                "{required}; ange 'gäller_roller: [{required}]'."
            ),
        },
    },
    "X001": {
        "summary": "Ett avsteg saknar motivering eller regel.",
        "why": (
            "Ett avsteg från styrmodellen är ett medvetet val; utan motivering går det inte att skilja från ett "
            "misstag, och ingen kan pröva det senare."
        ),
        "messages": {
            "default": (
                "Avsteget från {rule} saknar motivering och godtas därför inte. Skriv varför under 'motivering', och "
                "gärna vilket beslut som medger avsteget under 'beslut', till exempel 'beslut: KF 2022-11-28 § 123'."
            ),
            "rule": (
                "Avsteget anger inte vilken regel det gäller. Skriv regelns kod eller namn under 'regel', till "
                "exempel 'regel: G001'."
            ),
        },
    },
    "X002": {
        "summary": "Ett avsteg gäller en regel som inte har något att anmärka på i dokumentet.",
        "why": (
            "Ett avsteg som inte behövs döljer ingenting i dag, men tystar regeln i dokumentet om ett fel smyger sig "
            "in senare. Avsteg som har löpt ut ('giltig_till') och regler som inte kördes räknas inte."
        ),
        "messages": {
            "default": (
                "Avsteget från {rule} ({name}) behövs inte: regeln har inget att anmärka på i dokumentet. Ta bort "
                "avsteget, eller kontrollera att det står i rätt dokument."
            ),
            "unknown": (
                "Avsteget gäller '{rule}', som inte är någon regel i styrcheck. Kontrollera koden eller namnet "
                "(kommandot 'styrcheck rules' listar alla regler)."
            ),
            "unknown-suggest": (
                "Avsteget gäller '{rule}', som inte är någon regel i styrcheck. Menade du '{suggestion}'?"
            ),
        },
    },
    "X003": {
        "summary": "Ett avsteg har löpt ut, och regeln det gällde anmärker åter på dokumentet.",
        "why": (
            "Ett avsteg som löper ut slutar tyst att gälla. Utan en hänvisning till det ser fyndet som kommer "
            "tillbaka ut som ett nytt fel, fast avsteget står kvar i dokumentet."
        ),
        "messages": {
            "default": (
                "Avsteget från {rule} ({name}) gällde till och med {until} och har löpt ut, så det som regeln "
                "anmärker på i dokumentet godtas inte längre. Rätta det, eller förnya beslutet om avsteget och ändra "
                "'giltig_till'."
            ),
        },
    },
    "Y001": {
        "summary": "Filen är inte giltig YAML.",
        "why": READABLE,
        "messages": {
            "default": (
                "Filen går inte att läsa som YAML. Felet märktes här, men orsaken står ofta på den här raden eller "
                "raden ovanför: kontrollera indrag, kolon och citattecken. En text som innehåller ': ' eller börjar "
                'med [, {{, &, *, ! eller # ska stå inom citattecken, till exempel titel: "Riktlinje: resor i '
                'tjänsten". (YAML-läsarens beskrivning på engelska: {problem}.)'
            ),
            "colon": (
                "Ett kolon följt av mellanslag (': ') står mitt i ett värde, och då tror YAML att ett nytt namn "
                'börjar. Sätt värdet inom citattecken, till exempel titel: "Riktlinje: resor i tjänsten".'
            ),
            "colon-quote": (
                "Ett kolon följt av mellanslag (': ') står mitt i ett värde, och då tror YAML att ett nytt namn "
                "börjar. Sätt värdet inom citattecken: {suggestion}"
            ),
            "colon-space": (
                "Efter kolonet saknas ett mellanslag, så YAML läser ingen rad 'namn: värde' här. Skriv {suggestion}."
            ),
            "colon-nbsp": (
                "Efter kolonet står ett hårt mellanslag (ofta inklistrat från Word), som YAML inte räknar som "
                "mellanslag. Byt det mot ett vanligt mellanslag: {suggestion}."
            ),
            "no-colon": (
                "Ett kolon (:) saknas efter namnet på raden, eller så har en rad för lite eller för mycket indrag. "
                "Skriv 'namn: värde'."
            ),
            "indent": (
                "Indraget stämmer inte: raden står längre in eller ut än raderna runt den. Rader på samma nivå ska "
                "börja i samma kolumn; kontrollera den här raden och raden ovanför."
            ),
            "dash": (
                "Ett listelement (en rad som börjar med -) står där det inte får stå. Kontrollera indraget: listans "
                "rader ska stå under namnet på listan, till exempel 'utgår_från:' och därunder '  - id'."
            ),
            "flow": (
                "En lista inom [ ] eller en grupp inom {{ }} avslutas inte som den ska. Kontrollera att varje [ har "
                "sin ] och varje {{ sin }}, och att värdena skiljs med kommatecken. Ett värde som innehåller "
                "kommatecken ska stå inom citattecken."
            ),
            "unclosed": (
                "Filen tar slut mitt i ett värde: ett citattecken, en [ eller en {{ avslutas aldrig. Leta upp var det "
                "börjar och avsluta det."
            ),
            "escape": (
                "Ett omvänt snedstreck (\\) inom dubbla citattecken bildar en okänd specialkod. Använd enkla "
                "citattecken ('…') runt texten, eller skriv \\\\."
            ),
            "start": (
                "Värdet börjar med ett tecken som YAML inte tillåter först i ett värde (till exempel @ eller `). Sätt "
                "värdet inom citattecken."
            ),
            "alias": (
                "Ett alias (*namn) hänvisar till ett ankare (&namn) som inte finns. Skriv ut värdet, eller sätt "
                "texten inom citattecken om * ska stå där som ett vanligt tecken."
            ),
            "tab": "Tabbtecken i indraget. YAML tillåter bara mellanslag som indrag; byt tabbarna mot mellanslag.",
            "multi": (
                "Filen innehåller flera YAML-dokument, åtskilda med '---'. Beskriv ett styrande dokument per fil: "
                "dela upp filen, eller ta bort raden '---' mitt i filen."
            ),
        },
    },
    "Y002": {
        "summary": "Samma uppgift står två gånger på samma nivå.",
        "why": (
            "Olika program läser dubbla uppgifter olika (en del tar det första värdet, andra det sista); metadata ska "
            "betyda samma sak vem som än läser den."
        ),
        "messages": {
            "default": (
                "'{name}' står två gånger på samma nivå; första gången på rad {first}. Bara det första värdet läses. "
                "Ta bort den ena raden, så att det är tydligt vilket värde som gäller."
            ),
        },
    },
    "Y003": {
        "summary": "Filen beskriver inget styrande dokument.",
        "why": (
            "Filer som inte beskriver något styrande dokument rapporteras i stället för att hoppas över i tysthet, så "
            "att inget dokument faller bort obemärkt."
        ),
        "messages": {
            "default": "Filen beskriver inget styrande dokument.",
            "empty": (
                "Filen är tom eller innehåller bara kommentarer. Fyll i dokumentets metadata, eller ta bort filen."
            ),
            "not-mapping": (
                "Filen innehåller en lista eller en ensam text, inte uppgifter med namn och värde. Ett styrande "
                "dokument beskrivs med rader som 'id: …', 'typ: …' och 'titel: …'."
            ),
            "no-typ": (
                "Uppgiften 'typ' saknas eller är tom, så det går inte att veta vilket slags dokument filen beskriver. "
                "Lägg till en rad 'typ:' med en av styrmodellens dokumenttyper: {types}."
            ),
            "no-typ-organisation": (
                "Uppgiften 'typ' saknas eller är tom. Filen ser ut att beskriva organisationen (den heter "
                "organisation.yaml eller har en lista 'organ:'), men utan 'typ' läses den inte, och organen i den går "
                "inte att kontrollera. Lägg till raden 'typ: organisation' överst i filen."
            ),
            "complex-key": (
                "Före kolonet står en lista eller en grupp av uppgifter i stället för ett namn, så raden läses inte. "
                "En uppgifts namn ska vara ett enkelt ord, som 'titel'."
            ),
        },
    },
    "Y004": {
        "summary": "Filen är inte kodad i UTF-8.",
        "why": "Bara UTF-8 läses likadant överallt; andra kodningar förvanskar å, ä och ö.",
        "messages": {
            "default": "Filen är inte kodad i UTF-8. Spara om den som UTF-8.",
            "cp1252": (
                "Filen ser ut att vara kodad i Windows-1252/Latin-1, inte UTF-8, så å, ä och ö blir fel; det första "
                "sådana tecknet står på den här raden. Spara om filen som UTF-8 (i Anteckningar: Spara som, Kodning: "
                "UTF-8) eller konvertera den, till exempel med: iconv -f WINDOWS-1252 -t UTF-8 fil.yaml > ny.yaml"
            ),
            "utf16": (
                "Filen är kodad i UTF-16 (i Anteckningar kallat Unicode). Spara om den som UTF-8 (Spara som, Kodning: "
                "UTF-8) eller konvertera den, till exempel med: iconv -f UTF-16 -t UTF-8 fil.yaml > ny.yaml"
            ),
            "binary": (
                "Filen innehåller binära data, inte text; kanske är det ett Word- eller PDF-dokument som fått ett "
                "namn på .yaml. Metadata skrivs som text i en .yaml-fil; byt ut filen eller ta bort den."
            ),
            "utf32": (
                "Filen är kodad i UTF-32. Spara om den som UTF-8 (Spara som, Kodning: UTF-8) eller konvertera den, "
                "till exempel med: iconv -f UTF-32 -t UTF-8 fil.yaml > ny.yaml"
            ),
            "unknown": "Filen är inte giltig UTF-8, och kodningen gick inte att känna igen. Spara om den som UTF-8.",
        },
    },
    "Y005": {
        "summary": "Filen gick inte att läsa.",
        "why": READABLE,
        "messages": {
            "default": (
                "Filen gick inte att läsa (systemets felmeddelande: {error}). Kontrollera att filen finns, att du har "
                "behörighet att läsa den och, om den är en länk, att länken pekar på rätt fil."
            ),
            "not-a-file": (
                "Det här är ingen vanlig fil (utan till exempel en enhetsfil eller en namngiven pipe), så styrcheck "
                "läser den inte. Ersätt den med en vanlig textfil eller ta bort den."
            ),
            "outside": (
                "Filen är en länk till {target}, som ligger utanför det som kontrolleras, och styrcheck följer den "
                "inte. Ersätt länken med en kopia av filen, eller ange {target} som sökväg när du kör styrcheck."
            ),
        },
    },
    "Y006": {
        "summary": "Filen är större eller djupare än styrcheck läser.",
        "why": (
            "styrcheck kan köras på filer från vem som helst; gränser för storlek, djup och alias hindrar att en enda "
            "fil lamslår datorn."
        ),
        "messages": {
            "default": "Filen överskrider en gräns för vad styrcheck läser. Förenkla eller dela upp filen.",
            "size": (
                "Filen är {size} byte, men styrcheck läser högst {limit} byte per fil. Metadata för ett dokument ryms "
                "gott i mindre: dela upp filen, eller höj gränsen (se docs/security.md)."
            ),
            "depth": (
                "Filen har fler än {limit} nivåer av indrag (listor i listor eller grupper i grupper). Så djup "
                "metadata behövs inte; förenkla filen."
            ),
            "recursive": (
                "Ett alias (*namn) står inuti den lista eller grupp som det självt pekar på, så värdet tar aldrig "
                "slut. Skriv ut värdet i stället för aliaset."
            ),
            "nodes": (
                "Filen växer till mer än {limit} värden när alias (*namn) byts ut mot det de pekar på. Skriv ut "
                "värdena i stället för att använda alias i flera led."
            ),
        },
    },
    "Y007": {
        "summary": "Filen använder en YAML-tagg som styrcheck inte godtar.",
        "why": (
            "Taggar som !!python/object kan få en del YAML-läsare att köra kod; metadata behöver bara text, listor "
            "och grupper av uppgifter."
        ),
        "messages": {
            "default": (
                "YAML-taggen {tag} godtas inte, och värdet efter den läses inte. Ta bort taggen och skriv värdet som "
                "vanlig text."
            ),
        },
    },
}
