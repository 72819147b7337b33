"""The compiled gazetteer is built on first use, cached, reloaded and rebuilt on change."""

from __future__ import annotations

import logging
import os

import pytest

import gazetteer
from gazetteer import _cache
from gazetteer._builder import RecordBuilder
from gazetteer._store import Lexicon, Store, read_store, write_store
from timeline.errors import GazetteerError


def _tiny_store(fingerprint: str = "tiny") -> Store:
    builder = RecordBuilder([("SY", "09", "Aleppo")])
    builder.add(
        ["Aleppo", "Halab"], 36.2, 37.16, "P.PPL", country="SY", admin1="09", population=2_000_000
    )
    builder.add(["Syria"], 35.0, 38.5, "A.PCLI", country="SY", population=17_000_000)
    return builder.freeze(fingerprint, Lexicon())


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    builds = []

    def build():
        builds.append(1)
        return _tiny_store()

    monkeypatch.setattr(_cache, "build_default", build)
    monkeypatch.setattr(_cache, "source_fingerprint", lambda: "v1")
    return tmp_path / "cache", builds


def test_cache_dir_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "a"))
    assert gazetteer.cache_dir() == tmp_path / "a"
    monkeypatch.delenv("TIMELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gazetteer.cache_dir() == tmp_path / "xdg" / "timeline"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert gazetteer.cache_dir() == gazetteer.cache_dir().home() / ".cache" / "timeline"


def test_cache_builds_once_then_reloads(cache):
    folder, builds = cache
    first = _cache.load_path(None)
    assert builds == [1]
    assert first.path is not None and first.path.parent == folder and first.path.exists()
    again = _cache.load_path(None)
    assert builds == [1]  # read from the cache file, not rebuilt
    assert again.lookup("Halab")[0].name == "Aleppo"
    assert [p.name for p in again.lookup("Aleppo")] == [p.name for p in first.lookup("Aleppo")]


def test_cache_rebuilds_when_sources_change_and_drops_stale_file(cache, monkeypatch):
    folder, builds = cache
    old = _cache.load_path(None).path
    monkeypatch.setattr(_cache, "source_fingerprint", lambda: "v2")
    new = _cache.load_path(None).path
    assert builds == [1, 1]
    assert new != old and new is not None and new.exists()
    assert old is not None and not old.exists()


def test_cache_rebuilds_a_damaged_file_and_says_so(cache, caplog):
    folder, builds = cache
    path = _cache.load_path(None).path
    assert path is not None
    path.write_bytes(b"not a pickle")
    with caplog.at_level(logging.WARNING, logger="timeline.gazetteer"):
        assert _cache.load_path(None).lookup("Syria")[0].feature == "A.PCLI"
    assert builds == [1, 1]
    warned = [r for r in caplog.records if r.name == "timeline.gazetteer"]
    assert len(warned) == 1 and str(path) in warned[0].getMessage()
    assert "rebuilding" in warned[0].getMessage()


def test_cache_unwritable_folder_still_loads(cache, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "sub"))
    loaded = _cache.load_path(None)
    assert loaded.path is None and loaded.lookup("Aleppo")


def test_cache_prefers_a_user_built_gazetteer(cache):
    folder, builds = cache
    write_store(_tiny_store("custom"), folder / _cache.CUSTOM_NAME)
    assert _cache.load_path(None).fingerprint == "custom"
    assert builds == []


def test_store_write_is_atomic_and_read_refuses_other_files(tmp_path):
    target = tmp_path / "g.pickle"
    write_store(_tiny_store(), target)
    assert read_store(target).fingerprint == "tiny"
    assert [p for p in os.listdir(tmp_path) if p.endswith(".tmp")] == []
    (tmp_path / "bad.pickle").write_bytes(b"\x80\x05K\x01.")  # a pickled int
    with pytest.raises(GazetteerError, match="bad.pickle"):
        read_store(tmp_path / "bad.pickle")
    with pytest.raises(GazetteerError, match="missing.pickle"):
        read_store(tmp_path / "missing.pickle")


def test_load_with_path_reads_that_file(tmp_path):
    target = write_store(_tiny_store("explicit"), tmp_path / "g.pickle")
    assert gazetteer.load(target).fingerprint == "explicit"
