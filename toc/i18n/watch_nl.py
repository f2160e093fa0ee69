"""Dutch messages of watch mode (`--watch`)."""

MESSAGES: dict[str, str] = {
    "watch.watching": "Ik houd {files} in de gaten; druk op Ctrl-C om te stoppen.",
    "watch.changed": "Gewijzigd: {files}; ik voer het opnieuw uit.",
    "watch.crashed": "toc: interne fout: {error}. Dit is een fout in toc; ik blijf opletten.",
    "watch.stopped": "Gestopt met opletten.",
    "watch.no_folder": "{path} kan niet in de gaten worden gehouden: de map bestaat niet",
    "watch.stdin": "--watch heeft een bestand of map nodig; standaardinvoer (-) kan niet "
                   "in de gaten worden gehouden",
}
