"""Usage and tool errors (exit 2) in Swedish and English: every message in one table, and the
exception that carries one.

A ToolError holds the key of its message and the values to fill in; `str(err)` is the English
text, `err.text(lang)` the text in a language. Values that are themselves `Text` (a word that
differs by language) are rendered in the same language; anything else (a path, a name, a YAML
or OS error) is filled in as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from string import Formatter

from styrcheck.core.diagnostics import Text as T
from styrcheck.core.text import line_start, printable


class ToolError(Exception):
    """A usage or tool error whose message is in both languages (styrcheck.core.errors.MESSAGES)."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        """The message in `lang` (sv or en)."""
        return render(self.key, lang, **self.values)


def render(key: str, lang: str, **values: object) -> str:
    """Message `key` in `lang`, with `values` filled in. A value may come from the repository (a
    path in styrcheck.yaml, a name, what an OS or YAML error says), and the message goes to a
    CI log: it is filled in printable (styrcheck.text), unless the message quotes it with `!r`
    (repr escapes it). A tuple is lines of their own (Graphviz's complaints)."""
    template = MESSAGES[key].get(lang)
    quoted = {field for _, field, _, conversion in Formatter().parse(template) if field and conversion == "r"}
    return template.format(**{name: _filled(value, lang, name in quoted) for name, value in values.items()})


def _filled(value: object, lang: str, quoted: bool) -> object:
    if isinstance(value, T):
        return value.get(lang)
    if quoted or isinstance(value, (int, float)):
        return value
    if isinstance(value, tuple):
        return "\n".join(line_start(printable(str(line))) for line in value)
    return printable(str(value))


def one_of(names: Sequence[str]) -> T:
    """`a, b or c` (`a, b eller c`)."""
    if len(names) < 2:
        return T("".join(names), "".join(names))
    head = ", ".join(names[:-1])
    return T(f"{head} eller {names[-1]}", f"{head} or {names[-1]}")


_INSTALL_SV = (
    "{format}-bilder ritas av Graphviz-programmet `dot`, som inte hittades i PATH.\n"
    "Installera Graphviz och försök igen:\n"
    "  Debian/Ubuntu:  sudo apt-get install graphviz\n"
    "  Fedora:         sudo dnf install graphviz\n"
    "  macOS:          brew install graphviz\n"
    "  Windows:        winget install graphviz   (öppna sedan en ny terminal)\n"
    "Eller välj ett format som inte behöver Graphviz: -f mermaid, -f dot eller -f json."
)
_INSTALL_EN = (
    "{format} output is drawn by Graphviz's `dot` program, which was not found on PATH.\n"
    "Install Graphviz and try again:\n"
    "  Debian/Ubuntu:  sudo apt-get install graphviz\n"
    "  Fedora:         sudo dnf install graphviz\n"
    "  macOS:          brew install graphviz\n"
    "  Windows:        winget install graphviz   (then open a new terminal)\n"
    "Or write a format that needs no Graphviz: -f mermaid, -f dot or -f json."
)

MESSAGES: dict[str, T] = {
    # --- the command line (cli/app.py) ---------------------------------------------------------
    "today-not-a-date": T(
        "--today {value!r} är inget datum (ÅÅÅÅ-MM-DD)", "--today {value!r} is not a date (YYYY-MM-DD)"
    ),
    "unknown-format": T(
        "okänt format {value!r}; välj ett av: {choices}", "unknown format {value!r}; choose one of: {choices}"
    ),
    "unknown-format-or": T("okänt format {value!r}; välj {choices}", "unknown format {value!r}; choose {choices}"),
    "cannot-write": T("kan inte skriva filen {path}: {reason}", "cannot write {path}: {reason}"),
    "output-is-yaml": T(
        "styrcheck skriver ingen YAML, och {path} kan vara ett styrande dokument; "
        "välj ett filnamn med en annan ändelse, till exempel .json eller .txt",
        "styrcheck writes no YAML, and {path} may be a steering document; "
        "choose a file name with another suffix, such as .json or .txt",
    ),
    "output-is-link": T(
        "{path} är en symbolisk länk (till {target}), och styrcheck skriver inte genom länkar; "
        "ta bort länken eller välj ett annat filnamn",
        "{path} is a symbolic link (to {target}), and styrcheck does not write through links; "
        "remove the link or choose another file name",
    ),
    "output-not-a-file": T(
        "{path} är ingen vanlig fil, och styrcheck ersätter den inte; välj ett annat filnamn",
        "{path} is not a regular file, and styrcheck does not replace it; choose another file name",
    ),
    "output-is-input": T(
        "{path} läses av den här körningen (ett dokument, konfigurationen, profilen eller "
        "baslinjen), och styrcheck skriver inte över det den läser; välj ett annat filnamn",
        "{path} is read by this run (a document, the configuration, the profile or the baseline), "
        "and styrcheck does not overwrite what it reads; choose another file name",
    ),
    "rules-crashed": T(
        "regler kraschade ({codes}); se `styrcheck validate`; ingen baslinje har skrivits",
        "rules crashed ({codes}); see `styrcheck validate`; no baseline written",
    ),
    # Usage errors that click finds, which it words in English only (i18n.py shows them in Swedish).
    "usage-hint": T("Skriv '{command}' för hjälp.", "Try '{command}' for help."),
    "usage-no-such-option": T("Fel: okänd flagga {option}", "Error: no such option {option}"),
    "usage-no-such-option-suggest": T(
        "Fel: okänd flagga {option}; menade du {suggestion}?",
        "Error: no such option {option}; did you mean {suggestion}?",
    ),
    "usage-no-such-command": T("Fel: okänt kommando {command!r}", "Error: no such command {command!r}"),
    "usage-no-such-command-suggest": T(
        "Fel: okänt kommando {command!r}; menade du {suggestion!r}?",
        "Error: no such command {command!r}; did you mean {suggestion!r}?",
    ),
    "usage-missing": T("Fel: {name} saknas", "Error: missing {name}"),
    "usage-bad-value": T("Fel: ogiltigt värde för {name}: {problem}", "Error: invalid value for {name}: {problem}"),
    "usage-needs-value": T("Fel: flaggan {option} kräver ett värde", "Error: option {option} requires a value"),
    "usage-other": T("Fel: {problem}", "Error: {problem}"),
    "no-such-rule-suggest": T(
        "det finns ingen regel {code!r}; menade du {suggestion!r}?", "no rule {code!r}; did you mean {suggestion!r}?"
    ),
    "no-such-rule": T(
        "det finns ingen regel {code!r}; `styrcheck rules` listar reglerna",
        "no rule {code!r}; `styrcheck rules` lists them",
    ),
    "no-such-path": T("filen eller mappen finns inte: {path}", "no such file or folder: {path}"),
    "due-incomplete-one": T(
        "varning: {first} har fel som kan göra att uppföljningar eller dokument saknas här; "
        "`styrcheck validate` visar felen",
        "warning: {first} has errors that may leave follow-ups or documents out of this list; "
        "`styrcheck validate` shows them",
    ),
    "due-incomplete": T(
        "varning: {count} filer ({first} med flera) har fel som kan göra att uppföljningar eller "
        "dokument saknas här; `styrcheck validate` visar felen",
        "warning: {count} files ({first} and others) have errors that may leave follow-ups or "
        "documents out of this list; `styrcheck validate` shows them",
    ),
    "not-checked": T("inte kontrollerad: {what}", "not checked: {what}"),
    "no-yaml-files": T(
        "varning: inga YAML-filer (*.yaml, *.yml) hittades i de angivna filerna och mapparna",
        "warning: no YAML files (*.yaml, *.yml) found in the given paths",
    ),
    "internal-error": T(
        "internt fel: {kind}: {error}\n"
        "Detta är ett fel i styrcheck, inte i dina dokument; rapportera det gärna "
        "(kör med STYRCHECK_DEBUG=1 för att se var i programmet felet uppstod).",
        "internal error: {kind}: {error}\n"
        "This is a bug in styrcheck, not in your documents; please report it "
        "(run with STYRCHECK_DEBUG=1 for the traceback).",
    ),
    # Errors of the machine styrcheck runs on (cli.py): not a bug, not in the documents.
    "output-failed": T(
        "kan inte skriva utdata (standard output): {reason}. Det är ett fel i miljön styrcheck körs i "
        "(full disk, stängd pipe), inte i dina dokument.",
        "cannot write the output (standard output): {reason}. This is a problem of the environment "
        "styrcheck runs in (a full disk, a closed pipe), not of your documents.",
    ),
    "working-folder-gone": T(
        "arbetsmappen finns inte längre (den har tagits bort eller flyttats); byt till en mapp "
        "som finns (cd) och kör igen",
        "the working folder no longer exists (it was removed or moved); change to a folder "
        "that exists (cd) and run again",
    ),
    "out-of-memory": T(
        "minnet tog slut; ge jobbet mer minne, eller kontrollera färre filer åt gången",
        "out of memory; give the job more memory, or check fewer files at a time",
    ),
    "system-error": T(
        "systemet vägrade{path}: {reason}. Det är ett fel i miljön styrcheck körs i (disk, behörigheter, "
        "mappar), inte i dina dokument.",
        "the system refused{path}: {reason}. This is a problem of the environment styrcheck runs in "
        "(disk, permissions, folders), not of your documents.",
    ),
    # --- styrcheck.yaml (config.py) ------------------------------------------------------------
    "config-not-found": T("konfigurationsfilen finns inte: {path}", "configuration file not found: {path}"),
    "config-unreadable": T(
        "{path}: konfigurationen går inte att läsa: {reason}", "{path}: cannot read the configuration: {reason}"
    ),
    "config-link-outside": T(
        "{path} är en länk till {target}, utanför förrådet {root}, och styrcheck läser den "
        "inte. Ersätt länken med en kopia av filen, eller ange filen med --config.",
        "{path} is a link to {target}, outside the repository {root}, and styrcheck does not "
        "read it. Replace the link with a copy of the file, or name the file with --config.",
    ),
    "setting-outside": T(
        "{where}: {setting}: {path} ligger utanför förrådet {root}, och styrcheck läser inget "
        "därifrån som konfigurationen anger. Lägg filen i förrådet, eller ange den med {option}.",
        "{where}: {setting}: {path} lies outside the repository {root}, and styrcheck reads "
        "nothing from there that the configuration names. Put the file in the repository, or "
        "name it with {option}.",
    ),
    "config-not-yaml": T(
        "{where}: konfigurationen går inte att läsa ({code}: inte giltig YAML)",
        "{where}: cannot read the configuration ({code}: not valid YAML)",
    ),
    "config-not-mapping": T(
        "{where}: konfigurationen ska bestå av inställningar med namn och värde (typ: styrcheck, …)",
        "{where}: the configuration is a mapping of settings (typ: styrcheck, …)",
    ),
    "unknown-setting": T(
        "{where}: okänd inställning {name!r}; kända: {known}", "{where}: unknown setting {name!r}; known: {known}"
    ),
    "unknown-setting-suggest": T(
        "{where}: okänd inställning {name!r}; menade du {suggestion!r}? kända: {known}",
        "{where}: unknown setting {name!r}; did you mean {suggestion!r}? known: {known}",
    ),
    "setting-not-allowed": T(
        "{where}: {setting}: {value!r} är inte tillåtet; välj ett av {allowed}",
        "{where}: {setting}: {value!r} is not allowed; choose one of {allowed}",
    ),
    "setting-not-list": T("{where}: {setting} ska vara en lista", "{where}: {setting} must be a list"),
    "setting-not-mapping": T(
        "{where}: {setting} ska bestå av namn med värden (namn: värde)", "{where}: {setting} must be a mapping"
    ),
    "setting-not-text": T("{where}: {setting} ska vara en text", "{where}: {setting} must be text"),
    "setting-not-positive": T(
        "{where}: {setting} ska vara ett heltal större än 0, inte {value}",
        "{where}: {setting} must be a whole number greater than 0, not {value}",
    ),
    "setting-invalid": T("{where}: {setting}: ogiltigt värde ({detail})", "{where}: {setting}: {detail}"),
    "configuration": T("konfigurationen", "configuration"),  # where no file or setting can be named
    "unknown-rule": T(
        "{where}: okänd regel, tagg eller familj {name!r}; `styrcheck rules` listar koder, namn och taggar",
        "{where}: unknown rule, tag or family {name!r}; `styrcheck rules` lists codes, names and tags",
    ),
    "unknown-rule-suggest": T(
        "{where}: okänd regel, tagg eller familj {name!r}; menade du {suggestion!r}?",
        "{where}: unknown rule, tag or family {name!r}; did you mean {suggestion!r}?",
    ),
    "names-several-rules": T(
        "{where}: {name!r} avser {count} regler; ange en enda regelkod eller ett regelnamn här",
        "{where}: {name!r} names {count} rules; give one rule code or name here",
    ),
    # --- profiles (profile.py) -----------------------------------------------------------------
    "profile-invalid": T("{where}: fel i profilen: {detail}", "{where}: error in the profile: {detail}"),
    "profile-unknown-key": T(
        "'{field}' är ingen känd uppgift i en profil och läses inte. Kontrollera stavningen.",
        "'{field}' is no known setting of a profile and is not read. Check the spelling.",
    ),
    "profile-range": T(
        "'{field}': min ({min}) är större än max ({max}); min får vara högst lika med max.",
        "'{field}': min ({min}) is greater than max ({max}); min may be at most max.",
    ),
    "profile-value": T(
        "värdet för '{field}' går inte att använda (teknisk beskrivning på engelska: {problem}).",
        "the value of '{field}' cannot be used ({problem}).",
    ),
    "profile-goals-both": T(
        "'{field}' anger både målområden ('målområden', 'mål_per_målområde') och en platt lista av mål "
        "('antal_mål'). Ange det ena eller det andra.",
        "'{field}' gives both goal areas ('målområden', 'mål_per_målområde') and a flat list of goals "
        "('antal_mål'). Give one or the other.",
    ),
    "profile-review-interval": T(
        "'{field}: {value}' går inte att räkna som ett intervall. Skriv 'mandatperiod', ett antal år eller "
        "månader ('4 år', '18 månader') eller ett namn under 'uppföljningsintervall'.",
        "'{field}: {value}' cannot be counted as an interval. Write 'mandatperiod', a number of years or months "
        "('4 år', '18 månader') or a name under 'uppföljningsintervall'.",
    ),
    "profile-not-found": T("profilfilen finns inte: {path}", "profile file not found: {path}"),
    "unknown-profile": T(
        "okänd profil {name!r}; profiler som följer med styrcheck: {names}",
        "unknown profile {name!r}; bundled profiles: {names}",
    ),
    "profile-extends-itself": T(
        "profilen {path} utökar sig själv, direkt eller via andra profiler (utökar)",
        "profile {path} extends itself (utökar)",
    ),
    "profile-outside": T(
        "{by} utökar profilen {path}, som ligger utanför förrådet {root}, och styrcheck läser den "
        "inte. Lägg profilen i förrådet, eller ange den med --profile.",
        "{by} extends the profile {path}, which lies outside the repository {root}, and styrcheck "
        "does not read it. Put the profile in the repository, or name it with --profile.",
    ),
    "profile-not-yaml": T(
        "{where}: profilen går inte att läsa: {detail}", "{where}: cannot read the profile: {detail}"
    ),
    "profile-ok": T(
        "{path}: profilen {name} går att använda ({count} dokumenttyper)",
        "{path}: the profile {name} can be used ({count} document types)",
    ),
    "profile-errors": T("profilen har {count} fel:", "the profile has {count} errors:"),
    "profile-unknown-name": T(
        "'{value}' är inte {what}. Skriv ett av: {known}.", "'{value}' is not {what}. Write one of: {known}."
    ),
    "profile-unknown-name-suggest": T(
        "'{value}' är inte {what}. Menade du '{suggestion}'?", "'{value}' is not {what}. Did you mean '{suggestion}'?"
    ),
    "profile-needs-group": T(
        "'{field}' gäller ett fält som typen inte har: lägg till fältgruppen '{group}' under fält "
        "(fält: [{group}]), eller ta bort inställningen.",
        "'{field}' is about a field the type does not have: add the field group '{group}' under fält "
        "(fält: [{group}]), or remove the setting.",
    ),
    "profile-not-mapping": T(
        "{path}: en profil ska bestå av inställningar med namn och värde", "{path}: a profile is a mapping of settings"
    ),
    "profile-extends-one": T(
        "{path}: utökar ska ange en enda profil, med namn eller fil, inte ett värde av typen {kind}",
        "{path}: utökar names one profile, by name or file, not a {kind}",
    ),
    # --- baselines (baseline.py) ---------------------------------------------------------------
    "baseline-written": T(
        "skrev {count} fynd ({entries} poster) till {path}", "wrote {count} findings ({entries} entries) to {path}"
    ),
    "baseline-unreadable": T(
        "{path}: baslinjen går inte att läsa: {reason}", "{path}: cannot read the baseline: {reason}"
    ),
    "baseline-not-json": T("{where}: inte en baslinjefil: {detail}", "{where}: not a baseline file: {detail}"),
    "not-a-baseline": T(
        "{path}: inte en baslinje från styrcheck (skriv en med `styrcheck baseline`)",
        "{path}: not a styrcheck baseline (write one with `styrcheck baseline`)",
    ),
    "baseline-version": T(
        "{path}: baslinjen har version {version!r}; den här versionen av styrcheck läser version {supported}",
        "{path}: baseline version {version!r}; this styrcheck reads version {supported}",
    ),
    "baseline-entry": T(
        '{where}: post {number} har inte formen {{"document": "…", "rule": "…", "subject": "…", '
        '"count": 2, "path": "…"}} (texter; count ett heltal, 1 eller mer); skriv om baslinjen '
        "med `styrcheck baseline`",
        '{where}: entry {number} is not of the form {{"document": "…", "rule": "…", "subject": "…", '
        '"count": 2, "path": "…"}} (texts; count a whole number, 1 or more); write the baseline '
        "anew with `styrcheck baseline`",
    ),
    # --- styrcheck due (due.py) ----------------------------------------------------------------
    "within": T(
        "--within {value!r}: skriv ett antal dagar, veckor, månader eller år, t.ex. 90d, 12w, 6m, 1y",
        "--within {value!r}: write a number of days, weeks, months or years, e.g. 90d, 12w, 6m, 1y",
    ),
    "within-too-far": T(
        "--within {value!r} når bortom år 9999; välj en kortare tid",
        "--within {value!r} reaches beyond the year 9999; choose a shorter time",
    ),
    # --- styrcheck graph (diagram/) ------------------------------------------------------------
    "format-from-name": T(
        "kan inte avgöra formatet utifrån namnet {name!r}; använd en filändelse ({suffixes}) eller --format",
        "cannot tell the format from the name {name!r}; use a suffix ({suffixes}) or --format",
    ),
    "level": T("--level {value!r}: välj {choices}", "--level {value!r}: choose {choices}"),
    "cluster": T("--cluster {value!r}: välj ett av {choices}", "--cluster {value!r}: choose one of {choices}"),
    "depth": T("--depth {value}: ett antal steg, 0 eller fler", "--depth {value}: a number of steps, 0 or more"),
    "unknown-type": T(
        "--type {name!r} är ingen dokumenttyp i profilen; typer: {types}",
        "--type {name!r} is not a document type of the profile; types: {types}",
    ),
    "unknown-type-suggest": T(
        "--type {name!r} är ingen dokumenttyp i profilen; menade du {suggestion!r}? typer: {types}",
        "--type {name!r} is not a document type of the profile; did you mean {suggestion!r}? types: {types}",
    ),
    "binary": T(
        "{format} är ett binärt format; skriv det till en fil med -o FIL",
        "{format} is binary; write it to a file with -o FILE",
    ),
    "unknown-root": T(
        "--root {root!r}: inget dokument, mål eller aktivitet har det id:t",
        "--root {root!r}: no document, goal or activity has that id",
    ),
    "unknown-root-suggest": T(
        "--root {root!r}: inget dokument, mål eller aktivitet har det id:t; menade du {suggestion!r}?",
        "--root {root!r}: no document, goal or activity has that id; did you mean {suggestion!r}?",
    ),
    "graphviz-missing": T(_INSTALL_SV, _INSTALL_EN),
    "graphviz-failed": T(
        "Graphviz `dot -T{format}` misslyckades (slutkod {code}):\n{detail}",
        "Graphviz `dot -T{format}` failed (exit {code}):\n{detail}",
    ),
    # --- styrcheck diff (diff/) ----------------------------------------------------------------
    "diff-no-such-revision": T(
        "{revision!r} är varken en mapp eller en git-revision i det här förrådet",
        "{revision!r} is neither a folder nor a git revision of this repository",
    ),
    "diff-shallow": T(
        "{revision!r} finns inte i den här grunda klonen (shallow clone); hämta den med "
        "`git fetch --deepen=50` eller `git fetch --unshallow`, eller hämta målgrenen "
        "(`git fetch origin main`), och försök igen",
        "{revision!r} is not in this shallow clone; fetch it with `git fetch --deepen=50` or "
        "`git fetch --unshallow`, or fetch the target branch (`git fetch origin main`), and try again",
    ),
    "diff-not-a-repository": T(
        "{folder} ligger inte i ett git-förråd; jämför två mappar i stället: styrcheck diff GAMMAL_MAPP NY_MAPP",
        "{folder} is not inside a git repository; compare two folders instead: styrcheck diff OLD_FOLDER NEW_FOLDER",
    ),
    "diff-no-git": T(
        "git behövs för att läsa en revision men hittades inte; installera git, eller jämför två mappar",
        "git is needed to read a revision but was not found; install git, or compare two folders",
    ),
    "diff-git-failed": T("git {command} misslyckades: {reason}", "git {command} failed: {reason}"),
    "graphviz-not-run": T("kunde inte köra {program}: {error}", "could not run {program}: {error}"),
    # --- styrcheck init, new, schema and import (authoring/) -------------------------------------
    "file-exists": T(
        "{path} finns redan; styrcheck skriver aldrig över en fil. Välj ett annat namn med -o "
        "eller ta bort filen först",
        "{path} already exists; styrcheck never overwrites a file. "
        "Choose another name with -o or remove the file first",
    ),
    "new-unknown-type": T(
        "okänd dokumenttyp {type!r}; styrmodellens typer är: {types}",
        "unknown document type {type!r}; the styrmodell's types are: {types}",
    ),
    "new-unknown-type-suggest": T(
        "okänd dokumenttyp {type!r}; menade du {suggestion!r}?",
        "unknown document type {type!r}; did you mean {suggestion!r}?",
    ),
    "new-written": T("skrev {path} ({type})", "wrote {path} ({type})"),
    "new-fill-in": T("fyll i: {fields}", "fill in: {fields}"),
    "init-written": T("skrev {path}", "wrote {path}"),
    "init-kept": T(
        "behöll {path}, som redan fanns (skrevs inte över)", "kept {path}, which was already there (not overwritten)"
    ),
    "init-next": T(
        'Nästa steg: fyll i organisation.yaml, skapa ett dokument med `styrcheck new riktlinje --title "…"` '
        "och kontrollera med `styrcheck validate`.",
        'Next: fill in organisation.yaml, make a document with `styrcheck new riktlinje --title "…"` '
        "and check with `styrcheck validate`.",
    ),
    "schema-organisation": T(
        "{path} kan inte läsas som en organisation (typ: organisation, organ: …); "
        "`styrcheck validate` säger vad som är fel",
        "{path} cannot be read as an organisation (typ: organisation, organ: …); "
        "`styrcheck validate` says what is wrong",
    ),
    "import-format": T(
        "{path}: styrcheck läser register i .xlsx eller .csv", "{path}: styrcheck reads registers in .xlsx or .csv"
    ),
    "import-empty": T("{path} har inga rader", "{path} has no rows"),
    "import-unreadable": T("kan inte läsa {path}: {reason}", "cannot read {path}: {reason}"),
    "import-needs-openpyxl": T(
        "för att läsa .xlsx behöver styrcheck openpyxl: pip install 'styrcheck[import]' "
        "(eller spara registret som CSV i Excel och importera det)",
        "reading .xlsx needs openpyxl: pip install 'styrcheck[import]' "
        "(or save the register as CSV in Excel and import that)",
    ),
    "import-no-sheet": T(
        "det finns inget blad {sheet!r}; bladen är: {sheets}", "there is no sheet {sheet!r}; the sheets are: {sheets}"
    ),
    "import-unknown-field": T(
        "okänt fält {field!r} i kolumnmappningen; menade du {suggestion!r}?",
        "unknown field {field!r} in the column mapping; did you mean {suggestion!r}?",
    ),
    "import-no-column": T(
        "registret har ingen kolumn {heading!r}; kolumnerna är: {headings}",
        "the register has no column {heading!r}; its columns are: {headings}",
    ),
    "import-no-title": T(
        "hittar ingen kolumn med dokumentens titel bland {headings}; ange den med --column titel=RUBRIK",
        "found no column of the documents' titles among {headings}; name it with --column titel=HEADING",
    ),
    "import-bad-column": T(
        "--column {value!r}: skriv FÄLT=RUBRIK, till exempel titel=Dokumentnamn",
        "--column {value!r}: write FIELD=HEADING, for example titel=Dokumentnamn",
    ),
    "import-bad-mapping": T(
        "{path}: en kolumnmappning är en YAML-fil med FÄLT: RUBRIK på varje rad",
        "{path}: a column mapping is a YAML file with FIELD: HEADING on each line",
    ),
    "import-columns": T("kolumner: {columns}", "columns: {columns}"),
    "import-written": T("skrev {path} (rad {row})", "wrote {path} (row {row})"),
    "import-kept": T(
        "{path} fanns redan och skrevs inte över (rad {row})",
        "{path} was already there and was not overwritten (row {row})",
    ),
    "import-person": T("  fyll i: {fields}", "  fill in: {fields}"),
    "import-summary": T(
        "{written} filer skrivna, {kept} fanns redan, {person} behöver en person",
        "{written} files written, {kept} already there, {person} need a person",
    ),
    "init-ask-profile": T("Profil (styrmodell)", "Profile (styrmodell)"),
    "init-ask-language": T("Språk för meddelanden (sv/en)", "Language of messages (sv/en)"),
    "init-ask-ci": T("CI-jobb (github/gitlab/none)", "CI job (github/gitlab/none)"),
    "init-ask-organisation": T("Kommunens namn", "The municipality's name"),
    "init-unknown-ci": T("okänd CI {value!r}; välj {choices}", "unknown CI {value!r}; choose {choices}"),
    "mermaid-too-large": T(
        "varning: Mermaid-bilden har {characters} tecken och {links} pilar, mer än GitHub och GitLab "
        "ritar ({max_text} tecken, {max_links} pilar). Visa en del av den (--type, --root, --period), "
        "rita den som SVG (-f svg), eller publicera modellen med styrcheck report, som delar upp "
        "hierarkin i läsbara bilder.",
        "warning: the Mermaid picture has {characters} characters and {links} links, more than "
        "GitHub and GitLab draw ({max_text} characters, {max_links} links). Show a part of it "
        "(--type, --root, --period), draw it as SVG (-f svg), or publish the model with "
        "styrcheck report, which splits the hierarchy into readable pictures.",
    ),
    "graph-split-blocks": T(
        "bilden var för stor för GitHub och GitLab i ett stycke; den är delad i {count} Mermaid-block",
        "the picture was too large for GitHub and GitLab as one; it is split into {count} Mermaid blocks",
    ),
    "graph-split-files": T(
        "bilden var för stor för GitHub och GitLab i ett stycke; skrev den i {count} delar, {first} "
        "till {last}, med en förteckning i {index}",
        "the picture was too large for GitHub and GitLab as one; wrote it in {count} parts, {first} "
        "to {last}, with an index in {index}",
    ),
    # --- styrcheck report (site/) -----------------------------------------------------------
    "report-extra": T(
        "styrcheck report behöver {module}, som inte är installerat; installera det med\n"
        "  pip install 'styrcheck[report]'",
        "styrcheck report needs {module}, which is not installed; install it with\n  pip install 'styrcheck[report]'",
    ),
    "report-needs-folder": T(
        "webbplatsen är många filer: ange en mapp att skriva den i med -o MAPP",
        "the site is many files: name a folder to write it in with -o FOLDER",
    ),
    "report-not-a-folder": T(
        "{path} finns och är ingen mapp; webbplatsen skrivs i en mapp",
        "{path} exists and is not a folder; the site is written in a folder",
    ),
    "report-written": T(
        "skrev webbplatsen ({count} filer) i {path}; öppna {index}",
        "wrote the site ({count} files) in {path}; open {index}",
    ),
}
