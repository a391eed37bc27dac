"""The help of the command line in Swedish and English: one table per language, put on the
click commands typer builds before they run (typer takes help from static strings, so the
language is decided first: `--lang` on the command line, else the locale's).

A key is a command's name (`styrcheck` for the command itself), or an option's first name
(`--format`) or an argument's name (`paths`): first looked up as `command key`, then as `key`
alone, the text every command with that option shares."""

from __future__ import annotations

from typing import Any

EN = {
    "styrcheck": "Checks the metadata of a municipality's steering documents against its styrmodell.",
    "--version": "Show the version and exit.",
    "--help": "Show this message and exit.",
    # Shared by the commands that take them.
    "paths": "Files or folders to check (default: the current folder).",
    "--profile": "Profile name (bundled) or path to a profile file.",
    "--lang": "Language of messages (default: from the locale).",
    "styrcheck --lang": "Language of messages and help, for the command that follows (its own --lang comes first).",
    "profile --lang": "Language of messages and help, for the sub-command that follows.",
    "--today": "Fix 'today' for date rules (YYYY-MM-DD).",
    "--config": "Configuration file (default: the nearest styrcheck.yaml at or above the first path).",
    "--select": "Run only these rules: codes, names, tags or families, comma-separated (replaces välj:).",
    "--ignore": "Skip these rules: codes, names, tags or families, comma-separated (replaces ignorera:).",
    "--exclude": "Skip files matching this glob; repeatable (replaces uteslut:).",
    "--no-cache": "Neither read nor write the cache (.styrcheck_cache/ beside styrcheck.yaml, else in the first path).",
    "--jobs": "Processes that read files and run the rules (default: one per core).",
    "--output": "Write the report to this file; the terminal still gets text.",
    "validate": "Check steering documents and report every finding.",
    "validate --format": "Output format: text, json, sarif, github, gitlab, junit "
    "(default: text; github when GITHUB_ACTIONS is set).",
    "validate --baseline": "Fail only on findings not in this baseline (styrcheck baseline).",
    "validate --fail-on": "Lowest severity that fails the run: error, warning or info, "
    "or in Swedish fel, varning or info (default: underkänn_vid: or error).",
    "validate --show-accepted": "List findings accepted by an avsteg or the baseline.",
    "validate --verbose": "List every file not checked (tool files, files git ignores, …) on stderr.",
    "baseline": "Write today's findings to a baseline, so that `validate --baseline` fails only on new ones.",
    "baseline --output": "The baseline file (default: baslinje: in styrcheck.yaml, else styrcheck-baseline.json).",
    "diff": "What a change does to the steering model: documents, metadata, goals, derivations, avsteg and "
    "findings of HEAD against BASE, by document id (docs/ci.md).",
    "diff base": "A git revision (main, origin/main, HEAD~1) or a folder.",
    "diff head": "A git revision or a folder (default: the working tree).",
    "diff --format": "text, markdown (a merge-request comment) or json.",
    "diff --fail-on": "Fail when HEAD has new findings of this severity or higher: error, warning or info "
    "(fel, varning, info; default: underkänn_vid: or error).",
    "rules": "List every rule with its code, name, severity and tags.",
    "rules --format": "text, json or markdown (docs/rules.md)",
    "explain": "Explain a rule: what it checks, why (with the riktlinje's words), and examples.",
    "explain code": "Rule code (G001) or name (goal-area-count).",
    "due": "List overdue and upcoming follow-ups, reports and expiring documents, by date, with owner.",
    "due --within": "How far ahead to look: 90d, 12w, 6m or 1y.",
    "due --format": "text, json, csv or xlsx (for Excel)",
    "due --output": "Write to this file (xlsx must go to a file or a pipe).",
    "report": "Publish the steering model as a web site for the people it is for (docs/report.md), "
    "or write the register of documents for Excel.",
    "report --output": "The folder of the site (html), or the file of the register (csv, xlsx).",
    "report --format": "html (a web site), or csv or xlsx (the document register for Excel).",
    "profile": "Check a profile, or show one fully resolved (docs/profiles.md).",
    "profile check": "Check a profile file (and those it extends): exit 0 when it can be used, 2 with every mistake.",
    "profile check file": "The profile file to check.",
    "profile show": "Print the profile in use (or named) fully resolved, utökar applied, as YAML.",
    "graph": "Draw the hierarchy of steering documents (or of goals) as a picture (docs/graph.md). A picture too "
    "large for GitHub and GitLab is split into parts when written to a file or as Markdown (see --output).",
    "graph --format": "mermaid, dot, svg, png, json or markdown (default: from the -o suffix, else mermaid).",
    "graph --output": "Write to this file; its suffix gives the format (.mmd .md .dot .svg .png .json). A picture "
    "too large for GitHub and GitLab to draw is split by document type, then by deciding body: Markdown gets a "
    "Mermaid block per part; other formats a file per part beside FILE (FILE-1.svg, …) and an index, FILE.md.",
    "graph --level": "dokument (documents) or mål (goals and activities).",
    "graph --root": "Only this document or goal and what derives from it.",
    "graph --type": "Only documents of these types; repeatable or comma-separated.",
    "graph --period": "Only documents that apply some time in this year.",
    "graph --depth": "At most this many steps below the root (or the top).",
    "graph --cluster": "Group by nämnd, typ or ingen.",
    "graph --legend": "Draw a legend.",
    "graph --findings": "Run the rules and mark documents with errors or warnings.",
    "init": "Start a document repository: styrcheck.yaml, organisation.yaml, pre-commit, CI and a README. "
    "Never overwrites.",
    "init folder": "Where to start the repository (default: here).",
    "init --ci": "A CI job for github, gitlab or none.",
    "init --organisation": "The municipality's name, for organisation.yaml and the README.",
    "new": "Write a document skeleton: every required field, the optional ones commented out. Never overwrites.",
    "new type_name": "A document type of the profile (riktlinje, uppdragsplan, …).",
    "new --id": "The document's id (default: made of the title).",
    "new --title": "The document's title.",
    "new --output": "The file to write (default: ID.yaml here).",
    "schema": "Write a JSON Schema of the documents for editors (docs/editors.md).",
    "schema --output": "Write the schema to this file (default: the terminal).",
    "schema --organisation": "Offer the organ ids of this organisation.yaml wherever a document names a body.",
    "import": "Turn a register of documents into one YAML file per document. Never overwrites.",
    "import register": "The register: .xlsx or .csv, one row a document.",
    "import --folder": "Where to write the documents (default: here).",
    "import --column": "The column of a field; repeatable (default: common Swedish headings).",
    "import --mapping": "A YAML file of FIELD: HEADING lines.",
    "import --sheet": "The sheet of an Excel file (default: the first).",
    "import --organisation": "Where the bodies are looked up (default: FOLDER/organisation.yaml).",
}

