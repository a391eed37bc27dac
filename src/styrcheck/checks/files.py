"""Y: files that cannot be read as steering documents. Reported by the loader
(styrcheck.loader) and the classifier (styrcheck.repository); declared here."""

from __future__ import annotations

from styrcheck.diagnostics import Text as T
from styrcheck.rules import declare

_READ = T(sv="Filen måste kunna läsas som YAML för att dess metadata ska kunna kontrolleras.",
          en="A file must read as YAML before its metadata can be checked.")

declare(
    "Y001", "yaml-syntax", tags=("files", "yaml"),
    summary=T(sv="Filen är inte giltig YAML.", en="The file is not valid YAML."),
    messages={
        "default": T(sv="Filen går inte att läsa som YAML ({problem}). Kontrollera indrag, kolon och citattecken på "
                        "den här raden och raden ovanför. En text som innehåller ': ' eller börjar med ett tecken som "
                        "[, {{, &, * eller # behöver stå inom citattecken.",
                     en="The file does not read as YAML ({problem}). Check indentation, colons and quotes on this line "
                        "and the line above. A text that contains ': ' or starts with a character such as [, {{, &, * "
                        "or # must be put in quotes."),
        "tab": T(sv="Tabbtecken i indraget. YAML tillåter bara mellanslag; ersätt tabbarna med mellanslag.",
                 en="Tab character in the indentation. YAML allows only spaces; replace the tabs with spaces."),
        "multi": T(sv="Filen innehåller flera YAML-dokument (---). Beskriv ett styrande dokument per fil.",
                   en="The file holds several YAML documents (---). Describe one steering document per file."),
    },
    why=_READ,
)
declare(
    "Y002", "duplicate-key", tags=("files", "yaml"),
    summary=T(sv="Samma nyckel står två gånger i en mappning.", en="A key appears twice in one mapping."),
    messages={"default": T(
        sv="'{name}' står två gånger; första gången på rad {first}. Bara det första värdet läses. Ta bort den ena "
           "raden, så att det är tydligt vilket värde som gäller.",
        en="'{name}' appears twice; first on line {first}. Only the first value is read. Remove one of the lines, "
           "so that it is clear which value holds.")},
    why=T(sv="YAML-läsare behandlar dubbla nycklar olika; ett dokument ska betyda samma sak för alla.",
          en="YAML readers treat duplicate keys differently; a document must mean the same to everyone."),
)
declare(
    "Y003", "not-a-document", tags=("files",),
    summary=T(sv="Filen beskriver inget styrande dokument.", en="The file describes no steering document."),
    messages={
        "default": T(sv="Filen beskriver inget styrande dokument.", en="The file describes no steering document."),
        "empty": T(sv="Filen är tom (eller innehåller bara kommentarer). Fyll i dokumentets metadata eller ta bort filen.",
                   en="The file is empty (or holds only comments). Fill in the document's metadata or remove the file."),
        "not-mapping": T(sv="Filen består inte av uppgifter med nycklar, utan av en lista eller en ensam text. Ett "
                            "styrande dokument beskrivs med rader som 'id: …', 'typ: …' och 'titel: …'.",
                         en="The file holds a {found} at the top level; a steering document is described by keys such as id, typ and titel."),
        "no-typ": T(sv="Nyckeln 'typ' saknas, så det går inte att veta vilket slags dokument filen beskriver. Lägg till en rad med dokumenttypen, till exempel 'typ: riktlinje'.",
                    en="The key 'typ' is missing, so it is unknown what kind of document the file describes. Add a line with the document type, for example 'typ: riktlinje'."),
        "complex-key": T(sv="En nyckel här är en lista eller en grupp av uppgifter, och raden läses inte. Nycklar ska vara enkla ord som 'titel'.",
                         en="A key here is a list or a group of fields, and the line is not read. Keys must be plain words such as 'titel'."),
    },
    why=T(sv="Filer som inte är styrande dokument rapporteras i stället för att tyst hoppas över, så att inget dokument faller bort obemärkt.",
          en="Files that are not steering documents are reported rather than silently skipped, so that no document drops out unnoticed."),
    quote="För att tydliggöra dokumentstrukturen har dokument som är kopplade till styrmodellen beteckningar enligt modellen.",
)
declare(
    "Y004", "encoding", tags=("files",),
    summary=T(sv="Filen är inte kodad i UTF-8.", en="The file is not encoded in UTF-8."),
    messages={
        "default": T(sv="Filen är inte UTF-8.", en="The file is not UTF-8."),
        "cp1252": T(sv="Filen ser ut att vara kodad i Windows-1252/Latin-1, inte UTF-8, så å, ä och ö blir fel; det "
                       "första sådana tecknet står på den här raden. Spara om filen som UTF-8 (i Anteckningar: Spara "
                       "som, Kodning: UTF-8) eller konvertera den, till exempel med: "
                       "iconv -f WINDOWS-1252 -t UTF-8 fil.yaml > ny.yaml",
                    en="The file looks encoded in Windows-1252/Latin-1, not UTF-8, so å, ä and ö come out wrong; the "
                       "first such character is on this line. Save the file again as UTF-8 (in Notepad: Save as, "
                       "Encoding: UTF-8) or convert it, for example: iconv -f WINDOWS-1252 -t UTF-8 file.yaml > new.yaml"),
        "utf16": T(sv="Filen är kodad i UTF-16 (i Anteckningar kallat Unicode). Spara om den som UTF-8 (Spara som, "
                      "Kodning: UTF-8) eller konvertera den, till exempel med: iconv -f UTF-16 -t UTF-8 fil.yaml > ny.yaml",
                   en="The file is encoded in UTF-16 (called Unicode in Notepad). Save it again as UTF-8 (Save as, "
                      "Encoding: UTF-8) or convert it, for example: iconv -f UTF-16 -t UTF-8 file.yaml > new.yaml"),
        "binary": T(sv="Filen innehåller binära data (NUL-tecken), inte text; kanske ett Word- eller PDF-dokument med "
                       "fel filnamn. Metadata skrivs som text i en .yaml-fil; byt ut filen eller ta bort den.",
                    en="The file holds binary data (NUL bytes), not text; perhaps a Word or PDF document with the "
                       "wrong name. Metadata is written as text in a .yaml file; replace the file or remove it."),
        "utf32": T(sv="Filen är kodad i UTF-32. Spara om den som UTF-8 eller konvertera den, till exempel med: "
                      "iconv -f UTF-32 -t UTF-8 fil.yaml > ny.yaml",
                   en="The file is encoded in UTF-32. Save it again as UTF-8 or convert it, for example: "
                      "iconv -f UTF-32 -t UTF-8 file.yaml > new.yaml"),
        "unknown": T(sv="Filen är inte giltig UTF-8 och kodningen gick inte att känna igen. Spara om den som UTF-8.",
                     en="The file is not valid UTF-8 and its encoding could not be recognised. Save it again as UTF-8."),
    },
    why=T(sv="Bara UTF-8 läses likadant överallt; andra kodningar förvanskar å, ä och ö.",
          en="Only UTF-8 reads the same everywhere; other encodings garble å, ä and ö."),
)
declare(
    "Y005", "unreadable-file", tags=("files",),
    summary=T(sv="Filen gick inte att läsa.", en="The file could not be read."),
    messages={"default": T(sv="Filen gick inte att läsa: {error}. Kontrollera att den finns, att du har rätt att läsa "
                              "den och att en eventuell länk pekar på rätt fil.",
                           en="The file could not be read: {error}. Check that it exists, that you may read it and "
                              "that a link, if it is one, points to the right file."),
              "not-a-file": T(sv="Det här är ingen vanlig fil utan en enhet, en namngiven pipe eller en länk till en "
                                 "sådan, så styrcheck läser den inte. Ersätt den med en vanlig textfil eller ta bort den.",
                              en="This is no regular file but a device, a named pipe or a link to one, so styrcheck "
                                 "does not read it. Replace it with a regular text file or remove it."),
              "outside": T(sv="Filen är en länk till {target}, utanför det som kontrolleras, och styrcheck följer den "
                              "inte. Ersätt länken med en kopia av filen, eller ange målet som sökväg när du kör "
                              "styrcheck.",
                           en="The file is a link to {target}, outside what is being checked, and styrcheck does not "
                              "follow it. Replace the link with a copy of the file, or name the target as a path when "
                              "you run styrcheck.")},
    why=_READ,
)
declare(
    "Y006", "file-too-large", tags=("files", "limits"),
    summary=T(sv="Filen är större eller djupare än styrcheck läser.", en="The file is larger or deeper than styrcheck reads."),
    messages={
        "default": T(sv="Filen överskrider en gräns för vad styrcheck läser.", en="The file exceeds a limit of what styrcheck reads."),
        "size": T(sv="Filen är {size} byte; gränsen är {limit}. Metadata för ett dokument ryms gott i mindre; dela upp filen eller höj gränsen (docs/security.md).",
                  en="The file is {size} bytes; the limit is {limit}. One document's metadata fits in far less; split the file or raise the limit (docs/security.md)."),
        "depth": T(sv="Strukturen är nästlad djupare än {limit} nivåer. Förenkla filen.",
                   en="The structure nests deeper than {limit} levels. Simplify the file."),
        "recursive": T(sv="Ett alias (*namn) står inuti den lista eller mappning som det självt pekar på, så värdet "
                          "tar aldrig slut. Skriv ut värdet i stället för aliaset.",
                       en="An alias (*name) stands inside the very list or mapping it refers to, so the value never "
                          "ends. Write the value out instead of the alias."),
        "nodes": T(sv="Filen växer till mer än {limit} värden när alias (*namn) expanderas. Skriv ut värdena i stället för att använda alias i flera led.",
                   en="The file grows to more than {limit} values when aliases (*name) are expanded. Write the values out instead of chaining aliases."),
    },
    why=T(sv="styrcheck körs på ändringar från vem som helst; gränser för storlek, djup och alias hindrar en fil från att lamslå maskinen.",
          en="styrcheck runs on changes from anyone; limits on size, depth and aliases keep one file from stalling the machine."),
)
declare(
    "Y007", "unsupported-tag", tags=("files", "yaml", "security"),
    summary=T(sv="Filen använder en YAML-tagg som styrcheck inte godtar.", en="The file uses a YAML tag styrcheck does not accept."),
    messages={"default": T(sv="YAML-taggen {tag} godtas inte, och värdet efter den läses inte. Ta bort taggen och skriv värdet som vanlig text.",
                           en="The YAML tag {tag} is not accepted, and the value after it is not read. Remove the tag and write the value as plain text.")},
    why=T(sv="Taggar som !!python/object kan få vissa YAML-läsare att köra kod; metadata behöver bara text, listor och mappningar.",
          en="Tags such as !!python/object can make some YAML readers run code; metadata needs only text, lists and mappings."),
)
