"""Swedish text and names for the benchmark generator (generate.py).

Plain data only. The sentences are written in the register of real municipal steering
documents so that files have realistic sizes, line lengths and å/ä/ö density.
"""

from __future__ import annotations

# A committee (nämnd) and the office (kontor) that serves it:
# (id, name, goal-id prefix, kontor id, kontor name, activity-id prefix, domain, unit kinds).
# The first ones are the most common; generate.py takes as many as the size calls for.
NAMNDER: list[tuple[str, str, str, str, str, str, str, tuple[str, ...]]] = [
    ("bun", "Barn- och utbildningsnämnden", "BUN", "utbildningskontoret", "Utbildningskontoret",
     "UK", "utbildning", ("Förskolan {p}", "{p}skolan", "Fritidshemmet {p}")),
    ("von", "Vård- och omsorgsnämnden", "VON", "vård-och-omsorgskontoret",
     "Vård- och omsorgskontoret", "VOK", "omsorg",
     ("{p} vård- och omsorgsboende", "Hemtjänsten {p}", "Hemsjukvården {p}")),
    ("sn", "Socialnämnden", "SN", "socialkontoret", "Socialkontoret", "SOK", "social",
     ("Familjecentralen {p}", "Barn- och ungdomsenheten {p}", "Boendestödet {p}")),
    ("kfn", "Kultur- och fritidsnämnden", "KFN", "kultur-och-fritidskontoret",
     "Kultur- och fritidskontoret", "KFK", "kultur",
     ("{p} bibliotek", "Fritidsgården {p}", "Kulturskolan {p}")),
    ("spn", "Samhällsplaneringsnämnden", "SPN", "stadsbyggnadskontoret", "Stadsbyggnadskontoret",
     "SBK", "samhällsbyggnad", ("Planenheten {p}", "Exploateringsenheten {p}")),
    ("sbn", "Samhällsbyggnadsnämnden", "SBN", "samhällsbyggnadskontoret",
     "Samhällsbyggnadskontoret", "SHK", "samhällsbyggnad",
     ("Gatu- och parkdriften {p}", "Trafikenheten {p}")),
    ("mhn", "Miljö- och hälsoskyddsnämnden", "MHN", "miljö-och-hälsoskyddskontoret",
     "Miljö- och hälsoskyddskontoret", "MHK", "miljö",
     ("Livsmedelsenheten {p}", "Miljötillsynen {p}")),
    ("an", "Arbetsmarknadsnämnden", "AN", "arbetsmarknadskontoret", "Arbetsmarknadskontoret",
     "AMK", "arbetsmarknad", ("Jobbcentrum {p}", "Vuxenutbildningen {p}", "Sfi {p}")),
    ("gn", "Gymnasienämnden", "GN", "gymnasiekontoret", "Gymnasiekontoret", "GK", "utbildning",
     ("{p}gymnasiet", "Gymnasiesärskolan {p}")),
    ("nfs", "Nämnden för funktionsstöd", "NFS", "funktionsstödskontoret", "Funktionsstödskontoret",
     "FSK", "omsorg", ("Gruppbostaden {p}", "Daglig verksamhet {p}", "Korttidsboendet {p}")),
    ("bn", "Byggnadsnämnden", "BN", "byggnadskontoret", "Byggnadskontoret", "BYK",
     "samhällsbyggnad", ("Bygglovsenheten {p}",)),
    ("ssn", "Servicenämnden", "SSN", "servicekontoret", "Servicekontoret", "SEK", "service",
     ("Måltidsservice {p}", "Lokalvården {p}", "Fordonsservice {p}")),
    ("öfn", "Överförmyndarnämnden", "ÖFN", "överförmyndarkontoret", "Överförmyndarkontoret",
     "ÖFK", "social", ("Överförmyndarenheten {p}",)),
    ("fn", "Fritidsnämnden", "FN", "fritidskontoret", "Fritidskontoret", "FRK", "kultur",
     ("{p} idrottshall", "{p} simhall")),
    ("vn", "Valnämnden", "VN", "valkansliet", "Valkansliet", "VAK", "styrning",
     ("Valdistrikt {p}",)),
]