SV = {
    "styrcheck": "Kontrollerar metadata för en kommuns styrande dokument mot dess styrmodell.",
    "--version": "Visa versionen och avsluta.",
    "--help": "Visa den här hjälpen och avsluta.",
    "paths": "Filer eller mappar att kontrollera (standard: den aktuella mappen).",
    "--profile": "Profilens namn (medföljande) eller sökväg till en profilfil.",
    "--lang": "Språk för meddelanden: sv eller en (standard: efter systemets språkinställning).",
    "styrcheck --lang": "Språk för meddelanden och hjälp i kommandot som följer (kommandots egen --lang går före).",
    "profile --lang": "Språk för meddelanden och hjälp i underkommandot som följer.",
    "--today": "Bestäm 'i dag' för datumreglerna (ÅÅÅÅ-MM-DD).",
    "--config": "Konfigurationsfil (standard: närmaste styrcheck.yaml i eller ovanför den första sökvägen).",
    "--select": "Kör bara dessa regler: koder, namn, taggar eller familjer, kommaseparerade (ersätter välj:).",
    "--ignore": "Hoppa över dessa regler: koder, namn, taggar eller familjer, kommaseparerade (ersätter ignorera:).",
    "--exclude": "Hoppa över filer som matchar detta mönster; kan upprepas (ersätter uteslut:).",
    "--no-cache": "Varken läs eller skriv cachen (.styrcheck_cache/ bredvid styrcheck.yaml, annars i den "
    "första sökvägen).",
    "--jobs": "Antal processer som läser filer och kör reglerna (standard: en per kärna).",
    "--output": "Skriv rapporten till denna fil; terminalen får ändå text.",
    "validate": "Kontrollera styrande dokument och rapportera varje fynd.",
    "validate --format": "Utdataformat: text, json, sarif, github, gitlab, junit "
    "(standard: text; github när GITHUB_ACTIONS är satt).",
    "validate --baseline": "Underkänn bara på fynd som inte finns i denna baslinje (styrcheck baseline).",
    "validate --fail-on": "Lägsta allvarlighet som underkänner körningen: fel, varning eller info, "
    "eller på engelska error, warning eller info (standard: underkänn_vid: eller fel).",
    "validate --show-accepted": "Lista fynd som godtas genom ett avsteg eller baslinjen.",
    "validate --verbose": "Lista varje fil som inte kontrollerades (verktygsfiler, filer som git ignorerar, …) "
    "på stderr.",
    "baseline": "Skriv dagens fynd till en baslinje, så att `validate --baseline` bara underkänner nya.",
    "baseline --output": "Baslinjefilen (standard: baslinje: i styrcheck.yaml, annars styrcheck-baseline.json).",
    "diff": "Vad en ändring gör med styrmodellen: dokument, metadata, mål, härledningar, avsteg och fynd "
    "i HEAD jämfört med BASE, per dokument-id (docs/ci.md).",
    "diff base": "En git-revision (main, origin/main, HEAD~1) eller en mapp.",
    "diff head": "En git-revision eller en mapp (standard: arbetskopian).",
    "diff --format": "text, markdown (en kommentar till en merge request) eller json.",
    "diff --fail-on": "Underkänn när HEAD har nya fynd med denna allvarlighet eller högre: fel, varning eller "
    "info (error, warning, info; standard: underkänn_vid: eller fel).",
    "rules": "Lista alla regler med kod, titel, allvarlighet och taggar.",
    "rules --format": "text, json eller markdown (docs/rules.md)",
    "explain": "Förklara en regel: vad den kontrollerar, varför (med riktlinjens ord) och exempel.",
    "explain code": "Regelns kod (G001) eller namn (goal-area-count).",
    "due": "Lista försenade och kommande uppföljningar, redovisningar och dokument som går ut, per datum, med ägare.",
    "due --within": "Hur långt framåt: 90d, 12w, 6m eller 1y (dagar, veckor, månader, år).",
    "due --format": "text, json, csv eller xlsx (för Excel)",
    "due --output": "Skriv till denna fil (xlsx måste gå till en fil eller ett rör).",
    "report": "Publicera styrmodellen som en webbplats för dem den är till för (docs/report.md), "
    "eller skriv dokumentförteckningen för Excel.",
    "report --output": "Webbplatsens mapp (html), eller förteckningens fil (csv, xlsx).",
    "report --format": "html (en webbplats), eller csv eller xlsx (dokumentförteckningen för Excel).",
    "profile": "Kontrollera en profil, eller visa en helt upplöst (docs/profiles.md).",
    "profile check": "Kontrollera en profilfil (och de den utökar): slutstatus 0 när den kan användas, 2 med "
    "varje fel.",
    "profile check file": "Profilfilen som ska kontrolleras.",
    "profile show": "Skriv ut profilen som används (eller den som anges) helt upplöst, med utökar tillämpat, som YAML.",
    "graph": "Rita hierarkin av styrande dokument (eller av mål) som en bild (docs/graph.md). En bild som är för "
    "stor för GitHub och GitLab delas upp när den skrivs till en fil eller som Markdown (se --output).",
    "graph --format": "mermaid, dot, svg, png, json eller markdown (standard: efter filändelsen i -o, annars mermaid).",
    "graph --output": "Skriv till denna fil; dess filändelse ger formatet (.mmd .md .dot .svg .png .json). En "
    "bild som är för stor för GitHub och GitLab delas efter dokumenttyp och sedan efter beslutande organ: "
    "Markdown får ett Mermaid-block per del, andra format en fil per del bredvid FILE (FILE-1.svg, …) och ett "
    "register, FILE.md.",
    "graph --level": "dokument eller mål (mål och aktiviteter).",
    "graph --root": "Bara detta dokument eller mål och det som utgår från det.",
    "graph --type": "Bara dokument av dessa typer; kan upprepas eller kommasepareras.",
    "graph --period": "Bara dokument som gäller någon gång under detta år.",
    "graph --depth": "Högst så här många steg under roten (eller toppen).",
    "graph --cluster": "Gruppera efter nämnd, typ eller ingen.",
    "graph --legend": "Rita en teckenförklaring.",
    "graph --findings": "Kör reglerna och markera dokument med fel eller varningar.",
    "init": "Starta ett dokumentförråd: styrcheck.yaml, organisation.yaml, pre-commit, CI och en README. "
    "Skriver aldrig över.",
    "init folder": "Var förrådet ska startas (standard: här).",
    "init --ci": "Ett CI-jobb för github, gitlab eller none (inget).",
    "init --organisation": "Kommunens namn, för organisation.yaml och README.",
    "new": "Skriv ett dokumentskelett: alla obligatoriska fält, de valfria bortkommenterade. Skriver aldrig över.",
    "new type_name": "En dokumenttyp i profilen (riktlinje, uppdragsplan, …).",
    "new --id": "Dokumentets id (standard: bildat av titeln).",
    "new --title": "Dokumentets titel.",
    "new --output": "Filen att skriva (standard: ID.yaml här).",
    "schema": "Skriv ett JSON Schema för dokumenten, för redigerare (docs/editors.md).",
    "schema --output": "Skriv schemat till denna fil (standard: terminalen).",
    "schema --organisation": "Erbjud organens id:n i denna organisation.yaml där ett dokument anger ett organ.",
    "import": "Gör om en förteckning över dokument till en YAML-fil per dokument. Skriver aldrig över.",
    "import register": "Förteckningen: .xlsx eller .csv, en rad per dokument.",
    "import --folder": "Var dokumenten ska skrivas (standard: här).",
    "import --column": "Kolumnen för ett fält; kan upprepas (standard: vanliga svenska rubriker).",
    "import --mapping": "En YAML-fil med rader FÄLT: RUBRIK.",
    "import --sheet": "Bladet i en Excelfil (standard: det första).",
    "import --organisation": "Var organen slås upp (standard: MAPP/organisation.yaml).",
}

