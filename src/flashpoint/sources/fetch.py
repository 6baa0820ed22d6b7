"""HTTP(S) fetching with a size cap, a time limit and a guard against private targets (SSRF).

When private targets are refused, the host name is resolved here, every address is checked, and the
connection goes to the checked address (Host header and TLS SNI keep the name), so a DNS answer that
changes between check and connect (DNS rebinding) cannot reach an internal service. Redirects are
followed by hand and every hop is checked the same way.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import httpx

from flashpoint.errors import FetchError, FlashpointError, ForbiddenTarget, TooLarge
from flashpoint.settings import Settings

MAX_REDIRECTS = 5
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses the system resolver gives for host (IPv4 and IPv6), in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in addresses:
            addresses.append(address)
    return addresses


@dataclass(frozen=True)
class TargetPolicy:
    """Which network addresses a fetch may connect to."""

    allow_private: bool = True
    allow_loopback: bool = False  # loopback alone, even when other private targets are refused

    @classmethod
    def from_settings(cls, settings: Settings) -> TargetPolicy:
        return cls(allow_private=settings.fetch_allow_private)

    def refusal(self, address: IPAddress) -> str | None:
        """Why connecting to this address is refused, or None when it is allowed."""
        if self.allow_private:
            return None
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if address.is_loopback:
            return None if self.allow_loopback else "a loopback address"
        for flag, label in (
            (address.is_link_local, "a link-local address"),
            (address.is_private, "a private address"),
            (address.is_multicast, "a multicast address"),
            (address.is_unspecified, "an unspecified address"),
            (address.is_reserved, "a reserved address"),
            (not address.is_global, "a non-public address"),
        ):
            if flag:
                return label
        return None


@dataclass(frozen=True)
class FetchedPage:
    url: str  # final URL after redirects
    status: int
    content_type: str  # media type, lower case, without parameters ("" when the server sent none)
    charset: str | None
    body: bytes


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    parts = [part.strip() for part in header.split(";")]
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value:
            charset = value.strip().strip("\"'")
    return parts[0].lower(), charset


class Fetcher:
    """Fetches pages for the source stage. Cheap to build; the HTTP client opens on first use."""

    def __init__(
        self, settings: Settings, *, policy: TargetPolicy | None = None, resolver: Resolver | None = None
    ) -> None:
        self.timeout = settings.fetch_timeout
        self.max_bytes = settings.max_article_bytes
        self.user_agent = settings.user_agent
        self.policy = policy or TargetPolicy.from_settings(settings)
        self.resolver = resolver or system_resolver
        self._client: httpx.Client | None = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout,
                follow_redirects=False,
                trust_env=False,  # a proxy would connect on our behalf and defeat the address check
                headers={
                    "User-Agent": self.user_agent,
                    "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
                },
                # pinned connections are keyed by IP address: never reuse one for another host name (TLS SNI)
                limits=httpx.Limits(max_keepalive_connections=None if self.policy.allow_private else 0),
            )
        return self._client

    def _pinned_request(self, url: httpx.URL) -> httpx.Request:
        """A request to `url` that connects to a checked address of its host."""
        if url.scheme not in ("http", "https"):
            raise FetchError("only http and https URLs can be fetched")
        if not url.host:
            raise FetchError("the URL has no host")
        if self.policy.allow_private:
            return self.client.build_request("GET", url)
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            addresses = [ipaddress.ip_address(a.split("%")[0]) for a in self.resolver(url.host, port)]
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"host {url.host} could not be resolved ({exc})") from exc
        if not addresses:
            raise FetchError(f"host {url.host} has no address")
        for address in addresses:
            reason = self.policy.refusal(address)
            if reason:
                raise ForbiddenTarget(f"refusing to fetch, {url.host} resolves to {reason} ({address})")
        host_header = url.host if url.port is None else f"{url.host}:{url.port}"
        literal = f"[{addresses[0]}]" if addresses[0].version == 6 else str(addresses[0])
        return self.client.build_request(
            "GET",
            url.copy_with(host=literal.strip("[]")),
            headers={"Host": host_header},
            extensions={"sni_hostname": url.host},
        )

    def get(self, url: str) -> FetchedPage:
        """Fetch one URL (following redirects), or raise FetchError / ForbiddenTarget / TooLarge."""
        try:
            current = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise FetchError(f"not a valid URL ({exc})") from exc
        deadline = time.monotonic() + self.timeout * 2
        for hop in range(MAX_REDIRECTS + 1):
            try:
                response = self._send(current)
                try:
                    if response.is_redirect and response.headers.get("location"):
                        current = current.join(response.headers["location"])
                        continue
                    return self._read(current, response, deadline)
                finally:
                    response.close()
            except FlashpointError as exc:
                if hop:
                    raise type(exc)(f"redirected to {current}: {exc}") from exc
                raise
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _send(self, url: httpx.URL) -> httpx.Response:
        request = self._pinned_request(url)
        try:
            return self.client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {self.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"could not connect ({exc or type(exc).__name__})") from exc

    def _read(self, url: httpx.URL, response: httpx.Response, deadline: float) -> FetchedPage:
        if response.status_code >= 400:
            raise FetchError(f"the server answered HTTP {response.status_code} {response.reason_phrase}")
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            raise TooLarge(f"{int(length)} bytes is over the {self.max_bytes}-byte article limit")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise TooLarge(f"more than the {self.max_bytes}-byte article limit")
                if time.monotonic() > deadline:
                    raise FetchError(f"download took longer than {self.timeout * 2:g} s")
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out after {self.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"download failed ({exc or type(exc).__name__})") from exc
        media, charset = _media_type(response.headers.get("content-type"))
        return FetchedPage(
            url=str(url),
            status=response.status_code,
            content_type=media,
            charset=charset,
            body=b"".join(chunks),
        )