PLACES = [
    "Navestad", "Hageby", "Klockaretorpet", "Ektorp", "Skarphagen", "Vilbergen", "Smedby",
    "Borg", "Lindö", "Kneippen", "Såpkullen", "Marielund", "Ljura", "Skärblacka", "Krokek",
    "Åby", "Jursla", "Kimstad", "Vikbolandet", "Östra Husby", "Kvillinge", "Eksund",
    "Svärtinge", "Haga", "Folkparken", "Björkö", "Enebymo", "Ringdansen", "Sandbyhov",
    "Kungsgatan", "Söderstaden", "Östantill", "Norr", "Eneby", "Åselstad", "Vrinnevi",
    "Ingelsta", "Skälv", "Ljunga", "Gryt", "Kolmården", "Dagsberg", "Västra Eneby", "Kvarn",
]

BOLAG = [
    ("nova", "Norrköping Vatten och Avfall AB"),
    ("hyresbostäder", "Hyresbostäder i Norrköping AB"),
    ("rådhus-ab", "Norrköping Rådhus AB"),
    ("hamn-ab", "Norrköpings Hamn AB"),
    ("norrevo", "Norrevo Fastigheter AB"),
    ("science-park", "Norrköping Science Park AB"),
    ("nodra", "Nodra AB"),
    ("vardfastigheter", "Vårdfastigheter i Norrköping AB"),
]