TEXTS = {"sv": SV, "en": EN}

# What click and typer write around the help themselves, in English only.
_SWEDISH_FRAME = {"Usage: ": "Användning: ", "Arguments": "Argument", "Options": "Flaggor", "Commands": "Kommandon"}
_SWEDISH_NOTES = (("[default: ", "[standard: "), ("[required]", "[krävs]"))


def text(lang: str, command: str, key: str) -> str:
    """The help of `key` (an option, an argument, or the command itself when it is `command`)."""
    table = TEXTS[lang]
    if key == command:
        return table[command]
    return table.get(f"{command} {key}") or table[key]


def language(args: list[str]) -> str:
    """The language of the help: `--lang sv|en` (or `--lang=…`) among `args`, else the locale's."""
    for arg, following in zip(args, [*args[1:], ""]):
        value = following if arg == "--lang" else arg.removeprefix("--lang=") if arg.startswith("--lang=") else ""
        if value.lower() in TEXTS:
            return value.lower()
    from styrcheck.i18n import default_language

    return default_language()


def commands(group: Any, name: str = "styrcheck") -> list[tuple[str, Any]]:
    """`group` (the click group typer built) and every command below it, each with its name as
    the tables key it (`validate`, `profile check`)."""
    found = [(name, group)]
    for sub, command in getattr(group, "commands", {}).items():
        found += commands(command, sub if name == "styrcheck" else f"{name} {sub}")
    return found


