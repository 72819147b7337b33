"""Atomic file writing: a temporary file in the target's folder, then a rename.

The temporary file is written, flushed to disk, and renamed onto the target, and the
folder is synced so the rename survives a crash: a reader sees the old file or the new
one, never a part of one, even when the writing process is killed. A process killed
while writing leaves its temporary file (``.NAME.XXXX.tmp``, hidden) behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from timeline.errors import OutputError

__all__ = ["atomic_path", "atomic_write_text"]


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; where folders cannot be opened, as on
    Windows, the rename is already as durable as the platform makes it)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is done
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success.

    If the body raises, or the process dies, ``target`` keeps its old content (or stays
    absent) and the temporary file is removed where possible.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as err:
        raise OutputError(f"{target}: cannot write ({err.strerror or err})") from err
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        _sync_folder(target.parent)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{target}: cannot write ({err.strerror or err})") from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(target: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 to ``target`` atomically and return the target path."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)