SENTENCES: dict[str, list[str]] = {
    "styrning": [
        "Dokumentet utgår från kommunens vision och de övergripande mål som kommunfullmäktige har beslutat för mandatperioden.",
        "Arbetet bedrivs i enlighet med styrmodellen, där planering, genomförande, uppföljning och åtgärder bildar ett sammanhängande kvalitetsarbete.",
        "Uppföljning sker i samband med delårsrapporten i augusti och i årsredovisningen.",
        "Förändringar i omvärlden, till exempel befolkningsutvecklingen och det ekonomiska läget, påverkar förutsättningarna för verksamheten.",
        "Medarbetarnas delaktighet och ett tillitsbaserat ledarskap är avgörande för att målen ska nås.",
        "Värdegrunden med värdeorden respekt, delaktighet och trovärdighet ska prägla mötet med invånarna.",
        "Resurserna ska användas på ett ansvarsfullt sätt och verksamheten ska bedrivas inom given budgetram.",
        "Digitaliseringen ger möjligheter att förenkla kontakten med kommunen och effektivisera interna processer.",
        "Samverkan med andra nämnder, bolag och externa aktörer är en förutsättning för att lösa komplexa samhällsutmaningar.",
        "Kompetensförsörjningen är en av de största utmaningarna under de kommande åren.",
        "Dokumentet ska hållas aktuellt och revideras när förutsättningarna förändras väsentligt.",
        "Ansvaret för att dokumentet efterlevs ligger på respektive chef inom sitt område.",
        "Det ska vara lätt för invånarna att hitta information om kommunens tjänster och service.",
        "Jämställdhet, tillgänglighet och barnrättsperspektivet ska beaktas i alla beslut.",
        "Kommunen arbetar aktivt för att minska klimatpåverkan från den egna verksamheten.",
        "Analysen visar att det finns behov av att prioritera förebyggande insatser framför reaktiva åtgärder.",
        "Under året har arbetet präglats av ökade kostnader för energi och livsmedel.",
        "Nämnden har under perioden haft en ekonomi i balans, men marginalerna är små.",
        "Resultaten redovisas uppdelat på kön där det är möjligt.",
        "Innovationer och vardagsförbättringar uppmuntras och sprids mellan verksamheterna.",
        "Beslut ska fattas på lägsta möjliga nivå, nära de verksamheter som berörs.",
        "Frågor om tillämpningen besvaras av kommunstyrelsens kontor.",
        "Arbetsmiljön ska vara god och sjukfrånvaron ska följas upp regelbundet på varje arbetsplats.",
        "Informationssäkerhet och dataskydd ska beaktas när nya arbetssätt och system införs.",
        "Synpunkter från invånarna i form av klagomål, beröm och tips samlas in och analyseras systematiskt.",
        "Intern styrning och kontroll utgår från en årlig risk- och väsentlighetsanalys.",
    ],
    "utbildning": [
        "Fler barn och elever ska ges förutsättningar att nå kunskapskraven i alla ämnen.",
        "Förskolans pedagogiska uppdrag lägger grunden för ett livslångt lärande.",
        "Skolans arbete med studiero och trygghet följs upp genom elevenkäter två gånger per år.",
        "Andelen behöriga lärare har minskat och rekryteringen av legitimerad personal prioriteras.",
        "Elevhälsans förebyggande och hälsofrämjande arbete stärks genom ett närmare samarbete med socialtjänsten.",
        "Skolnärvaron följs upp månadsvis och tidiga insatser sätts in vid upprepad frånvaro.",
        "Det systematiska kvalitetsarbetet på enhetsnivå utgår från en analys av elevernas resultat.",
        "Övergångarna mellan förskola, grundskola och gymnasieskola ska vara trygga för varje barn.",
        "Språkutvecklande arbetssätt används i alla ämnen för att stödja elever med annat modersmål än svenska.",
        "Fritidshemmet kompletterar skolan och erbjuder eleverna en meningsfull fritid.",
        "Antalet barn i förskoleåldern väntas minska i centrala stadsdelar men öka i ytterområdena.",
        "Vårdnadshavare ska få löpande information om sina barns utveckling och lärande.",
    ],
    "omsorg": [
        "Den enskilde ska känna sig trygg och delaktig i utformningen av sina insatser.",
        "Antalet personer över 80 år ökar kraftigt under den kommande tioårsperioden.",
        "Kontinuiteten i hemtjänsten ska förbättras så att färre personal besöker varje brukare.",
        "Arbetet med välfärdsteknik, till exempel digital tillsyn och läkemedelsrobotar, fortsätter.",
        "Måltiderna på vård- och omsorgsboendena ska vara goda, näringsriktiga och anpassade efter individens önskemål.",
        "Samverkan med regionen kring utskrivning från slutenvården behöver utvecklas.",
        "Brukarundersökningen visar att nöjdheten med bemötandet är fortsatt hög.",
        "Personer med funktionsnedsättning ska ha möjlighet att leva ett självständigt liv.",
        "Kompetenshöjande insatser för undersköterskor genomförs inom ramen för äldreomsorgslyftet.",
        "Andelen avvikelser som rör läkemedelshantering ska minska.",
        "Dagverksamheten erbjuder aktiviteter som bryter ensamhet och isolering.",
        "Den sociala dokumentationen ska vara aktuell och utgå från individens genomförandeplan.",
    ],
    "social": [
        "Barn och unga som far illa ska uppmärksammas tidigt och få rätt stöd.",
        "Handläggningstiderna för ekonomiskt bistånd ska hållas inom fastställda ramar.",
        "Det våldsförebyggande arbetet bedrivs i samverkan med polisen och civilsamhället.",
        "Placeringar i familjehem prioriteras framför placeringar på institution.",
        "Öppenvårdens insatser för personer med missbruk eller beroende utvecklas.",
        "Antalet hushåll med långvarigt försörjningsstöd har minskat under perioden.",
        "Familjecentralerna når många föräldrar och bidrar till ett tidigt föräldrastöd.",
        "Utredningar ska genomföras med barnets bästa i fokus och barnets egen röst ska framgå.",
        "Samordnad individuell plan används när den enskilde har behov av insatser från flera huvudmän.",
        "Hemlösheten ska motverkas genom bostad först och boendestöd.",
        "Överförmyndarens granskning av årsräkningar ska vara klar inom sex månader.",
        "Ställföreträdare ska ges stöd och utbildning för att kunna utföra sina uppdrag.",
    ],
    "arbetsmarknad": [
        "Fler invånare ska gå från försörjningsstöd till arbete eller studier.",
        "Vuxenutbildningen anpassas efter arbetsmarknadens behov av kompetens.",
        "Unga som varken arbetar eller studerar ska erbjudas individuellt stöd.",
        "Samarbetet med Arbetsförmedlingen och det lokala näringslivet utvecklas.",
        "Svenska för invandrare kombineras med yrkesutbildning och praktik.",
        "Andelen deltagare som har arbete eller studerar sex månader efter avslutad insats följs upp.",
        "Feriearbeten ger ungdomar en första kontakt med arbetslivet.",
        "Validering av tidigare kunskaper förkortar vägen till arbete.",
        "Insatserna riktas särskilt till personer som står långt från arbetsmarknaden.",
        "Studie- och yrkesvägledningen ska vara tillgänglig för alla vuxna.",
    ],
    "kultur": [
        "Kulturlivet bidrar till att göra staden attraktiv att bo och verka i.",
        "Biblioteken är öppna mötesplatser som främjar läsning och digital delaktighet.",
        "Barn och unga ska ha tillgång till ett brett utbud av kultur- och fritidsaktiviteter.",
        "Föreningslivet är en viktig resurs och stödet till föreningar ses över.",
        "Idrottsanläggningarna ska vara tillgängliga och fördelas jämställt mellan flickor och pojkar.",
        "Kulturskolans verksamhet når allt fler elever i ytterområdena.",
        "Fritidsgårdarna erbjuder trygga miljöer på kvällar och helger.",
        "Kulturarvet ska bevaras, användas och utvecklas.",
        "Evenemang och festivaler stärker stadens profil som musikhuvudstad.",
        "Samarbetet med det fria kulturlivet och studieförbunden fördjupas.",
    ],
    "samhällsbyggnad": [
        "Bostadsbyggandet ska öka för att möta befolkningstillväxten.",
        "Detaljplanearbetet prioriteras efter översiktsplanens strategier.",
        "Gång, cykel och kollektivtrafik ska vara förstahandsval för resor i staden.",
        "Gatu- och parkunderhållet planeras utifrån en långsiktig underhållsplan.",
        "Handläggningstiden för bygglov ska hållas inom lagstadgade tio veckor.",
        "Grönområden och parker ska vara tillgängliga för alla invånare.",
        "Klimatanpassning av dagvattenhanteringen är en prioriterad fråga.",
        "Den fysiska planeringen ska bidra till minskad segregation.",
        "Trafiksäkerheten runt skolor och förskolor förbättras.",
        "Stadsutvecklingen i Inre hamnen och Butängen fortsätter enligt plan.",
    ],
    "miljö": [
        "Tillsynen ska vara riskbaserad och fokusera på verksamheter med störst påverkan på miljö och hälsa.",
        "Livsmedelskontrollen genomförs enligt den nationella kontrollplanen.",
        "Utsläppen av växthusgaser från kommunens verksamheter ska minska.",
        "Luftkvaliteten i centrala staden mäts kontinuerligt.",
        "Naturvårdsarbetet bidrar till att bevara den biologiska mångfalden.",
        "Företagare ska uppleva att kontakterna med myndigheten är enkla och rättssäkra.",
        "Arbetet med förorenade områden bedrivs i samverkan med länsstyrelsen.",
        "Buller från trafik och industri kartläggs och åtgärdas.",
        "Avgifterna för tillsynen ses över för att motsvara de faktiska kostnaderna.",
        "Kemikaliesmart förskola är ett prioriterat område.",
    ],
    "service": [
        "Servicekontoret levererar måltider, lokalvård och fordonstjänster till kommunens verksamheter.",
        "Inköp och upphandling ska främja hållbarhet och ge lokala företag möjlighet att delta.",
        "Kontaktcenter besvarar en stor andel av frågorna direkt vid första kontakten.",
        "Verksamhetslokalerna ska vara ändamålsenliga, tillgängliga och energieffektiva.",
        "IT-stödet ska vara stabilt och säkert.",
        "Andelen ekologiska livsmedel i måltidsverksamheten ska bibehållas.",
        "Fordonsparken ställs successivt om till fossilfria drivmedel.",
        "Lokalförsörjningsplanen uppdateras årligen i samråd med nämnderna.",
        "Internprissättningen ska vara transparent och kostnadsbaserad.",
        "Medarbetarna ska ha kunskap om de digitala verktyg som används.",
    ],
    "ekonomi": [
        "Skatteintäkterna beräknas öka med 3,1 procent jämfört med föregående år.",
        "Resultatet ska uppgå till minst två procent av skatter och generella statsbidrag.",
        "Investeringsvolymen är fortsatt hög, främst inom skola och infrastruktur.",
        "Nämndernas ramar har räknats upp med 2,5 procent för löne- och prisökningar.",
        "Låneskulden väntas öka under planperioden.",
        "Pensionskostnaderna ökar till följd av högre inflation.",
        "Befolkningsprognosen ligger till grund för fördelningen av resurser mellan nämnderna.",
        "Kommunalskatten är oförändrad.",
        "Soliditeten inklusive pensionsförpliktelser förbättras något.",
        "Osäkerheten i omvärlden gör att prognoserna kan behöva revideras under året.",
    ],
    "vision": [
        "Här har alla barn och ungdomar framtidstro.",
        "I en innovativ miljö stimuleras entreprenörskap och näringsliv som med bredd och spets attraherar talanger och studenter.",
        "Här skapar vi livskvalitet genom upplevelser och stolta miljöer.",
        "Vi är en ledande kulturstad och Sveriges musikhuvudstad.",
        "Med respekt för stadens själ och med mod och kreativitet skapar vi vår färgstarka stad tillsammans.",
        "Visionen är en ledstjärna som ger en bild av den framtida kommunen.",
        "Den riktar sig till kommunens invånare, förtroendevalda och anställda.",
    ],
}

