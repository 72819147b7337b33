"""An opt-in online geocoder for names the offline gazetteer lacks, through geopy.

Nothing here runs unless a caller makes an ``OnlineGeocoder`` and hands it to the
place recogniser (``PlaceRecogniser(gaz, geocoder=...)``, ``timeline.places.find(...,
geocoder=...)``)::

    >>> from gazetteer.online import OnlineGeocoder
    >>> geocoder = OnlineGeocoder("nominatim", user_agent="my-newsroom-tool")
    >>> geocoder.geocode("Kafr Nabl", countries=["SY"])  # doctest: +SKIP
    Place(name='كفرنبل Kafr Nabl', latitude=35.61..., feature='P.PPL', country_code='SY', ...)

Any geopy geocoder can be named ("nominatim", "photon", "arcgis" ...; options such as
an API key go in ``options``), at any address (``url``: a local Nominatim, say).
Every answer, "not found" included, is kept in a SQLite file under the cache folder
(``gazetteer.cache_dir()``), so a name is asked once per machine. Requests go through
geopy's ``RateLimiter`` (one a second by default, as Nominatim's usage policy asks)
with a timeout. When the service cannot be reached the geocoder raises
``GeocoderUnavailable`` (a ``ConnectionError``), when it does not answer in time
``GeocoderTimeout`` (a ``TimeoutError``), and ``GeocoderError`` when it refuses.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.parse
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import geopy.exc
from geopy.adapters import URLLibAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service

from gazetteer._cache import cache_dir
from gazetteer._geocache import MISSING, GeocodeCache
from gazetteer._locations import place_from_location
from gazetteer.records import Place
from timeline.errors import ConfigError, GeocoderError, GeocoderTimeout, GeocoderUnavailable

__all__ = ["DEFAULT_SERVICE", "DEFAULT_USER_AGENT", "OnlineGeocoder", "default_cache_path"]

DEFAULT_SERVICE = "nominatim"
DEFAULT_USER_AGENT = "timeline-geoparser/0.1 (news event timelines)"
_CACHE_NAME = "geocoder-cache.sqlite3"
_UNREACHABLE = (geopy.exc.GeocoderUnavailable, geopy.exc.GeocoderRateLimited)


def default_cache_path() -> Path:
    """Where answers are kept unless another file is named: in ``cache_dir()``."""
    return cache_dir() / _CACHE_NAME


def _unreachable(error: BaseException) -> bool:
    """Whether a geopy error comes from the network rather than from the service: geopy
    reports a refused connection or a name that does not resolve (no network) as a
    plain service error, with the socket error as its context."""
    if isinstance(error, _UNREACHABLE):
        return True
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, urllib.error.URLError) and isinstance(seen.reason, OSError):
            return True
        if isinstance(seen, ConnectionError | socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _endpoint_options(url: str | None) -> dict[str, str]:
    """geopy's ``scheme`` and ``domain`` for a base URL ("http://127.0.0.1:8080")."""
    if url is None:
        return {}
    parts = urllib.parse.urlsplit(url if "://" in url else f"https://{url}")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{url}: not an http(s) address of a geocoder")
    return {"scheme": parts.scheme, "domain": parts.netloc + parts.path.rstrip("/")}


class OnlineGeocoder:
    """A geopy geocoder behind a rate limiter, a timeout and a persistent cache.

    ``service`` names a geopy geocoder; ``url`` its address when not the public one;
    ``options`` go to the geocoder's constructor (``api_key`` ...). ``cache`` is the
    SQLite file of answers (default ``default_cache_path()``; ``use_cache=False``
    keeps answers in memory only). ``min_delay_seconds`` spaces requests; a request
    that fails for a reason worth retrying is retried ``max_retries`` times,
    ``error_wait_seconds`` apart.
    """

    def __init__(
        self,
        service: str = DEFAULT_SERVICE,
        *,
        url: str | None = None,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 10.0,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
        error_wait_seconds: float = 5.0,
        cache: str | Path | None = None,
        use_cache: bool = True,
        language: str = "en",
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self.service = service.lower()
        self.timeout = timeout
        self.language = language
        self._geocoder = self._make(url, user_agent, timeout, options or {})
        self.endpoint = url or self.service
        self._ask = RateLimiter(
            self._geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            error_wait_seconds=max(error_wait_seconds, min_delay_seconds),
            swallow_exceptions=False,
        )
        path = (Path(cache) if cache is not None else default_cache_path()) if use_cache else None
        self._cache = GeocodeCache(path, self.service, self.endpoint)

    def _make(
        self, url: str | None, user_agent: str, timeout: float, options: Mapping[str, Any]
    ) -> Any:
        try:
            cls = get_geocoder_for_service(self.service)
        except geopy.exc.GeocoderNotFound as err:
            raise ConfigError(f"{self.service}: no such geopy geocoder ({err})") from err
        settings = {
            "user_agent": user_agent,
            "timeout": timeout,
            "adapter_factory": URLLibAdapter,  # one request a try: the RateLimiter retries
            **_endpoint_options(url),
        }
        try:
            return cls(**{**settings, **options})
        except (TypeError, geopy.exc.ConfigurationError) as err:
            raise ConfigError(f"{self.service}: cannot set up the geocoder ({err})") from err

    def __repr__(self) -> str:
        return f"OnlineGeocoder({self.service!r}, {self.endpoint!r})"

    def __enter__(self) -> OnlineGeocoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the cache file."""
        self._cache.close()

    def geocode(self, name: str, *, countries: Iterable[str] = ()) -> Place | None:
        """The place the service finds for ``name`` (in one of ``countries``, ISO codes,
        where the service can restrict its search), or None; cached answers first."""
        query = " ".join(name.split())
        if not query:
            return None
        codes = ",".join(sorted({c.lower() for c in countries if c}))
        cached = self._cache.get(query, codes)
        if cached is not MISSING:
            return cached  # type: ignore[return-value]  # MISSING was ruled out
        location = self._request(query, codes)
        place = None if location is None else place_from_location(self.service, location)
        self._cache.put(query, codes, place)
        return place

    def _request(self, query: str, codes: str) -> Any:
        options: dict[str, Any] = {"exactly_one": True}
        if self.service == "nominatim":
            options |= {"addressdetails": True, "language": self.language}
            if codes:
                options["country_codes"] = codes.split(",")
        where = f"{self.service} at {self.endpoint}"
        try:
            return self._ask(query, **options)
        except geopy.exc.GeocoderTimedOut as err:
            raise GeocoderTimeout(
                f"{where}: no answer for {query!r} within {self.timeout:g} s ({err})"
            ) from err
        except geopy.exc.GeopyError as err:
            if _unreachable(err):
                raise GeocoderUnavailable(
                    f"{where}: cannot be reached for {query!r} (offline, or the service is "
                    f"down or limiting requests): {err}"
                ) from err
            raise GeocoderError(f"{where}: request for {query!r} failed ({err})") from err
