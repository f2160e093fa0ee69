"""English messages of the pull-request review (the GitHub Action)."""

MESSAGES: dict[str, str] = {
    "review.title": "Review of the theories of change",
    "review.passed": "`toc lint` found nothing at or above *{fail_on}*.",
    "review.findings": "`toc lint` found points at or above *{fail_on}*: see the annotations "
                       "on the changed files, and the checklist below.",
    "review.reported": "`toc lint` reported its findings as annotations; with fail-on *{fail_on}* "
                       "they do not fail this check.",
    "review.failed": "`toc lint` could not read every theory: see the errors in the annotations.",
    "review.files": "Reviewed: {files}",
    "review.none": "No .toc files were added or changed.",
    "review.no_checklist": "No checklist for `{path}`: the theory does not load; "
                           "see the errors above.",
    "review.no_base": "Could not compare with the base commit {base}; reviewing every .toc file.",
    "review.bad_fail_on": "fail-on must be error, warning, info or never, not '{value}'.",
}