# Goal areas of the övergripande mål: (name, goals, indicators as (name, unit, source)).
AREAS: list[tuple[str, list[str], list[tuple[str, str, str]]]] = [
    ("Barn och unga",
     ["Fler elever når kunskapsmålen.", "Fler elever fullföljer gymnasieutbildningen.",
      "Barn och unga känner sig trygga i skolan.", "Fler barn deltar i förskolans verksamhet.",
      "Färre barn lever i ekonomiskt utsatta hushåll."],
     [("Andel elever i åk 9 som är behöriga till gymnasiet", "procent", "Skolverket"),
      ("Andel elever som fullföljer gymnasiet inom fyra år", "procent", "Skolverket"),
      ("Andel elever som känner sig trygga i skolan", "procent", "Elevenkäten"),
      ("Andel barn 1–5 år inskrivna i förskola", "procent", "Kolada")]),
    ("Trygghet och säkerhet",
     ["Invånarna känner sig trygga i sitt bostadsområde.", "Brottsligheten i kommunen minskar.",
      "Färre unga rekryteras till kriminalitet.", "Våld i nära relationer upptäcks tidigt.",
      "Kommunens krisberedskap stärks."],
     [("Andel invånare som känner sig trygga utomhus kvällstid", "procent",
       "Polisens trygghetsmätning"),
      ("Anmälda våldsbrott per 100 000 invånare", "antal", "Brå"),
      ("Andel medarbetare som genomgått krisledningsutbildning", "procent", "Kommunstyrelsens kontor")]),
    ("Stadsutveckling och hållbar miljö",
     ["Utsläppen av växthusgaser minskar.", "Fler resor görs med kollektivtrafik, cykel eller till fots.",
      "Andelen förnybar energi ökar.", "Staden växer hållbart med blandad bebyggelse.",
      "Den biologiska mångfalden bevaras."],
     [("Utsläpp av växthusgaser per invånare", "ton koldioxidekvivalenter", "RUS"),
      ("Andel resor med kollektivtrafik, cykel eller gång", "procent", "Resvaneundersökningen"),
      ("Andel förnybar energi i kommunens verksamheter", "procent", "Energimyndigheten")]),
    ("Arbete och näringsliv",
     ["Fler invånare är självförsörjande.", "Fler företag etablerar sig i kommunen.",
      "Ungdomsarbetslösheten minskar.", "Fler vuxna studerar vidare.", "Näringslivsklimatet förbättras."],
     [("Andel invånare 20–64 år som förvärvsarbetar", "procent", "SCB"),
      ("Placering i Svenskt Näringslivs ranking av företagsklimat", "placering", "Svenskt Näringsliv"),
      ("Andel unga 18–24 år som är arbetslösa", "procent", "Arbetsförmedlingen")]),
    ("Vård och omsorg",
     ["Äldre känner sig trygga i sitt boende.", "Fler äldre kan bo kvar hemma med stöd.",
      "Personer med funktionsnedsättning lever självständiga liv.", "Brukarna är nöjda med bemötandet.",
      "Ensamheten bland äldre minskar."],
     [("Andel brukare som är nöjda med hemtjänsten", "procent", "Socialstyrelsen"),
      ("Antal personal som besöker en hemtjänsttagare under 14 dagar", "antal", "Kolada"),
      ("Andel äldre som ofta besväras av ensamhet", "procent", "Socialstyrelsen")]),
    ("Kultur, idrott och fritid",
     ["Fler barn och unga deltar i kultur- och fritidsaktiviteter.", "Kulturlivet är rikt och tillgängligt.",
      "Fler invånare är fysiskt aktiva.", "Biblioteken används av fler.", "Föreningslivet är starkt."],
     [("Antal utlån per invånare", "antal", "Kungliga biblioteket"),
      ("Andel barn 7–20 år som deltar i föreningsaktiviteter", "procent", "LOK-stödet"),
      ("Antal besök på kommunens idrottsanläggningar", "antal", "Kultur- och fritidskontoret")]),
    ("Bostäder och boendemiljö",
     ["Bostadsbyggandet ökar.", "Hemlösheten minskar.", "Boendesegregationen minskar.",
      "Fler bostäder är tillgängliga för äldre.", "Bostadsområdena är attraktiva."],
     [("Antal färdigställda bostäder", "antal", "SCB"),
      ("Antal personer i hemlöshet", "antal", "Socialkontoret"),
      ("Andel invånare som är nöjda med sitt bostadsområde", "procent", "Medborgarundersökningen")]),
]

