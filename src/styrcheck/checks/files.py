"""Y: files that cannot be read as steering documents. Reported by the loader
(styrcheck.core.loader) and the classifier (styrcheck.core.repository); declared here."""

from __future__ import annotations

from styrcheck.checks.metadata import ORDER  # what a file must let be read
from styrcheck.checks.registry import declare
from styrcheck.core.diagnostics import Text as T

_READ = T(sv="Filen måste gå att läsa som YAML innan dess metadata kan kontrolleras.",
          en="A file must read as YAML before its metadata can be checked.")

declare(
    "Y001", "yaml-syntax", tags=("files", "yaml"),
    summary=T(sv="Filen är inte giltig YAML.", en="The file is not valid YAML."),
    messages={
        "default": T(sv="Filen går inte att läsa som YAML. Felet märktes här, men orsaken står ofta på den här raden "
                        "eller raden ovanför: kontrollera indrag, kolon och citattecken. En text som innehåller ': ' "
                        "eller börjar med [, {{, &, *, ! eller # ska stå inom citattecken, till exempel "
                        "titel: \"Riktlinje: resor i tjänsten\". (YAML-läsarens beskrivning på engelska: {problem}.)",
                     en="The file does not read as YAML. The error was noticed here, but its cause is often on this "
                        "line or the line above: check indentation, colons and quotes. A text that contains ': ' or "
                        "starts with [, {{, &, *, ! or # must be put in quotes, for example "
                        "titel: \"Riktlinje: resor i tjänsten\". (The YAML reader says: {problem}.)"),
        "colon": T(sv="Ett kolon följt av mellanslag (': ') står mitt i ett värde, och då tror YAML att ett nytt "
                      "namn börjar. Sätt värdet inom citattecken, till exempel titel: \"Riktlinje: resor i tjänsten\".",
                   en="A colon followed by a space (': ') stands inside a value, so YAML takes it for a new name. "
                      "Put the value in quotes, for example titel: \"Riktlinje: resor i tjänsten\"."),
        "no-colon": T(sv="Ett kolon (:) saknas efter namnet på raden, eller så har en rad för lite eller för "
                         "mycket indrag. Skriv 'namn: värde'.",
                      en="A colon (:) is missing after the name on this line, or a line has too little or too much "
                         "indentation. Write 'name: value'."),
        "indent": T(sv="Indraget stämmer inte: raden står längre in eller ut än raderna runt den. Rader på samma "
                       "nivå ska börja i samma kolumn; kontrollera den här raden och raden ovanför.",
                    en="The indentation does not match: this line stands further in or out than the lines around "
                       "it. Lines on the same level must start in the same column; check this line and the one "
                       "above."),
        "dash": T(sv="Ett listelement (en rad som börjar med -) står där det inte får stå. Kontrollera indraget: "
                     "listans rader ska stå under namnet på listan, till exempel 'utgår_från:' och därunder '  - id'.",
                  en="A list item (a line starting with -) stands where it may not. Check the indentation: the "
                     "list's lines belong under the list's name, for example 'utgår_från:' and below it '  - id'."),
        "flow": T(sv="En lista inom [ ] eller en grupp inom {{ }} avslutas inte som den ska. Kontrollera att varje "
                     "[ har sin ] och varje {{ sin }}, och att värdena skiljs med kommatecken. Ett värde som "
                     "innehåller kommatecken ska stå inom citattecken.",
                  en="A list in [ ] or a group in {{ }} is not closed properly. Check that every [ has its ] and "
                     "every {{ its }}, and that values are separated by commas. A value containing a comma must "
                     "be put in quotes."),
        "unclosed": T(sv="Filen tar slut mitt i ett värde: ett citattecken, en [ eller en {{ avslutas aldrig. "
                         "Leta upp var det börjar och avsluta det.",
                      en="The file ends in the middle of a value: a quote, a [ or a {{ is never closed. Find where "
                         "it starts and close it."),
        "escape": T(sv="Ett omvänt snedstreck (\\) inom dubbla citattecken bildar en okänd specialkod. Använd "
                       "enkla citattecken ('…') runt texten, eller skriv \\\\.",
                    en="A backslash (\\) inside double quotes forms an unknown escape code. Use single quotes "
                       "('…') around the text, or write \\\\."),
        "start": T(sv="Värdet börjar med ett tecken som YAML inte tillåter först i ett värde (till exempel @ eller "
                      "`). Sätt värdet inom citattecken.",
                   en="The value starts with a character YAML does not allow first in a value (for example @ or "
                      "`). Put the value in quotes."),
        "alias": T(sv="Ett alias (*namn) hänvisar till ett ankare (&namn) som inte finns. Skriv ut värdet, eller "
                      "sätt texten inom citattecken om * ska stå där som ett vanligt tecken.",
                   en="An alias (*name) refers to an anchor (&name) that does not exist. Write the value out, or "
                      "put the text in quotes if * is meant as an ordinary character."),
        "tab": T(sv="Tabbtecken i indraget. YAML tillåter bara mellanslag som indrag; byt tabbarna mot mellanslag.",
                 en="Tab character in the indentation. YAML allows only spaces for indentation; replace the tabs "
                    "with spaces."),
        "multi": T(sv="Filen innehåller flera YAML-dokument, åtskilda med '---'. Beskriv ett styrande dokument per "
                      "fil: dela upp filen, eller ta bort raden '---' mitt i filen.",
                   en="The file holds several YAML documents, separated by '---'. Describe one steering document "
                      "per file: split the file, or remove the '---' line in the middle of it."),
    },
    why=_READ,
    quote=ORDER,
)
declare(
    "Y002", "duplicate-key", tags=("files", "yaml"),
    summary=T(sv="Samma uppgift står två gånger på samma nivå.", en="The same key appears twice at one level."),
    messages={"default": T(
        sv="'{name}' står två gånger på samma nivå; första gången på rad {first}. Bara det första värdet läses. "
           "Ta bort den ena raden, så att det är tydligt vilket värde som gäller.",
        en="'{name}' appears twice at the same level; first on line {first}. Only the first value is read. "
           "Remove one of the lines, so that it is clear which value holds.")},
    why=T(sv="Olika program läser dubbla uppgifter olika (en del tar det första värdet, andra det sista); metadata "
             "ska betyda samma sak vem som än läser den.",
          en="Programs read duplicate keys differently (some take the first value, others the last); metadata "
             "must mean the same to whoever reads it."),
    quote=ORDER,
)
declare(
    "Y003", "not-a-document", tags=("files",),
    summary=T(sv="Filen beskriver inget styrande dokument.", en="The file describes no steering document."),
    messages={
        "default": T(sv="Filen beskriver inget styrande dokument.", en="The file describes no steering document."),
        "empty": T(sv="Filen är tom eller innehåller bara kommentarer. Fyll i dokumentets metadata, eller ta bort "
                      "filen.",
                   en="The file is empty or holds only comments. Fill in the document's metadata, or remove the "
                      "file."),
        "not-mapping": T(sv="Filen innehåller en lista eller en ensam text, inte uppgifter med namn och värde. Ett "
                            "styrande dokument beskrivs med rader som 'id: …', 'typ: …' och 'titel: …'.",
                         en="The file holds a list or a lone text, not fields with names and values. A steering document is "
                            "described by lines such as 'id: …', 'typ: …' and 'titel: …'."),
        "no-typ": T(sv="Uppgiften 'typ' saknas eller är tom, så det går inte att veta vilket slags dokument filen "
                       "beskriver. Lägg till en rad med dokumenttypen, till exempel 'typ: riktlinje'.",
                    en="The key 'typ' is missing or empty, so it is unknown what kind of document the file "
                       "describes. Add a line with the document type, for example 'typ: riktlinje'."),
        "no-typ-organisation": T(
            sv="Uppgiften 'typ' saknas eller är tom. Filen ser ut att beskriva organisationen (den heter "
               "organisation.yaml eller har en lista 'organ:'), men utan 'typ' läses den inte, och organen i den "
               "går inte att kontrollera. Lägg till raden 'typ: organisation' överst i filen.",
            en="The key 'typ' is missing or empty. The file looks like the organisation (it is named "
               "organisation.yaml or has a list 'organ:'), but without 'typ' it is not read, and the bodies in it "
               "cannot be checked. Add the line 'typ: organisation' at the top of the file."),
        "complex-key": T(sv="Före kolonet står en lista eller en grupp av uppgifter i stället för ett namn, så "
                            "raden läses inte. En uppgifts namn ska vara ett enkelt ord, som 'titel'.",
                         en="Before the colon stands a list or a group of fields instead of a name, so the line is "
                            "not read. A key must be a plain word, such as 'titel'."),
    },
    why=T(sv="Filer som inte beskriver något styrande dokument rapporteras i stället för att hoppas över i tysthet, "
             "så att inget dokument faller bort obemärkt.",
          en="Files that describe no steering document are reported rather than silently skipped, so that no "
             "document drops out unnoticed."),
    quote="För att tydliggöra dokumentstrukturen har dokument som är kopplade till styrmodellen beteckningar enligt modellen.",
)
declare(
    "Y004", "encoding", tags=("files",),
    summary=T(sv="Filen är inte kodad i UTF-8.", en="The file is not encoded in UTF-8."),
    messages={
        "default": T(sv="Filen är inte kodad i UTF-8. Spara om den som UTF-8.",
                     en="The file is not encoded in UTF-8. Save it again as UTF-8."),
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
        "binary": T(sv="Filen innehåller binära data, inte text; kanske är det ett Word- eller PDF-dokument som fått "
                       "ett namn på .yaml. Metadata skrivs som text i en .yaml-fil; byt ut filen eller ta bort den.",
                    en="The file holds binary data, not text; perhaps it is a Word or PDF document given a .yaml "
                       "name. Metadata is written as text in a .yaml file; replace the file or remove it."),
        "utf32": T(sv="Filen är kodad i UTF-32. Spara om den som UTF-8 (Spara som, Kodning: UTF-8) eller konvertera "
                      "den, till exempel med: iconv -f UTF-32 -t UTF-8 fil.yaml > ny.yaml",
                   en="The file is encoded in UTF-32. Save it again as UTF-8 (Save as, Encoding: UTF-8) or convert "
                      "it, for example: iconv -f UTF-32 -t UTF-8 file.yaml > new.yaml"),
        "unknown": T(sv="Filen är inte giltig UTF-8, och kodningen gick inte att känna igen. Spara om den som UTF-8.",
                     en="The file is not valid UTF-8, and its encoding could not be recognised. Save it again as UTF-8."),
    },
    why=T(sv="Bara UTF-8 läses likadant överallt; andra kodningar förvanskar å, ä och ö.",
          en="Only UTF-8 reads the same everywhere; other encodings garble å, ä and ö."),
    quote=ORDER,
)
declare(
    "Y005", "unreadable-file", tags=("files",),
    summary=T(sv="Filen gick inte att läsa.", en="The file could not be read."),
    messages={"default": T(sv="Filen gick inte att läsa (systemets felmeddelande: {error}). Kontrollera att filen "
                              "finns, att du har behörighet att läsa den och, om den är en länk, att länken pekar på "
                              "rätt fil.",
                           en="The file could not be read (the system says: {error}). Check that the file exists, "
                              "that you may read it and, if it is a link, that the link points to the right file."),
              "not-a-file": T(sv="Det här är ingen vanlig fil (utan till exempel en enhetsfil eller en namngiven "
                                 "pipe), så styrcheck läser den inte. Ersätt den med en vanlig textfil eller ta bort "
                                 "den.",
                              en="This is no regular file (but, for example, a device or a named pipe), so styrcheck "
                                 "does not read it. Replace it with a regular text file or remove it."),
              "outside": T(sv="Filen är en länk till {target}, som ligger utanför det som kontrolleras, och styrcheck "
                              "följer den inte. Ersätt länken med en kopia av filen, eller ange {target} som sökväg "
                              "när du kör styrcheck.",
                           en="The file is a link to {target}, which lies outside what is being checked, and "
                              "styrcheck does not follow it. Replace the link with a copy of the file, or name "
                              "{target} as a path when you run styrcheck.")},
    why=_READ,
    quote=ORDER,
)
declare(
    "Y006", "file-too-large", tags=("files", "limits"),
    summary=T(sv="Filen är större eller djupare än styrcheck läser.", en="The file is larger or deeper than styrcheck reads."),
    messages={
        "default": T(sv="Filen överskrider en gräns för vad styrcheck läser. Förenkla eller dela upp filen.",
                     en="The file exceeds a limit of what styrcheck reads. Simplify or split the file."),
        "size": T(sv="Filen är {size} byte, men styrcheck läser högst {limit} byte per fil. Metadata för ett dokument "
                     "ryms gott i mindre: dela upp filen, eller höj gränsen (se docs/security.md).",
                  en="The file is {size} bytes, but styrcheck reads at most {limit} bytes per file. One document's "
                     "metadata fits in far less: split the file, or raise the limit (see docs/security.md)."),
        "depth": T(sv="Filen har fler än {limit} nivåer av indrag (listor i listor eller grupper i grupper). Så djup "
                      "metadata behövs inte; förenkla filen.",
                   en="The file has more than {limit} levels of nesting (lists in lists or groups in groups). "
                      "Metadata needs no such depth; simplify the file."),
        "recursive": T(sv="Ett alias (*namn) står inuti den lista eller grupp som det självt pekar på, så värdet "
                          "tar aldrig slut. Skriv ut värdet i stället för aliaset.",
                       en="An alias (*name) stands inside the very list or group it refers to, so the value never "
                          "ends. Write the value out instead of the alias."),
        "nodes": T(sv="Filen växer till mer än {limit} värden när alias (*namn) byts ut mot det de pekar på. Skriv ut "
                      "värdena i stället för att använda alias i flera led.",
                   en="The file grows to more than {limit} values when aliases (*name) are replaced by what they "
                      "refer to. Write the values out instead of chaining aliases."),
    },
    why=T(sv="styrcheck kan köras på filer från vem som helst; gränser för storlek, djup och alias hindrar att en "
             "enda fil lamslår datorn.",
          en="styrcheck may run on files from anyone; limits on size, depth and aliases keep one file from stalling "
             "the machine."),
    quote=ORDER,
)
declare(
    "Y007", "unsupported-tag", tags=("files", "yaml", "security"),
    summary=T(sv="Filen använder en YAML-tagg som styrcheck inte godtar.", en="The file uses a YAML tag styrcheck does not accept."),
    messages={"default": T(sv="YAML-taggen {tag} godtas inte, och värdet efter den läses inte. Ta bort taggen och "
                              "skriv värdet som vanlig text.",
                           en="The YAML tag {tag} is not accepted, and the value after it is not read. Remove the "
                              "tag and write the value as plain text.")},
    why=T(sv="Taggar som !!python/object kan få en del YAML-läsare att köra kod; metadata behöver bara text, listor "
             "och grupper av uppgifter.",
          en="Tags such as !!python/object can make some YAML readers run code; metadata needs only text, lists "
             "and groups of fields."),
    quote=ORDER,
)