def translate(group: Any, lang: str) -> None:
    """Put the help texts of `lang` on `group` (the click group typer built), its commands and
    their options and arguments; in Swedish, the words click adds around them too."""
    for name, command in commands(group):
        command.help = text(lang, name, name)
        command.short_help = None
        context = command.context_class(command)
        for param in [*command.params, command.get_help_option(context)]:
            param.help = text(lang, name, param.opts[0])
            if param.param_type_name == "argument":
                # typer labels an argument with its Python type (<list[Path]>), which says nothing
                # to a reader of the help.
                param.display_type_rich = lambda ctx: None
        if lang == "sv":
            command.context_class = _swedish(command.context_class)


def _swedish(context_class: Any) -> Any:
    """`context_class` with a formatter that writes click's own words in Swedish."""

    class SwedishFormatter(context_class.formatter_class):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, _SWEDISH_FRAME["Usage: "] if prefix is None else prefix)

        def write_heading(self, heading: str) -> None:
            super().write_heading(_SWEDISH_FRAME.get(heading, heading))

        def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:
            super().write_dl([(term, _noted_in_swedish(help)) for term, help in rows], *args, **kwargs)

    return type("SwedishContext", (context_class,), {"formatter_class": SwedishFormatter})


def _noted_in_swedish(help: str) -> str:
    for english, swedish in _SWEDISH_NOTES:
        help = help.replace(english, swedish)
    return help