# Which goal areas a domain's uppdragsplan goals take up (indexes into AREAS).
DOMAIN_AREAS: dict[str, list[int]] = {
    "utbildning": [0], "omsorg": [4], "social": [1, 0, 6], "arbetsmarknad": [3],
    "kultur": [5, 0], "samhällsbyggnad": [2, 6], "miljö": [2], "service": [2, 3],
    "styrning": [0, 1, 2, 3, 4, 5, 6],
}

UP_GOALS: dict[str, list[str]] = {
    "utbildning": [
        "Fler elever når kunskapskraven i alla ämnen.", "Alla elever upplever studiero på lektionerna.",
        "Andelen behöriga lärare ökar.", "Skolnärvaron ökar.", "Fler barn i förskolan utvecklar sitt språk.",
        "Fler elever är behöriga till gymnasieskolans nationella program.", "Elevernas trygghet i skolan ökar.",
        "Fler elever fullföljer sin gymnasieutbildning."],
    "omsorg": [
        "Brukarnas trygghet i ordinärt boende ökar.", "Kontinuiteten i hemtjänsten förbättras.",
        "Fler brukare har en aktuell genomförandeplan.", "Andelen fall som leder till skada minskar.",
        "Fler personer med funktionsnedsättning har en meningsfull sysselsättning.",
        "Nöjdheten med maten på vård- och omsorgsboenden ökar."],
    "social": [
        "Fler barn och unga får tidigt stöd.", "Fler hushåll blir självförsörjande.",
        "Färre barn placeras på institution.", "Handläggningstiden för ekonomiskt bistånd minskar.",
        "Fler våldsutsatta får stöd.", "Färre unga återfaller i brott."],
    "arbetsmarknad": [
        "Fler deltagare går vidare till arbete eller studier.", "Fler unga etablerar sig på arbetsmarknaden.",
        "Fler elever inom vuxenutbildningen slutför sina kurser.", "Fler nyanlända kommer i arbete."],
    "kultur": [
        "Fler barn deltar i kulturskolans verksamhet.", "Bibliotekens besökare ökar.",
        "Fler flickor deltar i idrottsaktiviteter.", "Fritidsgårdarna når fler unga.",
        "Fler evenemang arrangeras i ytterområdena."],
    "samhällsbyggnad": [
        "Planberedskapen för bostäder ökar.", "Fler resor görs med cykel.",
        "Handläggningstiden för bygglov minskar.",
        "Andelen invånare som är nöjda med parker och grönområden ökar.", "Trafiksäkerheten förbättras."],
    "miljö": [
        "Fler livsmedelsverksamheter får kontroll enligt plan.", "Kommunens utsläpp av växthusgaser minskar.",
        "Företagarnas nöjdhet med tillsynen ökar.", "Fler förorenade områden åtgärdas."],
    "service": [
        "Andelen fossilfria fordon ökar.", "Kundnöjdheten med måltiderna ökar.", "Matsvinnet minskar.",
        "Fler ärenden löses vid första kontakten."],
    "styrning": [
        "Kommunen är en attraktiv arbetsgivare.", "Sjukfrånvaron minskar.",
        "Invånarnas förtroende för kommunen ökar.", "Kommunens ekonomi är långsiktigt hållbar.",
        "Fler e-tjänster används."],
}

