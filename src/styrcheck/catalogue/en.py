"""Every rule's texts in English: a summary, why it matters and its messages, by message key;
the keys and {placeholders} of sv.py (tests/checks/test_catalogue.py). The riktlinje's words
(`quote`) are in sv.py only: they are quoted as written.
"""

READABLE = "A file must read as YAML before its metadata can be checked."

RULES: dict[str, dict] = {
    "D001": {
        "summary": "The document was decided by a kind of body that may not decide documents of its type.",
        "why": (
            "The styrmodell decides which kind of body decides each document type; political documents are decided by "
            "elected representatives. Which kinds of body may decide each type is set in the profile under "
            "'beslutas_av'."
        ),
        "messages": {
            "default": (
                "{decider} (slag: {kind}) may not decide documents of type {type}. Under the styrmodell they are "
                "decided by bodies of these kinds: {allowed}. Correct 'beslutad_av', or check that 'typ' is right."
            ),
            "political": (
                "{decider} (slag: {kind}) belongs to the official organisation and may not decide documents of type "
                "{type}, which are political documents: a committee may not delegate matters concerning the aims, "
                "direction, scope or quality of its activities (Local Government Act, ch. 6 s. 38). Documents of type "
                "{type} are decided by bodies of these kinds: {allowed}. Correct 'beslutad_av'."
            ),
            "law": (
                "The document says the law requires the plan to be decided by fullmäktige ('kräver_fullmäktige: "
                "true'), but it was decided by {decider} (slag: {kind}). Let fullmäktige decide the plan, or change "
                "it to 'kräver_fullmäktige: false' if the law does not require it."
            ),
        },
    },
    "D002": {
        "summary": "The document was decided above the lowest possible level.",
        "why": (
            "Decisions are taken at the lowest possible level. The styrmodell has these ladders: {ladders}. The right "
            "body is the lowest on the ladder whose remit covers what the document applies to ('gäller_för'): a body "
            "with 'omfattar: eget_område' decides for its own area and the bodies that belong to it ('tillhör'), one "
            "with 'kommunala_organisationen' for the whole organisation, and one with 'hela_kommunkoncernen' for "
            "companies and federations as well. A document with a 'slag' is decided on the ladder the profile sets "
            "for it ('stege_per_slag'). Fullmäktige still decides matters of principle or of greater importance; mark "
            "them 'principiell: true'. The ladders, ranks and remits are set in the profile under 'organslag' "
            "('stege', 'nivå', 'omfattar')."
        ),
        "messages": {
            "area": (
                "The document applies only within the area of {lowest} ('gäller_för: {scope}') but was decided by "
                "{decider}. Decisions are taken at the lowest possible level, so {lowest} should decide it. If the "
                "matter is one of principle or of greater importance, set 'principiell: true'."
            ),
            "organisation": (
                "The document concerns the areas of several bodies or the whole organisation ('gäller_för: "
                "{scope}'). The lowest level that decides on it is {lowest}, but it was decided by {decider}. "
                "Decisions are taken at the lowest possible level. If the matter is one of principle or of greater "
                "importance, set 'principiell: true'."
            ),
            "official": (
                "The document has 'slag: {kind}' and is therefore decided by the official organisation, here by "
                "{lowest}, but it was decided by {decider}. Decisions are taken at the lowest possible level. If the "
                "document has political content, change its 'slag'. If the matter is one of principle or of greater "
                "importance, set 'principiell: true'."
            ),
        },
    },
    "D003": {
        "summary": "The deciding body has no mandate for what the document applies to.",
        "why": (
            "A body can decide only within its own remit. Decisions are taken at the lowest possible level. The "
            "styrmodell has these ladders: {ladders}. The right body is the lowest on the ladder whose remit covers "
            "what the document applies to ('gäller_för'): a body with 'omfattar: eget_område' decides for its own area "
            "and the bodies that belong to it ('tillhör'), one with 'kommunala_organisationen' for the whole "
            "organisation, and one with 'hela_kommunkoncernen' for companies and federations as well. A document with "
            "a 'slag' is decided on the ladder the profile sets for it ('stege_per_slag'). Fullmäktige still decides "
            "matters of principle or of greater importance; mark them 'principiell: true'. The ladders, ranks and "
            "remits are set in the profile under 'organslag' ('stege', 'nivå', 'omfattar')."
        ),
        "messages": {
            "area": (
                "{decider} has no mandate to decide this: the document applies to {scope} ('gäller_för'), which lies "
                "outside that body's area. The lowest level whose area covers it is {lowest}; let {lowest} decide, or "
                "correct 'gäller_för'."
            ),
            "organisation": (
                "{decider} has no mandate to decide this: the document concerns the areas of several bodies "
                "or the whole organisation ('gäller_för: {scope}'). That is for {lowest} to decide; let {lowest} "
                "decide, or correct 'gäller_för'."
            ),
            "group": (
                "{decider} has no mandate to decide this: the document also applies to companies or federations "
                "('gäller_för: {scope}'), which is for {lowest} to decide. Let {lowest} decide, or correct "
                "'gäller_för'."
            ),
            "none": (
                "{decider} has no mandate to decide this: the document applies to {scope} ('gäller_för'), and no body "
                "on the same side as {decider} (the political side or the officials') has a mandate that wide. The "
                "decision is for {lowest}, or 'gäller_för' must be corrected."
            ),
            "political": (
                "The document has 'slag: {kind}' and is therefore a political decision, which the official "
                "organisation ({decider}) cannot take. Political decisions are taken by elected representatives, here "
                "by {lowest}. If the document has no political content, change its 'slag'."
            ),
            "none-nobody": (
                "{decider} has no mandate to decide this: the document applies to {scope} ('gäller_för'), and the "
                "organisation has no body that may decide documents of type {type} with a mandate that wide. Correct "
                "'gäller_för' so that it names only what the document applies to, or add the body that decides such "
                "matters to the organisation file ('typ: organisation')."
            ),
            "political-nobody": (
                "The document has 'slag: {kind}' and is therefore a political decision, which the official "
                "organisation ({decider}) cannot take. Political decisions are taken by elected representatives, but "
                "the organisation has no political body that may decide documents of type {type} with a mandate "
                "covering {scope} ('gäller_för'). Correct 'gäller_för', or add the body that decides such matters to "
                "the organisation file ('typ: organisation'). If the document has no political content, change its "
                "'slag'."
            ),
        },
    },
    "D004": {
        "summary": "A plan is not decided by the body whose area it covers.",
        "why": (
            "A plan marked 'eget_område' expresses the responsible body's ambition within its own area and is decided "
            "there: by the body that decided the plan it derives from, or a body that belongs to it."
        ),
        "messages": {
            "scope": (
                "The document applies to {units} ('gäller_för'), within the area of {expected}, but was decided by "
                "{decider}. Documents of type {type} cover the deciding body's own area and are decided there: let "
                "{expected} decide the document, or correct 'gäller_för'."
            ),
            "wide": (
                "Documents of type {type} cover the deciding body's own area, but here it says "
                "'gäller_för: {scope}'. Name that body, for example 'gäller_för: [{decider_id}]'."
            ),
            "parent": (
                "The document derives from {parent}, decided by {parent_decider}, but was itself decided by "
                "{decider}, which does not belong to {parent_decider}. A document of type {type} is decided by "
                "{parent_decider} or by a body that belongs to it. Correct 'beslutad_av' or 'utgår_från'."
            ),
        },
    },
    "D005": {
        "summary": "The document lacks the start decision the styrmodell requires before it is drawn up.",
        "why": (
            "The styrmodell may require a body to decide before a new document of a type is drawn up, so that the "
            "whole is considered. The kind of body that takes the start decision is set in the profile under "
            "'startbeslut_av'."
        ),
        "messages": {
            "default": (
                "Before a new document of type {type} is drawn up, {required} must decide to start it, so that the "
                "whole is considered, but the document names no such start decision. Add it, for example "
                "'startbeslut: {{beslutad_av: ks, beslutsdatum: 2021-03-01}}'."
            ),
            "body": (
                "The start decision was taken by {body} (slag: {kind}), but is for {required} to take. Correct "
                "'beslutad_av' under 'startbeslut'."
            ),
            "order": (
                "The start decision is dated {start}, on or after the decision on the document itself ({decided}). "
                "The start decision comes before the document is drawn up; check 'beslutsdatum' under 'startbeslut' "
                "and the document's own 'beslutsdatum'."
            ),
        },
    },
    "D006": {
        "summary": "The document with {goal_word} was decided too late in the mandate period, or before the election.",
        "why": (
            "A mandate period's goals are prepared after the election and decided early, so that the committees can "
            "build their plans on them. The last month is set in the profile under 'beslut_senast'."
        ),
        "messages": {
            "default": (
                "The goals for the period {period} were decided on {decided}, but are to be decided early in the "
                "mandate period's first year at the latest, here by {deadline}. Check 'beslutsdatum'; if the goals "
                "were decided later on purpose, record an avsteg with its reason."
            ),
            "before-election": (
                "The goals for the period {period} were decided on {decided}, before the election on {election}. The "
                "period's new leading councillors (kommunalråd) prepare the goal areas and goals, so they are decided "
                "after the election. Check 'beslutsdatum', 'giltig_från' and 'giltig_till'."
            ),
        },
    },
    "D007": {
        "summary": (
            "The document was decided later than the norm or the legal limit for a decision in the year before it "
            "applies."
        ),
        "why": (
            "A document decided in time gives committees and companies time to plan. After the norm ('norm') it is a "
            "warning, after the legal limit ('lag', as in the Local Government Act) an error. An election year is not "
            "the normal case: under kommunallagen (2017:725) ch. 11 the newly elected fullmäktige, who take office in "
            "October, then set it. What they decide after the election cannot meet a norm before it, so it is held to "
            "the legal limit only, which applies in an election year too. The election years follow from the "
            "profile's 'mandatperiod'; the months are set under 'beslut_före_året' ('norm', 'lag'), the severity of "
            "each case under 'allvarlighet' (D007, D007.lag). A document decided later for special reasons is marked "
            "with an 'avsteg' and the reason."
        ),
        "messages": {
            "norm": (
                "{The_type} for {year} was decided on {decided}. Under the styrmodell next year's {type_word} is "
                "normally set by {norm}, to give boards, committees and companies time to plan. Check 'beslutsdatum' "
                "and 'giltig_från' ({the_type}'s first year)."
            ),
            "lag": (
                "{The_type} for {year} was decided on {decided}, after the legal limit of {law}. The Local Government "
                "Act requires fullmäktige to set {the_type} by then, in an election year too (by the newly elected "
                "fullmäktige). Check 'beslutsdatum' and 'giltig_från' ({the_type}'s first year)."
            ),
        },
    },
    "D008": {
        "summary": "It does not say that the committee was informed of the plan.",
        "why": (
            "A plan the officials decide carries out a committee's ambitions, and the committee must know how. The "
            "rule waits as many months after the plan's start as the profile sets under "
            "'nämnd_informeras_inom_månader'."
        ),
        "messages": {
            "default": (
                "It does not say when the committee was informed of the document. Each committee is to be informed of "
                "documents of type {type}; give the date in 'nämnd_informerad', for example 'nämnd_informerad: "
                "2024-01-25'."
            ),
        },
    },
    "F001": {
        "summary": "The document does not name who keeps it current.",
        "why": (
            "Active ownership keeps steering documents followed up and current. The document types that need an "
            "owner are marked 'kräver_ägare' in the profile."
        ),
        "messages": {
            "default": (
                "It does not say which part of the organisation keeps the content current. Add 'ägare' with the id of "
                "the body that owns the document, for example 'ägare: {example}'."
            ),
        },
    },
    "F002": {
        "summary": "The document gives no time for follow-up, or one the review (aktualitetsprövning) does not allow.",
        "why": (
            "Without a time for follow-up, steering documents grow old unnoticed. The intervals understood are set in "
            "the profile under 'uppföljningsintervall'; 'N år' and 'N månader' are understood as well. Where the "
            "profile requires a review ('aktualitetsprövning': 'typer', 'minst', 'längsta_intervall'), documents of "
            "those types must name a follow-up within it (see docs/format.md)."
        ),
        "messages": {
            "default": (
                "It does not say when {the_type} is to be followed up. Add 'uppföljning' with a date, for example "
                "'uppföljning: 2026-06-30', or with an interval, for example 'uppföljning: {{intervall: mandatperiod, "
                "senast_uppföljd: 2024-05-10}}'."
            ),
            "incomplete": (
                "'uppföljning' gives neither 'datum', 'intervall' nor 'nästa', so it cannot be told when "
                "{the_type} is to be followed up. Add one of them, for example 'uppföljning: {{intervall: år, "
                "senast_uppföljd: 2024-05-10}}'."
            ),
            "no-next": (
                "{The_type} was followed up on {last}, but 'uppföljning' gives no later time for the next "
                "follow-up. Write when it is next to be followed up, for example 'uppföljning: {{senast_uppföljd: "
                "{last}, nästa: {example}}}', or an interval, for example 'uppföljning: {{intervall: år, "
                "senast_uppföljd: {last}}}'."
            ),
            "interval": (
                "The follow-up interval '{interval}' cannot be understood. Write one of these intervals: {known}; or "
                "a number of years or months, for example '2 år' or '6 månader'."
            ),
            "review": (
                "It does not say when {the_type} is to be reviewed. Documents of type {type_word} are to be reviewed "
                "at least once per {every} under the styrmodell. Add 'uppföljning', for example 'uppföljning: "
                "{{intervall: {every}, senast_uppföljd: 2024-05-10}}'."
            ),
            "review-interval": (
                "The follow-up interval '{interval}' is longer than the styrmodell allows for documents of type "
                "{type_word}, whose review interval may be at most '{longest}'. Write a shorter interval, for example "
                "'intervall: {longest}'."
            ),
            "review-date": (
                "The next follow-up is set for {date}, after the review's deadline {deadline} (at least once per "
                "{every}, counted from the decision or the last follow-up). Move the follow-up to {deadline} at the "
                "latest."
            ),
        },
    },
    "F003": {
        "summary": "The follow-up is overdue.",
        "why": (
            "A follow-up that does not happen means nobody has checked whether the document is still fit for purpose "
            "and current. A written date ('datum', 'nästa') is met once 'senast_uppföljd' is that day or later; with "
            "an interval the next follow-up counts from 'senast_uppföljd'. Where the profile requires a review, the "
            "earlier of the document's own time and the review's counts. The rule counts from today (or the date "
            "given with --today); replaced and expired documents are left out."
        ),
        "messages": {
            "default": (
                "The follow-up was due by {due}. Follow up whether {the_type} is still fit for purpose and "
                "current. Then write when that was done and when the next follow-up is due, for example 'uppföljning: "
                "{{senast_uppföljd: 2024-05-10, nästa: 2026-06-30}}'."
            ),
            "interval": (
                "The follow-up was due by {due} (interval: {interval}; last followed up: {last}). Follow up whether "
                "{the_type} is still fit for purpose and current, and then write the date of that follow-up in "
                "'senast_uppföljd'."
            ),
            "interval-first": (
                "The follow-up was due by {due} (interval: {interval}; {the_type} applies from {start}, and no "
                "follow-up is recorded in 'senast_uppföljd'). Follow up whether {the_type} is still fit for "
                "purpose and current, and then write the date of that follow-up in 'senast_uppföljd'."
            ),
            "review": (
                "The review (aktualitetsprövning) was due by {due}: documents of type {type_word} are reviewed at "
                "least once per {every}, and {the_type} was decided or last followed up on {since}. Review whether "
                "{the_type} is still fit for purpose and current, and then write the date in 'senast_uppföljd'."
            ),
        },
    },
    "F004": {
        "summary": "An annual plan or report does not cover one calendar year.",
        "why": (
            "Annual plans and reports follow the budget year, which is the calendar year. The annual document types "
            "are marked 'period: ett_år' in the profile."
        ),
        "messages": {
            "default": (
                "A document of type {type} covers one calendar year, 1 January–31 December, but this one runs "
                "{start}–{end}. Correct 'giltig_från' and 'giltig_till'; did you mean {year}-01-01–{year}-12-31?"
            ),
        },
    },
    "F005": {
        "summary": "A programme or set of goals does not cover a mandate period.",
        "why": (
            "Documents with 'period: mandatperiod' hold for the mandate period. The periods are set in the profile "
            "under 'mandatperiod' ('valår', 'längd'): in the bundled profile four calendar years from 1 January after "
            "the election."
        ),
        "messages": {
            "default": (
                "A document of type {type} covers a mandate period, but this one runs {start}–{end}. The nearest "
                "mandate period is {period}; correct 'giltig_från' and 'giltig_till' to match it."
            ),
        },
    },
    "F006": {
        "summary": "The document looks less far ahead than the styrmodell requires.",
        "why": (
            "A document meant as a long-term guiding star is, with a shorter horizon, rather a goal or a programme. "
            "The limit is set in the profile under 'horisont_minst_år'."
        ),
        "messages": {
            "default": (
                "{The_type} looks only {years} years ahead (decided {decided}, looking to {horizon}). {A_type} "
                "looks one or more decades ahead, that is at least {minimum} years. Check 'horisont' (or "
                "'giltig_till'); if the document is really a goal or a programme, change 'typ'."
            ),
        },
    },
    "F007": {
        "summary": "A plan whose period has ended lacks the report the styrmodell requires.",
        "why": (
            "The report shows what was achieved in the period and is the basis for the next plan. Which document type "
            "reports, and within how many months, is set in the profile under 'redovisas_i'."
        ),
        "messages": {
            "default": (
                "The plan's year ended on {end}, but no document of type {report} derives from the plan. The plan is "
                "to be followed up and evaluated every year in a report decided by the committee, here by {due}. Add "
                "the report, with 'utgår_från: [{id}]'."
            ),
        },
    },
    "F008": {
        "summary": "A document has expired with nothing replacing it.",
        "why": (
            "It must show what a document replaces; an expired document with no successor leaves a gap in the "
            "steering. Reports ('redovisning: true' in the profile) concern a period that has passed and are exempt. "
            "Annual plans and mandate-period documents ('period: ett_år' or 'mandatperiod'), and types the profile "
            "marks 'efterträds_av_nästa: true', are succeeded without 'ersätter' by the next document of "
            "the same type, decided by the same body for the same scope and valid from the following year at the "
            "latest."
        ),
        "messages": {
            "default": (
                "The document was valid until {end}, but no document replaces it. If a new document has taken over, "
                "add 'ersätter: [{id}]' to the new document; otherwise decide whether the document should be renewed."
            ),
        },
    },
    "F009": {
        "summary": "The report does not assess every one of the {goal_word} it is to evaluate.",
        "why": (
            "The evaluation of the goals closes the quality cycle for the {goal_word}. The document types that "
            "evaluate goals are marked 'utvärderar_mål' in the profile; the goals are those of the documents the "
            "report derives from."
        ),
        "messages": {
            "default": (
                "{The_type} lacks an assessment of {missing} {goal_word}: {goals}. Assess every goal "
                "against its decided definition of fulfilment, and add the assessment under 'bedömningar', for "
                "example '- {{mål: …, bedömning: delvis_uppfylld, motivering: …}}'."
            ),
            "unknown": (
                "The assessment concerns '{goal}', which is no goal in the documents {the_type} derives from "
                "({documents}). Correct the goal's id under 'mål'."
            ),
        },
    },
    "G001": {
        "summary": "The document with {goal_word} has too few or too many goal areas.",
        "why": (
            "A limited number of goal areas keeps the political ambition focused and possible to follow up. The "
            "limits are set in the profile under 'målområden' (min, max)."
        ),
        "messages": {
            "default": (
                "The number of goal areas is {count}, but the styrmodell calls for {min}–{max}. Merge or split goal "
                "areas to bring the number within the limits, or record an avsteg if fullmäktige decided otherwise on "
                "purpose."
            ),
            "flat": (
                "The document has {count} goal areas, but the styrmodell does not group its {goal_word} in goal "
                "areas. Write the goals as a list under 'mål', without 'målområden'."
            ),
        },
    },
    "G002": {
        "summary": "A goal area, or the document with {goal_word}, has too few or too many {goal_word}.",
        "why": (
            "A few goals per goal area keep the ambition clear and possible to follow up. The limits are set in the "
            "profile under 'målmodell' ('mål_per_målområde', or 'antal_mål' for a list of goals without goal areas: "
            "min, max)."
        ),
        "messages": {
            "flat": (
                "The document has {count} {goal_word}, but the styrmodell calls for {min}–{max}. Add, merge or strike "
                "goals to bring the number within the limits, or record an avsteg if something else was decided on "
                "purpose."
            ),
            "default": (
                "The number of goals in the goal area {area} is {count}, but the styrmodell calls for {min}–{max} "
                "{goal_word} per goal area. Add, merge or move goals to bring the number within the limits."
            ),
        },
    },
    "G003": {
        "summary": "One of the styrmodell's {goal_word} has no definition of fulfilment.",
        "why": (
            "Without a decided definition of fulfilment the goal cannot be followed up and evaluated in the interim "
            "and annual reports."
        ),
        "messages": {
            "default": (
                "{The_goal_word} {goal} has no definition of fulfilment. Add 'måluppfyllelse' under the goal and "
                "say how one can tell that the goal has been reached: with a 'beskrivning', with 'indikatorer', or "
                "both."
            ),
            "empty": (
                "The måluppfyllelse of {the_goal_word} {goal} is empty. Give a 'beskrivning' or at least one "
                "indicator under 'indikatorer' that shows how one can tell the goal has been reached."
            ),
        },
    },
    "G004": {
        "summary": "A goal that is to be followed up cannot be followed up.",
        "why": (
            "The committee follows up and evaluates its goals in its report; that needs a way to tell whether each "
            "goal has been met."
        ),
        "messages": {
            "default": (
                "The goal {goal} cannot be followed up: it has no 'måluppfyllelse'. Add 'måluppfyllelse' under the "
                "goal, with a 'beskrivning' or at least one indicator under 'indikatorer', so that one can tell "
                "whether the goal has been met."
            ),
            "empty": (
                "The goal {goal} cannot be followed up: its måluppfyllelse is empty. Give a 'beskrivning' or at least "
                "one indicator under 'indikatorer', so that one can tell whether the goal has been met."
            ),
        },
    },
    "G005": {
        "summary": "A goal derives from no goal of the level above, here one of the {goal_word}.",
        "why": (
            "The committees' goals start from the {goal_word}; without that link nobody can see how the council's "
            "goals are put into practice."
        ),
        "messages": {
            "default": (
                "The goal {goal} does not say which goal it derives from. Add 'utgår_från' under the goal, with the "
                "ids of the goal or goals in documents of type {allowed} that it takes up, for example 'utgår_från: "
                "[MO1.1]'."
            ),
        },
    },
    "G006": {
        "summary": "A goal or activity derives from something other than a goal of the level above.",
        "why": (
            "Each level of the styrmodell starts from the goals of the level just above: a plan's goals from the "
            "goals above it, the activities from the plan's goals. Which types apply is set in the profile under "
            "'mål_utgår_från' and 'aktiviteter_utgår_från'."
        ),
        "messages": {
            "default": (
                "The goal {item} derives from {target}, a goal in the document {target_doc} (of type {target_type}). "
                "Goals in documents of type {type} must derive from goals in documents of type {allowed}. Correct "
                "'utgår_från' to refer to such a goal, for example the one {target} itself derives from."
            ),
            "document": (
                "The goal {item} derives from the whole document {target} (of type {target_type}). Write in "
                "'utgår_från' the ids of the single goals in documents of type {allowed} that it takes up instead."
            ),
            "not-goal": (
                "The goal {item} derives from {target}, but {target} is no goal ({kind} in the document "
                "{target_doc}). Write in 'utgår_från' the ids of the single goals in documents of type {allowed} that "
                "it takes up instead."
            ),
            "activity": (
                "The activity {item} derives from {target}, a goal in the document {target_doc} (of type "
                "{target_type}). Activities in documents of type {type} must derive from goals in documents of type "
                "{allowed}. Correct 'utgår_från' to refer to such a goal."
            ),
            "activity-document": (
                "The activity {item} derives from the whole document {target} (of type {target_type}). Write in "
                "'utgår_från' the ids of the goals in documents of type {allowed} that it carries out instead."
            ),
            "activity-not-goal": (
                "The activity {item} derives from {target}, but {target} is no goal ({kind} in the document "
                "{target_doc}). Write in 'utgår_från' the ids of the goals in documents of type {allowed} that it "
                "carries out instead."
            ),
        },
    },
    "G007": {
        "summary": "A document that must not contain new goals has goals.",
        "why": (
            "Goals are decided at their level of the goal hierarchy and followed up there. Goals hidden in other "
            "documents, such as those that only describe how something is done, are never followed up. The types that "
            "have goals are set in the profile: 'mål: övergripande' or 'mål: uppföljningsbara', and 'mål: tillåtna' "
            "for goals of its own that no goal rule checks (a plan a law asks for). A type marked 'mål: förbjudna', "
            "or without 'mål', has none."
        ),
        "messages": {
            "default": (
                "Under the styrmodell, documents of type {type} contain no new goals, but this one has '{field}'. "
                "Move the goals to a goal document ({goal_types}) and remove '{field}' from here; the document may "
                "refer to the goals by their ids."
            ),
            "none": (
                "Documents of type {type} have no goals of their own in the styrmodell, but this one has '{field}'. "
                "Goals are decided in the goal documents ({goal_types}); move the goals there and remove '{field}' "
                "from here. The document may refer to the goals by their ids."
            ),
            "activities": (
                "Documents of type {type} have no goals of their own in the styrmodell, but this one has '{field}'. "
                "What is to be done goes under 'aktiviteter', each with 'utgår_från' naming the goal in a document of "
                "type {parents} that it carries out; remove '{field}' from here."
            ),
        },
    },
    "G008": {
        "summary": "The text of a document that must not have new goals reads like a new goal.",
        "why": (
            "A target value, a target year or the words ”målet är att” make the text a goal that nobody follows up. "
            "The rule is cautious and reacts only to a number after, for example, ”ska öka till” or ”ska minska med”, "
            "a percentage after ”minst” or ”högst”, a year after ”senast” (except in sentences on when the document "
            "is followed up) and the words ”målet är att” or ”målsättningen är att”. A sentence that refers to an "
            "existing goal by its id does not count."
        ),
        "messages": {
            "default": (
                "The text in '{field}' reads like a new goal: {words}. Documents of type {type} contain no new goals. "
                "Move the goal to a goal document ({goal_types}) and refer to it by its id, or reword the text so "
                "that it sets no new goal."
            ),
        },
    },
    "G009": {
        "summary": "One of the current {goal_word} is taken up by no current plan of the level below.",
        "why": (
            "One of the {goal_word} that no committee takes up risks not being put into practice. The rule only looks "
            "at documents current today (or on the date given with --today), and says nothing while the checked files "
            "hold no current document of the level below."
        ),
        "messages": {
            "default": (
                "No goal in the current documents of type {takers} derives from {the_goal_word} {goal}. Check "
                "whether some committee should take it up, by writing 'utgår_från: [{goal}]' under one of its goals."
            ),
        },
    },
    "G010": {
        "summary": "An indicator lacks a baseline and a target (or a direction and a comparison year).",
        "why": (
            "An indicator shows fulfilment only when it says where one stands and where one is going: a baseline and "
            "a target, or a direction compared with a given year."
        ),
        "messages": {
            "default": (
                "The indicator '{name}' of the goal {goal} lacks '{missing}'. Add '{missing}' to the indicator, so "
                "that one can tell whether the goal has been reached."
            ),
            "empty": (
                "The indicator '{name}' of the goal {goal} has neither 'utgångsvärde' and 'målvärde' nor 'riktning' "
                "and 'jämförelseår'. Give one of the pairs, so that one can tell whether the goal has been reached."
            ),
        },
    },
    "G011": {
        "summary": "An activity of a plan derives from no goal.",
        "why": (
            "A plan's activities describe how the political ambitions of the plan above are carried out; an activity "
            "linked to no goal is invisible in that chain."
        ),
        "messages": {
            "default": (
                "The activity {activity} does not say which goal it derives from. Add 'utgår_från' under the "
                "activity, with the id of the goal in a document of type {allowed} that the activity carries out."
            ),
        },
    },
    "H001": {
        "summary": "A reference in utgår_från or ersätter names an id that does not exist.",
        "why": (
            "How documents hang together can only be shown and followed up if references point at documents and goals "
            "that exist."
        ),
        "messages": {
            "default": (
                "'{target}' in {field} does not exist: no document, goal area, goal or activity has that id. Correct "
                "the id, or add the missing document."
            ),
            "suggest": (
                "'{target}' in {field} does not exist: no document, goal area, goal or activity has that id. Did you "
                "mean '{suggestion}'?"
            ),
        },
    },
    "H002": {
        "summary": "References in utgår_från or ersätter go round in a circle.",
        "why": (
            "The hierarchy runs from the documents at the top down to the activity plans. A circle makes it "
            "impossible to see what steers what."
        ),
        "messages": {
            "default": (
                "The references in utgår_från go round in a circle: {cycle}. No document or goal can derive from "
                "itself, even through others; correct the reference that closes the circle."
            ),
            "replaces": (
                "The references in ersätter go round in a circle: {cycle}. No document can replace itself, even "
                "through others; correct the reference that closes the circle."
            ),
            "self": "'{node}' derives from itself. Name the document or goal it derives from instead.",
            "self-replaces": (
                "'{node}' replaces itself. Name the document it replaces instead, or remove the reference."
            ),
        },
    },
    "H003": {
        "summary": "The document derives from a document of a type the styrmodell does not place above it.",
        "why": (
            "The styrmodell decides which level each document starts from. The allowed types are the profile's, per "
            "document type: 'utgår_från' for the types a document must derive from, 'får_utgå_från' for those it may "
            "derive from without having to."
        ),
        "messages": {
            "default": (
                "'{target}' is of type {parent_type}, which a document of type {type} cannot derive from (allowed "
                "types: {allowed}). Refer to a document of an allowed type, or to a goal in one."
            ),
            "item": (
                "'{target}' is in '{parent}', of type {parent_type}; a document of type {type} cannot derive from it "
                "(allowed types: {allowed}). Refer to a document of an allowed type, or to a goal in one."
            ),
            "none": (
                "Documents of type {type} derive from no other steering document, but '{target}' (of type "
                "{parent_type}) is named here. Remove the reference; a connection can be described in beskrivning."
            ),
        },
    },
    "H004": {
        "summary": "The document does not say what it derives from.",
        "why": (
            "Each level of the styrmodell starts from the level above. Without utgår_från the political goals cannot "
            "be traced down into the organisation."
        ),
        "messages": {
            "default": (
                "The document does not say what it derives from. Add utgår_från with the id of the parent document "
                "valid for the same time (allowed types for {type}: {allowed})."
            ),
        },
    },
    "H005": {
        "summary": "The document is valid for a time its parent document is not.",
        "why": (
            "A document that derives from another must be valid while that one is. Annual plans and mandate-period "
            "documents must lie wholly within their parent (or the documents that replace it without a gap); "
            "multi-year documents ('period: flera_år') need only start within it."
        ),
        "messages": {
            "before": (
                "The document takes effect on {start}, but '{parent}', which it derives from, only takes effect on "
                "{parent_start}. Derive from the document valid on {start}, or correct the dates."
            ),
            "after": (
                "The document takes effect on {start}, but '{parent}', which it derives from, was valid only until "
                "{parent_end}. Derive from the document valid on {start}, or correct the dates."
            ),
            "end": (
                "The document is valid until {end}, but '{parent}', which it derives from, only until {parent_end}. "
                "Documents of type {type} must lie within the validity of what they derive from; derive from a "
                "document valid for the whole period, or correct the dates."
            ),
        },
    },
    "H006": {
        "summary": "The document derives from a document already replaced when it took effect.",
        "why": (
            "A document should start from what is in force when it takes effect, not from a document that has been "
            "replaced."
        ),
        "messages": {
            "default": (
                "'{parent}' has been replaced by '{replacement}', valid from {replacement_start}, before this "
                "document took effect ({start}). Derive from '{replacement}' instead."
            ),
        },
    },
    "H007": {
        "summary": "Two documents of a type that may have only one in force are valid at the same time.",
        "why": (
            "Of some document types only one document is current for any period, for example one for each mandate "
            "period. Joint documents with other organisations (samverkan) do not count. Which types are unique is the "
            "profile's (unik)."
        ),
        "messages": {
            "default": (
                "This document and '{other}' are both of type {type} and both valid from {overlap}. Only one document "
                "of type {type} may be in force at a time: state in ersätter that the new one replaces the old, or "
                "correct the dates."
            ),
        },
    },
    "H008": {
        "summary": "A document and the one replacing it are valid at the same time.",
        "why": (
            "Every document shows what it replaces; the old one should then stop being valid when the new one starts."
        ),
        "messages": {
            "default": (
                "This document replaces '{old}' from {start}, but '{old}' has giltig_till {old_end}, so both are "
                "valid at once. Set giltig_till in '{old}' to {day_before}, or correct giltig_från here."
            ),
        },
    },
    "M001": {
        "summary": "A required field is missing.",
        "why": (
            "The styrmodell requires every document to show who decided it, when, what period it covers and which "
            "part of the organisation it applies to."
        ),
        "messages": {
            "default": "The required field '{field}' is missing. Add a line '{field}: …' here.",
            "empty": "The field '{field}' is empty. Fill in a value.",
            "type": "The field '{field}' is missing. Documents of type {type} must have it; add a line '{field}: …'.",
        },
    },
    "M002": {
        "summary": "The document has a field styrcheck does not know, often a misspelling.",
        "why": "A misspelt key means the information is in effect missing, without anyone noticing.",
        "messages": {
            "default": (
                "'{field}' is no known field and is not read. Check the spelling; the fields that exist are described "
                "in docs/format.md."
            ),
            "suggest": "'{field}' is no known field and is not read. Did you mean '{suggestion}'?",
        },
    },
    "M003": {
        "summary": "A value has the wrong form (date, number, yes/no, one of several choices, list).",
        "why": "Dates, choices and lists must read unambiguously for the rules on time and hierarchy to be checked.",
        "messages": {
            "default": (
                "The value of '{field}' cannot be used ({problem}). Compare it with how the field is described in "
                "docs/format.md."
            ),
            "date": (
                "'{field}' must be a date written YYYY-MM-DD, for example 2024-01-31; '{value}' is not a valid date."
            ),
            "date-suggest": "'{field}' must be a date written YYYY-MM-DD: write {suggestion} instead of '{value}'.",
            "date-ambiguous": (
                "'{value}' in '{field}' can be read two ways: day/month gives {suggestion}, month/day gives "
                "{alternative}. Write the date as YYYY-MM-DD, for example {suggestion}."
            ),
            "date-impossible": (
                "'{value}' in '{field}' is no date that exists: the month has {days} days. Did you mean the month's "
                "last day, {suggestion}?"
            ),
            "date-serial": (
                "'{value}' in '{field}' looks like a date from Excel (days counted from 1900); it is {suggestion}. "
                "Write the date as YYYY-MM-DD, for example {suggestion}."
            ),
            "comma-list": (
                "'{field}: {value}' is several values in one text. Write them as a list: '{field}: [{suggestion}]' "
                "(or one line per value starting with -)."
            ),
            "bool": "'{field}' must be yes or no (true/false), not '{value}'.",
            "choice": "'{value}' is not an allowed value of '{field}'. Allowed values: {allowed}.",
            "choice-suggest": (
                "'{value}' is not an allowed value of '{field}'. Did you mean '{suggestion}'? Allowed values: "
                "{allowed}."
            ),
            "number": "'{field}' must be a number, not '{value}'.",
            "year": "'{field}' must be a year (for example 2035), not '{value}'.",
            "integer": "'{field}' must be a whole number, not '{value}'.",
            "id": (
                "'{field}' holds invisible or control characters ('{value}'), so an id can look right and still not "
                "match the references to it. Write the id again with ordinary, visible characters, for example MO1.1."
            ),
            "got-list": (
                "'{field}' must be a single value, but a list stands here ([ ] or lines starting with -). Write the "
                "value right after the colon."
            ),
            "got-mapping": (
                "'{field}' must be a single value, but a group of fields (name: value) stands here. Write the value "
                "right after the colon."
            ),
            "list-got-mapping": (
                "'{field}' must be a list ([a, b] or lines starting with -), but a group of fields (name: value) "
                "stands here."
            ),
            "mapping-got-list": (
                "'{field}' must be a group of fields (indented lines such as 'namn: …' under '{field}:'), but a list "
                "stands here."
            ),
            "text-got-list": (
                "'{field}' must be a single text, not a list. Write the value right after the colon, without [ ] and "
                "without lines starting with -."
            ),
            "text-got-mapping": "'{field}' must be a single text, not a group of fields (name: value).",
            "keyword-in-list": (
                "'{value}' must stand alone in '{field}', not in a list. Write '{field}: {value}' without [ ] and "
                "without other ids; a list is only for the ids of bodies in organisation.yaml."
            ),
            "list": "'{field}' must be a list ([a, b] or lines starting with -), not '{value}'.",
            "mapping": (
                "'{field}' must be a group of fields (indented lines such as 'namn: …' under '{field}:'), not "
                "'{value}'."
            ),
        },
    },
    "M004": {
        "summary": "The document type is not in the styrmodell.",
        "why": "Documents belonging to the styrmodell must carry a designation from the model.",
        "messages": {
            "default": "The document type '{value}' is not in the styrmodell. Write one of these types: {types}.",
            "suggest": "The document type '{value}' is not in the styrmodell. Did you mean '{suggestion}'?",
        },
    },
    "M005": {
        "summary": "The same id is used more than once.",
        "why": (
            "References in 'utgår_från' and 'ersätter' name documents and goals by their id. When an id occurs twice, "
            "no one can tell what a reference means, and the hierarchy comes out wrong."
        ),
        "messages": {
            "default": (
                "The id '{id}' is already used in {first}, line {first_line}. Documents, goal areas, goals and "
                "activities share one set of ids, so each id may occur only once. Give this one an id of its own, and "
                "correct the references in 'utgår_från' and 'ersätter' meant for it."
            ),
            "same-file": (
                "The id '{id}' is already used on line {first_line} of this file. Documents, goal areas, goals and "
                "activities share one set of ids, so each id may occur only once. Give this one an id of its own, and "
                "correct the references in 'utgår_från' meant for it."
            ),
            "organisation": (
                "Both this file and {used} have 'typ: organisation'. styrcheck reads {used} and not this file. The "
                "organisation is described in one file only: keep one of them and remove the other; first move any "
                "bodies listed only in the file you remove into the one you keep."
            ),
            "organ": (
                "The id '{id}' is already used for a body on line {first_line} of this file ({name}). Every body "
                "needs an id of its own. Only the first is read, so documents that name '{id}' mean {name}. Remove "
                "this line if it repeats the same body, otherwise give this body an id of its own."
            ),
        },
    },
    "M006": {
        "summary": "The period of validity ends before it begins.",
        "why": (
            "The styrmodell requires every document to show the period it covers; a period that ends before it begins "
            "covers no time at all."
        ),
        "messages": {
            "default": (
                "The period of validity ends ('giltig_till: {to}') before it begins ('giltig_från: {start}'). Correct "
                "one of the dates; a year is probably wrong."
            ),
        },
    },
    "M007": {
        "summary": "The document is valid from a date before its decision.",
        "why": (
            "A document steers from the moment it is decided. Reports are decided after the period they cover and are "
            "exempt; the profile marks them with 'redovisning: true'. Types whose day of decision the profile sets "
            "against their period ('beslut_senast', 'beslut_före_året') are judged by D006 and D007 instead."
        ),
        "messages": {
            "default": (
                "The document was decided on {decided} but is valid from {start}, that is before it was decided. "
                "Unless the decision is meant to apply retroactively, set 'giltig_från' to the day of the decision or "
                "later, or correct 'beslutsdatum'."
            ),
        },
    },
    "M008": {
        "summary": "A body (organ) that is named is not in the organisation (organisation.yaml).",
        "why": (
            "Who decided a document, who owns it and which part of the organisation it applies to must read "
            "unambiguously. That works only when every id matches a body in organisation.yaml."
        ),
        "messages": {
            "default": (
                "'{field}: {value}' – there is no body with the id '{value}' in {organisation}. Write the id of a "
                "body listed there, or add the body to {organisation}."
            ),
            "suggest": (
                "'{field}: {value}' – there is no body with the id '{value}' in {organisation}. Did you mean "
                "'{suggestion}'?"
            ),
            "in-organisation": (
                "The body '{organ}' has '{field}: {value}', but there is no body with the id '{value}' in the file. "
                "Write the id of a body listed in the file, or add the body."
            ),
            "in-organisation-suggest": (
                "The body '{organ}' has '{field}: {value}', but there is no body with the id '{value}' in the file. "
                "Did you mean '{suggestion}'?"
            ),
            "kind": (
                "The body '{organ}' has 'slag: {value}', a kind the styrmodell does not know. Choose one of these "
                "kinds: {kinds}."
            ),
            "kind-suggest": (
                "The body '{organ}' has 'slag: {value}', a kind the styrmodell does not know. Did you mean "
                "'{suggestion}'? Allowed kinds: {kinds}."
            ),
            "no-organisation": (
                "There is no organisation.yaml, so it cannot be checked that the bodies the documents name exist "
                "(here '{value}'). Add a file organisation.yaml with 'typ: organisation' and a list 'organ:' in which "
                "every body has 'id', 'namn' and 'slag', for example '- {{id: kf, namn: Kommunfullmäktige, slag: "
                "fullmäktige}}'. The slag must be one of: {kinds}."
            ),
            "unusable-organisation": (
                "The file {organisation} could not be read as the organisation (see the findings in that file), so it "
                "cannot be checked that the bodies the documents name exist (here '{value}'). Correct {organisation}: "
                "it needs the line 'typ: organisation' and a list 'organ:' in which every body has 'id', 'namn' and "
                "'slag'."
            ),
        },
    },
    "M009": {
        "summary": (
            "The document is published on the intranet only, though documents of its type belong on the public website."
        ),
        "why": (
            "Steering documents are to be open to the citizens. The document types that may be internal are marked "
            "'får_vara_intern: true' in the profile."
        ),
        "messages": {
            "default": (
                "Documents of type {type} are to be published on the municipality's public website. Only these "
                "document types may be published on the intranet only: {allowed}. Change it to 'publicering: extern', "
                "or remove the 'publicering' line (extern is the default)."
            ),
            "none-allowed": (
                "Documents of type {type} are to be published on the municipality's public website; the profile "
                "allows no document type to be published on the intranet only. Change it to 'publicering: extern', or "
                "remove the 'publicering' line (extern is the default)."
            ),
        },
    },
    "M010": {
        "summary": "A joint document does not name its partners.",
        "why": (
            "A joint document is decided by several organisations; to know who can change it, and why it may depart "
            "from the styrmodell, it must say who they are."
        ),
        "messages": {
            "default": (
                "'samverkan' says the document is joint but names no partner. Write which organisations it was "
                "decided together with, for example 'samverkan: [Linköpings kommun]', or remove the line if the "
                "document is not joint."
            ),
        },
    },
    "M011": {
        "summary": "The date of decision has not come yet.",
        "why": (
            "The metadata shows who decided the document and when. A date of decision in the future is either a "
            "typing error or a decision that does not exist yet, and a document not yet decided does not steer."
        ),
        "messages": {
            "default": (
                "The document is said to have been decided on {decided}, but that day has not come yet (today is "
                "{today}). Correct 'beslutsdatum' if it is mistyped. If the decision has not been taken yet, add the "
                "document once it has."
            ),
        },
    },
    "V001": {
        "summary": (
            "The document does not apply to every role the styrmodell names, such as elected representatives and "
            "employees."
        ),
        "why": (
            "The styrmodell may require a document, such as a shared value foundation, to apply to several roles "
            "alike, for example elected representatives and employees both; one aimed at one of them only does not "
            "do. The roles are set in the profile under 'roller'."
        ),
        "messages": {
            "default": (
                "According to 'gäller_roller' {the_type} applies to {roles} but not to {missing}. The "
                "styrmodell requires {the_type} to apply to all of these: {required}. If it already applies to "
                "all, add {missing} to 'gäller_roller'; otherwise {a_type} that applies to all is needed."
            ),
            "none": (
                "It does not say whom {the_type} applies to. The styrmodell's {type_word} applies to all of these: "
                "{required}; give 'gäller_roller: [{required}]'."
            ),
        },
    },
    "X001": {
        "summary": "A deviation lacks a reason or a rule.",
        "why": (
            "A deviation from the styrmodell is a deliberate choice; without a reason it cannot be told from a "
            "mistake, and nobody can review it later."
        ),
        "messages": {
            "default": (
                "The deviation from {rule} gives no reason and is therefore not accepted. Say why under 'motivering', "
                "and preferably which decision allows it under 'beslut', for example 'beslut: KF 2022-11-28 § 123'."
            ),
            "rule": (
                "The deviation does not say which rule it concerns. Write the rule's code or name under 'regel', for "
                "example 'regel: G001'."
            ),
        },
    },
    "X002": {
        "summary": "A deviation concerns a rule that finds nothing in the document.",
        "why": (
            "An unneeded deviation hides nothing today, but silences the rule in the document should a mistake creep "
            "in later. Lapsed deviations ('giltig_till') and rules that did not run are not counted."
        ),
        "messages": {
            "default": (
                "The deviation from {rule} ({name}) is not needed: the rule finds nothing in the document. Remove the "
                "deviation, or check that it is in the right document."
            ),
            "unknown": (
                "The deviation concerns '{rule}', which is no rule of styrcheck. Check the code or name (the command "
                "'styrcheck rules' lists every rule)."
            ),
            "unknown-suggest": (
                "The deviation concerns '{rule}', which is no rule of styrcheck. Did you mean '{suggestion}'?"
            ),
        },
    },
    "X003": {
        "summary": "A deviation has lapsed, and the rule it concerned finds fault with the document again.",
        "why": (
            "A deviation that lapses stops applying silently. Without a pointer to it, the finding that comes back "
            "looks like a new mistake, though the deviation still stands in the document."
        ),
        "messages": {
            "default": (
                "The deviation from {rule} ({name}) was valid until {until} and has lapsed, so what the rule finds in "
                "the document is no longer accepted. Correct it, or renew the decision on the deviation and change "
                "'giltig_till'."
            ),
        },
    },
    "Y001": {
        "summary": "The file is not valid YAML.",
        "why": READABLE,
        "messages": {
            "default": (
                "The file does not read as YAML. The error was noticed here, but its cause is often on this line or "
                "the line above: check indentation, colons and quotes. A text that contains ': ' or starts with [, "
                '{{, &, *, ! or # must be put in quotes, for example titel: "Riktlinje: resor i tjänsten". (The YAML '
                "reader says: {problem}.)"
            ),
            "colon": (
                "A colon followed by a space (': ') stands inside a value, so YAML takes it for a new name. Put the "
                'value in quotes, for example titel: "Riktlinje: resor i tjänsten".'
            ),
            "colon-quote": (
                "A colon followed by a space (': ') stands inside a value, so YAML takes it for a new name. Put the "
                "value in quotes: {suggestion}"
            ),
            "colon-space": (
                "A space is missing after the colon, so YAML reads no 'name: value' line here. Write {suggestion}."
            ),
            "colon-nbsp": (
                "After the colon stands a non-breaking space (often pasted from Word), which YAML does not count as a "
                "space. Replace it with an ordinary space: {suggestion}."
            ),
            "no-colon": (
                "A colon (:) is missing after the name on this line, or a line has too little or too much "
                "indentation. Write 'name: value'."
            ),
            "indent": (
                "The indentation does not match: this line stands further in or out than the lines around it. Lines "
                "on the same level must start in the same column; check this line and the one above."
            ),
            "dash": (
                "A list item (a line starting with -) stands where it may not. Check the indentation: the list's "
                "lines belong under the list's name, for example 'utgår_från:' and below it '  - id'."
            ),
            "flow": (
                "A list in [ ] or a group in {{ }} is not closed properly. Check that every [ has its ] and every {{ "
                "its }}, and that values are separated by commas. A value containing a comma must be put in quotes."
            ),
            "unclosed": (
                "The file ends in the middle of a value: a quote, a [ or a {{ is never closed. Find where it starts "
                "and close it."
            ),
            "escape": (
                "A backslash (\\) inside double quotes forms an unknown escape code. Use single quotes ('…') around "
                "the text, or write \\\\."
            ),
            "start": (
                "The value starts with a character YAML does not allow first in a value (for example @ or `). Put the "
                "value in quotes."
            ),
            "alias": (
                "An alias (*name) refers to an anchor (&name) that does not exist. Write the value out, or put the "
                "text in quotes if * is meant as an ordinary character."
            ),
            "tab": (
                "Tab character in the indentation. YAML allows only spaces for indentation; replace the tabs with "
                "spaces."
            ),
            "multi": (
                "The file holds several YAML documents, separated by '---'. Describe one steering document per file: "
                "split the file, or remove the '---' line in the middle of it."
            ),
        },
    },
    "Y002": {
        "summary": "The same key appears twice at one level.",
        "why": (
            "Programs read duplicate keys differently (some take the first value, others the last); metadata must "
            "mean the same to whoever reads it."
        ),
        "messages": {
            "default": (
                "'{name}' appears twice at the same level; first on line {first}. Only the first value is read. "
                "Remove one of the lines, so that it is clear which value holds."
            ),
        },
    },
    "Y003": {
        "summary": "The file describes no steering document.",
        "why": (
            "Files that describe no steering document are reported rather than silently skipped, so that no document "
            "drops out unnoticed."
        ),
        "messages": {
            "default": "The file describes no steering document.",
            "empty": "The file is empty or holds only comments. Fill in the document's metadata, or remove the file.",
            "not-mapping": (
                "The file holds a list or a lone text, not fields with names and values. A steering document is "
                "described by lines such as 'id: …', 'typ: …' and 'titel: …'."
            ),
            "no-typ": (
                "The key 'typ' is missing or empty, so it is unknown what kind of document the file describes. Add a "
                "line 'typ:' with one of the styrmodell's document types: {types}."
            ),
            "no-typ-organisation": (
                "The key 'typ' is missing or empty. The file looks like the organisation (it is named "
                "organisation.yaml or has a list 'organ:'), but without 'typ' it is not read, and the bodies in it "
                "cannot be checked. Add the line 'typ: organisation' at the top of the file."
            ),
            "complex-key": (
                "Before the colon stands a list or a group of fields instead of a name, so the line is not read. A "
                "key must be a plain word, such as 'titel'."
            ),
        },
    },
    "Y004": {
        "summary": "The file is not encoded in UTF-8.",
        "why": "Only UTF-8 reads the same everywhere; other encodings garble å, ä and ö.",
        "messages": {
            "default": "The file is not encoded in UTF-8. Save it again as UTF-8.",
            "cp1252": (
                "The file looks encoded in Windows-1252/Latin-1, not UTF-8, so å, ä and ö come out wrong; the first "
                "such character is on this line. Save the file again as UTF-8 (in Notepad: Save as, Encoding: UTF-8) "
                "or convert it, for example: iconv -f WINDOWS-1252 -t UTF-8 file.yaml > new.yaml"
            ),
            "utf16": (
                "The file is encoded in UTF-16 (called Unicode in Notepad). Save it again as UTF-8 (Save as, "
                "Encoding: UTF-8) or convert it, for example: iconv -f UTF-16 -t UTF-8 file.yaml > new.yaml"
            ),
            "binary": (
                "The file holds binary data, not text; perhaps it is a Word or PDF document given a .yaml name. "
                "Metadata is written as text in a .yaml file; replace the file or remove it."
            ),
            "utf32": (
                "The file is encoded in UTF-32. Save it again as UTF-8 (Save as, Encoding: UTF-8) or convert it, for "
                "example: iconv -f UTF-32 -t UTF-8 file.yaml > new.yaml"
            ),
            "unknown": "The file is not valid UTF-8, and its encoding could not be recognised. Save it again as UTF-8.",
        },
    },
    "Y005": {
        "summary": "The file could not be read.",
        "why": READABLE,
        "messages": {
            "default": (
                "The file could not be read (the system says: {error}). Check that the file exists, that you may read "
                "it and, if it is a link, that the link points to the right file."
            ),
            "not-a-file": (
                "This is no regular file (but, for example, a device or a named pipe), so styrcheck does not read it. "
                "Replace it with a regular text file or remove it."
            ),
            "outside": (
                "The file is a link to {target}, which lies outside what is being checked, and styrcheck does not "
                "follow it. Replace the link with a copy of the file, or name {target} as a path when you run "
                "styrcheck."
            ),
        },
    },
    "Y006": {
        "summary": "The file is larger or deeper than styrcheck reads.",
        "why": (
            "styrcheck may run on files from anyone; limits on size, depth and aliases keep one file from stalling "
            "the machine."
        ),
        "messages": {
            "default": "The file exceeds a limit of what styrcheck reads. Simplify or split the file.",
            "size": (
                "The file is {size} bytes, but styrcheck reads at most {limit} bytes per file. One document's "
                "metadata fits in far less: split the file, or raise the limit (see docs/security.md)."
            ),
            "depth": (
                "The file has more than {limit} levels of nesting (lists in lists or groups in groups). Metadata "
                "needs no such depth; simplify the file."
            ),
            "recursive": (
                "An alias (*name) stands inside the very list or group it refers to, so the value never ends. Write "
                "the value out instead of the alias."
            ),
            "nodes": (
                "The file grows to more than {limit} values when aliases (*name) are replaced by what they refer to. "
                "Write the values out instead of chaining aliases."
            ),
        },
    },
    "Y007": {
        "summary": "The file uses a YAML tag styrcheck does not accept.",
        "why": (
            "Tags such as !!python/object can make some YAML readers run code; metadata needs only text, lists and "
            "groups of fields."
        ),
        "messages": {
            "default": (
                "The YAML tag {tag} is not accepted, and the value after it is not read. Remove the tag and write the "
                "value as plain text."
            ),
        },
    },
}
