"""Nederlandse meldingen van de opmaker (`toc fmt`), op code."""

MESSAGES: dict[str, str] = {
    "fmt.reformatted": "{path} opnieuw opgemaakt",
    "fmt.would_reformat": "{path} zou opnieuw opgemaakt worden",
    "fmt.summary": "{changed} opnieuw opgemaakt, {unchanged} ongewijzigd.",
    "fmt.summary.check": "Opnieuw op te maken: {changed}; al in orde: {unchanged}.",
    "fmt.summary.failed": "Niet op te maken: {failed}.",
    "fmt.diff.formatted": "opgemaakt",
    "fmt.not_parsed": "{path}: niet opgemaakt, omdat het bestand {errors} bevat; verbeter "
                      "die eerst.",
    "fmt.not_written": "{path}: niet opgeslagen: {reason}",
    "fmt.unsafe": "{path}: niet opgeslagen, omdat de nieuwe opmaak een veiligheidscontrole niet "
                  "doorstond: {reason}. Het bestand is ongewijzigd gebleven. Dit is een fout in "
                  "toc fmt; meld die alstublieft, met het bestand erbij.",
    "fmt.unsafe.parses": "de opgemaakte tekst zou niet meer te lezen zijn ({detail})",
    "fmt.unsafe.words": "de opgemaakte tekst zou veranderen wat er geschreven staat in de "
                        "uitspraak op regel {detail}",
    "fmt.unsafe.model": "de opgemaakte tekst zou een andere theorie beschrijven",
    "fmt.unsafe.findings": "de opgemaakte tekst zou andere bevindingen geven ({detail})",
    "fmt.unsafe.comments": "de opgemaakte tekst zou de opmerking '{detail}' kwijtraken of "
                           "veranderen",
    "fmt.unsafe.stable": "nog een keer opmaken zou de uitkomst opnieuw veranderen",
    "fmt.stdin_alone": "'-' (standaardinvoer) kan niet samen met andere bestanden gebruikt worden",
    "fmt.stdin_filename_alone": "--stdin-filename geldt alleen bij het lezen van standaardinvoer "
                                "('-')",
}