ACTIVITIES: dict[str, list[str]] = {
    "utbildning": [
        "Genomföra kollegialt lärande i matematik på samtliga skolor.",
        "Införa en gemensam modell för uppföljning av skolnärvaro.",
        "Utbilda personalen i språkutvecklande arbetssätt.",
        "Genomföra trygghetsvandringar tillsammans med elevråden.",
        "Utveckla samarbetet med elevhälsan kring tidiga insatser.",
        "Kartlägga behovet av särskilt stöd i förskolan."],
    "omsorg": [
        "Införa digital nattillsyn för de brukare som önskar det.",
        "Genomföra fallpreventiva insatser på samtliga boenden.",
        "Se över planeringen av hemtjänstens turer för ökad kontinuitet.",
        "Utbilda ombud i demensvård på varje enhet.",
        "Följa upp genomförandeplaner var sjätte månad."],
    "social": [
        "Införa strukturerade bedömningsmetoder i barnutredningar.",
        "Rekrytera fler familjehem genom riktade informationsinsatser.",
        "Korta handläggningstiden genom digital ansökan om ekonomiskt bistånd.",
        "Utveckla samverkan med skolan kring barn som far illa."],
    "arbetsmarknad": [
        "Erbjuda fler kombinerade utbildningar med sfi och yrkeskurser.",
        "Utöka antalet praktikplatser inom kommunens verksamheter.",
        "Följa upp deltagarnas sysselsättning sex månader efter avslutad insats."],
    "kultur": [
        "Utöka bibliotekens öppettider i ytterområdena.",
        "Genomföra en kartläggning av flickors idrottande.",
        "Erbjuda lovaktiviteter på samtliga fritidsgårdar."],
    "samhällsbyggnad": [
        "Digitalisera ansökan om bygglov.", "Ta fram en plan för underhåll av gång- och cykelvägar.",
        "Genomföra trafiksäkerhetsåtgärder vid skolor.", "Prioritera detaljplaner med bostäder."],
    "miljö": [
        "Genomföra riktad tillsyn av kemikaliehantering.",
        "Införa digitala kontrollrapporter inom livsmedelskontrollen.",
        "Ta fram en åtgärdsplan för förorenade områden."],
    "service": [
        "Byta ut fordon till fossilfria alternativ.", "Minska matsvinnet genom mätning i alla kök.",
        "Införa ett nytt system för felanmälan."],
    "styrning": [
        "Genomföra medarbetarsamtal med samtliga medarbetare.",
        "Följa upp sjukfrånvaron varje månad på arbetsplatsträffar.",
        "Se över rutinerna för informationssäkerhet.",
        "Genomföra en riskanalys av arbetsmiljön.",
        "Genomföra utbildning i klarspråk för alla handläggare."],
}

