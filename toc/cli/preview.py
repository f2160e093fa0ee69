"""`toc preview`: the report page on 127.0.0.1, rebuilt on every save and pushed to the browser.

The server answers three requests and nothing else: the page (`/`), the page
again for an update (`/page`), and a stream of Server-Sent Events (`/events`)
that names each new version. It reads no file on behalf of a request.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import click

from toc.cli.common import EXIT_INPUT, EXIT_OK, LANG_OPTION, UsageProblem, echo, run_safely, tell
from toc.cli.helptext import TranslatedCommand
from toc.cli.report import AGAINST_OPTION, ENGINE_OPTION, Older, _t, lint_config, load_older

if TYPE_CHECKING:
    from socket import socket

    from toc.language.diagnostics import Diagnostic
    from toc.language.load import Loaded

KEEP_ALIVE = 15.0  # seconds between comments on a quiet event stream, so proxies keep it open
FIRST_PAGE = 60.0  # seconds a request waits for the first page to be made


class Pages:
    """The page being served and its version; readers wait here for the next one."""

    def __init__(self) -> None:
        self.html = ""
        self.version = 0
        self.closed = False
        self._changed = threading.Condition()

    def publish(self, make: Callable[[str], str]) -> None:
        """Make the next version of the page (`make` gets its version) and wake every reader."""
        html = make(str(self.version + 1))
        with self._changed:
            self.version += 1
            self.html = html
            self._changed.notify_all()

    def wait(self, seen: int, timeout: float) -> int:
        """The current version once it differs from `seen`, or after `timeout` seconds."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen or self.closed, timeout)
            return self.version

    def close(self) -> None:
        with self._changed:
            self.closed = True
            self._changed.notify_all()


def handler_for(pages: Pages, port: int) -> type[BaseHTTPRequestHandler]:
    """A request handler that serves only the page and its events."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "toc-preview"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
            pass  # the terminal belongs to the watcher's messages

        def _host_ok(self) -> bool:
            # Only this machine's own names: a web page elsewhere cannot reach the preview
            # through a name that it points at 127.0.0.1 (DNS rebinding).
            return self.headers.get("Host", "") in (f"127.0.0.1:{port}", f"localhost:{port}")

        def _send(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_HEAD(self) -> None:  # noqa: N802 - the name http.server calls
            self.do_GET()

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = urlsplit(self.path).path
            if not self._host_ok():
                self._send(403, b"forbidden\n", "text/plain; charset=utf-8")
            elif path in ("/", "/page"):
                pages.wait(0, FIRST_PAGE)
                self._send(200, pages.html.encode("utf-8"), "text/html; charset=utf-8")
            elif path == "/events" and self.command == "GET":
                self._events()
            else:
                self._send(404, b"not found\n", "text/plain; charset=utf-8")

        def _events(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            seen = -1
            try:
                while not pages.closed:
                    version = pages.wait(seen, KEEP_ALIVE)
                    if pages.closed:
                        break
                    self.wfile.write(f"data: {version}\n\n".encode() if version != seen else b": ok\n\n")
                    self.wfile.flush()
                    seen = version
            except (BrokenPipeError, ConnectionResetError):
                pass  # the reader closed the page
            self.close_connection = True

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: socket | tuple[bytes, socket], client_address: object) -> None:
        """A reader that closed the page mid-request is no error worth a traceback."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def start_server(pages: Pages, port: int, lang: str) -> ThreadingHTTPServer:
    """Listen on 127.0.0.1 (port 0: a free one) and serve in a background thread."""
    try:
        server = _Server(("127.0.0.1", port), handler_for(pages, port))
    except OSError as problem:
        reason = problem.strerror or str(problem)
        raise UsageProblem(_t("port_taken", lang, port=port, reason=reason)) from None
    if port == 0:
        server.RequestHandlerClass = handler_for(pages, server.server_port)
    threading.Thread(target=server.serve_forever, name="toc-preview", daemon=True).start()
    return server


def page_maker(path: str, lang: str | None, engine: str, config_path: str | None,
               older: Older | None = None) -> Callable[[str], str]:
    """Make the page of the theory as it is now; a save that does not load shows its errors above
    the last version that did. With an `older` version, every page shows what changed since it."""
    import os

    from toc.api import report_html
    from toc.cli.files import load_file

    last: list[Loaded] = []  # the last load without errors
    drawings: dict[str, str] = {}  # the views of the last page, to lay out only those that changed

    def make(version: str) -> str:
        loaded, diagnostics = load_file(path, lang)
        language = lang or (loaded.theory.lang or loaded.lang if loaded else "en")

        def page(shown: Loaded | None, failed: Loaded | list[Diagnostic] | None = None) -> str:
            return report_html(shown, lang=language, file=os.path.basename(path), engine=engine, live=True,
                               version=version, failed=failed, drawings=drawings,
                               config=lint_config(path, config_path, language),
                               against=older.loaded if older else None,
                               against_name=older.name if older else None,
                               against_revision=older.revision if older else None)

        if loaded is not None and loaded.ok:
            last[:] = [loaded]
            return page(loaded)
        return page(last[0] if last else None, loaded if loaded is not None else diagnostics)

    return make


def _theory_lang(path: str) -> str:
    """The language of the theory's header, for the preview's own messages."""
    from toc.api import detect_lang
    from toc.cli.files import read_text

    try:
        return detect_lang(read_text(path)) if path != "-" else "en"
    except (OSError, UnicodeDecodeError):
        return "en"


@click.command(cls=TranslatedCommand)
@click.argument("path")
@click.option("--port", type=click.IntRange(0, 65535), default=0,
              help="help.preview.port")
@click.option("--browser/--no-browser", "open_browser", default=True, show_default=True,
              help="help.preview.open_browser")
@ENGINE_OPTION
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="help.option.config_findings")
@AGAINST_OPTION
@LANG_OPTION
def preview(path: str, port: int, open_browser: bool, engine: str, config_path: str | None,
            against: str | None, lang: str | None) -> None:
    """Show the report page of a theory in the browser, updated on every save."""

    def body() -> int:
        from toc.cli.watch import watch

        message_lang = lang or _theory_lang(path)
        if path == "-":
            from toc import i18n

            raise UsageProblem(i18n.text("watch.stdin", message_lang))
        # The older version stays as it was read: the page compares each save with it.
        older = load_older(against, lang or message_lang) if against is not None else None
        if against is not None and older is None:
            return EXIT_INPUT
        pages = Pages()
        server = None
        try:
            server = start_server(pages, port, message_lang)
            url = f"http://127.0.0.1:{server.server_port}/"
            make = page_maker(path, lang, engine, config_path, older)
            echo(_t("serving", message_lang, path=path, url=url))
            if open_browser:
                threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()

            def publish() -> int:
                pages.publish(make)
                return EXIT_OK

            return watch([path], publish, lang=message_lang)
        except KeyboardInterrupt:
            # Ctrl-C is how a preview ends, whenever it comes (even before watching began).
            from toc import i18n

            tell(i18n.text("watch.stopped", message_lang))
            return EXIT_OK
        finally:
            pages.close()
            if server is not None:
                server.shutdown()
                server.server_close()

    run_safely(body)
