"""One exception hierarchy for timeline and its gazetteer.

    TimelineError
    ├── InputError (ValueError)            an input could not be read; names the input
    │   ├── UnreadableInput (OSError)      missing, a folder given as a file, no permission
    │   ├── BinaryInput                    not text (NUL bytes, image, archive ...)
    │   ├── EmptyInput                     nothing to read, or no text left after cleaning
    │   ├── DecodeError                    not valid in any encoding we can detect
    │   ├── InputTooLarge                  over the size limit
    │   └── BadRecord                      a corpus line or row that is malformed
    ├── ConfigError (ValueError)           a bad option: a date not YYYY-MM-DD, an unknown suffix
    ├── GazetteerError                     the place data cannot be built or loaded
    │   ├── GazetteerBuildError (ValueError)   a GeoNames dump is malformed
    │   └── GeocoderError                  the online geocoder failed (bad reply, refused)
    │       ├── GeocoderUnavailable (ConnectionError)  offline, or the service is down
    │       └── GeocoderTimeout (TimeoutError)         the service did not answer in time
    └── OutputError (OSError)              an output file cannot be written

Library code raises these; the command line turns each into one line on stderr and a
non-zero exit status. Wrapped errors are re-raised ``from`` the original.
"""

from __future__ import annotations

__all__ = [
    "BadRecord",
    "BinaryInput",
    "ConfigError",
    "DecodeError",
    "EmptyInput",
    "ExtractionFailed",
    "GazetteerBuildError",
    "GazetteerError",
    "GeocoderError",
    "GeocoderTimeout",
    "GeocoderUnavailable",
    "InputError",
    "InputTooLarge",
    "OutputError",
    "TimelineError",
    "UnreadableInput",
]


class TimelineError(Exception):
    """Root of every error timeline raises on purpose."""


class InputError(TimelineError, ValueError):
    """An input could not be read. ``source`` names it; ``reason`` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Pickled as what it was made from, so a worker process can send it back.
        return (type(self), (self.source, self.reason))


class UnreadableInput(InputError, OSError):
    """The input does not exist or cannot be opened."""


class BinaryInput(InputError):
    """The input is not text."""


class EmptyInput(InputError):
    """The input holds no text."""


class DecodeError(InputError):
    """The input's bytes are not text in any encoding we can detect."""


class InputTooLarge(InputError):
    """The input is over the size limit."""


class BadRecord(InputError):
    """A record of a JSONL or CSV corpus is malformed."""


class ExtractionFailed(InputError):
    """A document could not be extracted: a fault in timeline, not in the input. The
    document is skipped and named, so one bad case does not stop an archive."""


class ConfigError(TimelineError, ValueError):
    """An option or argument has a value timeline cannot use."""


class GazetteerError(TimelineError):
    """The place data cannot be built, loaded or queried."""


class GazetteerBuildError(GazetteerError, ValueError):
    """A GeoNames dump given to ``timeline gazetteer build`` is malformed."""


class GeocoderError(GazetteerError):
    """The online geocoder (``gazetteer.online``) failed: a bad or refused request."""


class GeocoderUnavailable(GeocoderError, ConnectionError):
    """The online geocoder cannot be reached: no network, or the service is down."""


class GeocoderTimeout(GeocoderError, TimeoutError):
    """The online geocoder did not answer within the timeout."""


class OutputError(TimelineError, OSError):
    """An output file cannot be written."""