# Guideline topics: (id part, title part).
GUIDELINE_TOPICS: dict[str, list[tuple[str, str]]] = {
    "styrning": [
        ("informationssakerhet", "informationssäkerhet"), ("representation", "representation och gåvor"),
        ("tjansteresor", "tjänsteresor"), ("sociala-medier", "sociala medier"),
        ("inkop", "inköp och upphandling"), ("arkiv", "arkiv och dokumenthantering"),
        ("personuppgifter", "hantering av personuppgifter"), ("krisledning", "krisledning"),
        ("mutor-jav", "mutor och jäv"), ("bisysslor", "bisysslor"),
        ("alkohol-droger", "alkohol och droger i arbetslivet"), ("distansarbete", "distansarbete"),
        ("arbetsmiljo", "systematiskt arbetsmiljöarbete"), ("intern-kontroll", "intern styrning och kontroll"),
        ("klarsprak", "klarspråk"), ("webbtillganglighet", "tillgänglighet på webben"),
        ("synpunkter", "hantering av synpunkter och klagomål")],
    "utbildning": [
        ("skolskjuts", "skolskjuts"), ("krankande-behandling", "arbete mot kränkande behandling"),
        ("skolplacering", "skolplacering"), ("modersmal", "modersmålsundervisning"),
        ("elevhalsa", "elevhälsa"), ("betyg", "betyg och bedömning")],
    "omsorg": [
        ("lakemedel", "läkemedelshantering"), ("hygien", "basal hygien i vård och omsorg"),
        ("avvikelser", "avvikelsehantering"), ("trygghetslarm", "trygghetslarm"),
        ("nutrition", "nutrition"), ("dokumentation", "social dokumentation")],
    "social": [
        ("ekonomiskt-bistand", "ekonomiskt bistånd"), ("barnavard", "handläggning av barnavårdsärenden"),
        ("familjehem", "familjehemsvård"), ("skyddat-boende", "skyddat boende"),
        ("arsrakningar", "granskning av årsräkningar")],
    "arbetsmarknad": [
        ("praktik", "praktikplatser"), ("feriearbete", "feriearbeten"),
        ("antagning-vux", "antagning till vuxenutbildning"), ("validering", "validering")],
    "kultur": [
        ("foreningsbidrag", "föreningsbidrag"), ("anlaggningar", "uthyrning av idrottsanläggningar"),
        ("offentlig-konst", "offentlig konst"), ("evenemangsstod", "evenemangsstöd")],
    "samhällsbyggnad": [
        ("markanvisning", "markanvisning"), ("snorojning", "gatuunderhåll och snöröjning"),
        ("namngivning", "namngivning av gator och platser"), ("parkering", "parkering"),
        ("trad", "träd i stadsmiljö")],
    "miljö": [
        ("miljotillsyn", "tillsyn enligt miljöbalken"), ("livsmedelskontroll", "livsmedelskontroll"),
        ("avlopp", "enskilda avlopp"), ("strandskydd", "strandskyddsdispens")],
    "service": [
        ("maltider", "måltider"), ("lokalvard", "lokalvård"), ("fordon", "fordonsbokning"),
        ("it-utrustning", "it-utrustning")],
}

