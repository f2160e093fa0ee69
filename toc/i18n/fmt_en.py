"""English messages of the formatter (`toc fmt`), keyed by code."""

MESSAGES: dict[str, str] = {
    "fmt.reformatted": "reformatted {path}",
    "fmt.would_reformat": "would reformat {path}",
    "fmt.summary": "{changed} reformatted, {unchanged} left unchanged.",
    "fmt.summary.check": "{changed} would be reformatted, {unchanged} already formatted.",
    "fmt.summary.failed": "{failed} could not be formatted.",
    "fmt.diff.formatted": "formatted",
    "fmt.not_parsed": "{path}: not formatted, because it has {errors}; correct them first.",
    "fmt.not_written": "{path}: not written: {reason}",
    "fmt.unsafe": "{path}: not written, because the new layout failed a safety check: {reason}. "
                  "The file is left as it was. This is a bug in toc fmt; please report it "
                  "together with the file.",
    "fmt.unsafe.parses": "the formatted text would not parse ({detail})",
    "fmt.unsafe.words": "the formatted text would change what is written in the statement "
                        "on line {detail}",
    "fmt.unsafe.model": "the formatted text would describe a different theory",
    "fmt.unsafe.findings": "the formatted text would give different findings ({detail})",
    "fmt.unsafe.comments": "the formatted text would lose or change the comment '{detail}'",
    "fmt.unsafe.stable": "formatting the result once more would change it again",
    "fmt.stdin_alone": "'-' (standard input) cannot be combined with other files",
    "fmt.stdin_filename_alone": "--stdin-filename only applies when reading standard input ('-')",
}
