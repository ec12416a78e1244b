"""The HTTP side: the standard library's threading server in front of :class:`WebApp`."""

from __future__ import annotations

import ipaddress
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .app import SECURITY_HEADERS, WebApp


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a client's requests reuse one connection
    disable_nagle_algorithm = True  # headers and body go out at once, without a delayed-ACK wait

    def version_string(self) -> str:
        return "arsip"

    def do_GET(self) -> None:
        self._answer("GET")

    def do_HEAD(self) -> None:
        self._answer("HEAD")

    def _refuse(self) -> None:
        self._answer(self.command)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _refuse

    def _answer(self, method: str) -> None:
        response = self.server.app.handle(method, self.path)
        if method not in ("GET", "HEAD"):
            self.close_connection = True  # a request body we do not read must not be taken for the next request
            response.headers["Connection"] = "close"
        self.send_response(response.status)
        for name, value in {**SECURITY_HEADERS, **response.headers, "Content-Type": response.content_type}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(response.body)

    def log_message(self, format: str, *args) -> None:
        """Quiet: requests are not logged (errors are, by the application)."""


class WebServer(ThreadingHTTPServer):
    """Serves one :class:`WebApp`; a thread per connection."""

    daemon_threads = True

    def __init__(self, app: WebApp, host: str, port: int) -> None:
        self.app = app
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), _Handler)

    def handle_error(self, request, client_address) -> None:
        """A client that went away is normal; anything else is one line on stderr."""
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            print(f"arsip: error: connection from {client_address[0]}: {type(error).__name__}: {error}", file=sys.stderr)

    @property
    def url(self) -> str:
        """The address to open in a browser."""
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def is_loopback(host: str) -> bool:
    """True when ``host`` is only reachable from this computer (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