# Plans that a law requires: (id part, title, lagrum, KF decides, responsible nämnd id).
STATUTORY_PLANS: list[tuple[str, str, str, bool, str]] = [
    ("oversiktsplan", "Översiktsplan för staden", "Plan- och bygglagen 3 kap. 1 §", True, "spn"),
    ("avfallsplan", "Avfallsplan", "Miljöbalken 15 kap. 41 §", True, "sbn"),
    ("biblioteksplan", "Biblioteksplan", "Bibliotekslagen 17 §", True, "kfn"),
    ("handlingsprogram-olyckor", "Handlingsprogram för skydd mot olyckor",
     "Lagen om skydd mot olyckor 3 kap. 3 §", True, "ks"),
    ("energiplan", "Energiplan", "Lagen om kommunal energiplanering 3 §", True, "ks"),
    ("bostadsforsorjningsprogram", "Bostadsförsörjningsprogram",
     "Lagen om kommunernas bostadsförsörjningsansvar 2 §", True, "ks"),
    ("plan-aldreomsorg", "Plan för äldreomsorgen", "Socialtjänstlagen 5 kap. 6 §", False, "von"),
    ("plan-krankande-behandling", "Plan mot kränkande behandling", "Skollagen 6 kap. 8 §", False, "bun"),
    ("plan-missbruk", "Plan för missbruks- och beroendevården", "Socialtjänstlagen 5 kap. 9 §", False, "sn"),
]

DIRECTION_DOCS: list[tuple[str, str]] = [
    ("kultur", "Inriktning för kulturpolitiken"), ("idrott", "Inriktning för idrott och fritid"),
    ("naringsliv", "Inriktning för näringslivsutveckling"), ("klimat", "Inriktning för klimat och energi"),
    ("trygghet", "Inriktning för trygghet och säkerhet"), ("integration", "Inriktning för integrationspolitiken"),
    ("landsbygd", "Inriktning för landsbygdspolitiken"), ("folkhalsa", "Inriktning för folkhälsa"),
]
