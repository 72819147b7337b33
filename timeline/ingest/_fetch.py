"""Inputs named by an http(s) URL: fetched when read, bounded, with one clear error.

The network is reached only for URLs the user names as inputs. A page over the size
limit is refused by its declared length before it is read (and cut off by the reader
otherwise); an error status, a refused connection or a timeout is an ``UnreadableInput``
naming the URL.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import BinaryIO, Final

from timeline import __version__
from timeline.errors import InputTooLarge, UnreadableInput

__all__ = ["URL_TIMEOUT", "open_url"]

URL_TIMEOUT: Final = 30.0  # seconds to connect and between bytes
_HEADERS: Final = {"User-Agent": f"timeline/{__version__} (news event extraction)"}


def open_url(url: str, max_bytes: int) -> BinaryIO:
    """A byte stream of the body at ``url``; the caller closes it."""
    request = urllib.request.Request(url, headers=_HEADERS)
    try:
        response = urllib.request.urlopen(request, timeout=URL_TIMEOUT)  # noqa: S310 -- http(s) only
    except urllib.error.HTTPError as err:
        raise UnreadableInput(url, f"HTTP {err.code} {err.reason}") from err
    except urllib.error.URLError as err:
        raise UnreadableInput(url, f"cannot fetch ({err.reason})") from err
    except TimeoutError as err:
        raise UnreadableInput(url, f"no answer within {URL_TIMEOUT:.0f} s") from err
    except (OSError, ValueError) as err:
        raise UnreadableInput(url, f"cannot fetch ({err})") from err
    declared = response.headers.get("Content-Length")
    if declared is not None and declared.isdigit() and int(declared) > max_bytes:
        response.close()
        raise InputTooLarge(url, f"{int(declared):,} bytes, over the limit of {max_bytes:,}")
    return response  # type: ignore[no-any-return]
