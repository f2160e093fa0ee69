"""English messages of watch mode (`--watch`)."""

MESSAGES: dict[str, str] = {
    "watch.watching": "Watching {files} for changes; press Ctrl-C to stop.",
    "watch.changed": "Changed: {files}; running again.",
    "watch.crashed": "toc: internal error: {error}. This is a bug in toc; still watching.",
    "watch.stopped": "Stopped watching.",
    "watch.no_folder": "cannot watch {path}: its folder does not exist",
    "watch.stdin": "--watch needs a file or folder; standard input (-) cannot be watched",
}
