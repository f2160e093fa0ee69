"""Dutch messages of the pull-request review (the GitHub Action)."""

MESSAGES: dict[str, str] = {
    "review.title": "Beoordeling van de veranderingstheorieën",
    "review.passed": "`toc lint` vond niets op of boven *{fail_on}*.",
    "review.findings": "`toc lint` vond punten op of boven *{fail_on}*: zie de opmerkingen bij "
                       "de gewijzigde bestanden, en de checklist hieronder.",
    "review.reported": "`toc lint` heeft zijn bevindingen als opmerkingen gemeld; met fail-on "
                       "*{fail_on}* laten ze deze controle niet mislukken.",
    "review.failed": "`toc lint` kon niet elke theorie lezen: zie de fouten in de opmerkingen.",
    "review.files": "Bekeken: {files}",
    "review.none": "Er zijn geen .toc-bestanden toegevoegd of gewijzigd.",
    "review.no_checklist": "Geen checklist voor `{path}`: de theorie laadt niet; "
                           "zie de fouten hierboven.",
    "review.no_base": "Vergelijken met de basiscommit {base} lukte niet; ik bekijk alle "
                      ".toc-bestanden.",
    "review.bad_fail_on": "fail-on moet error, warning, info of never zijn, niet '{value}'.",
}
