"""Reading the source files: TSV with line numbers, big JSON objects as a stream."""

from __future__ import annotations

import json

import pytest

from gazetteer import _sources
from gazetteer._sources import iter_json_values, read_tsv
from timeline.errors import GazetteerBuildError, GazetteerError


def test_sources_tsv_rows_skip_comments_and_blank_lines(tmp_path):
    path = tmp_path / "table.tsv"
    path.write_text("# header\nSY\tSyria\n\n  \nUS\tUnited States\t\n# end\n", encoding="utf-8")
    assert list(read_tsv(path)) == [(2, ["SY", "Syria"]), (5, ["US", "United States", ""])]


def test_sources_tsv_errors_name_the_file(tmp_path):
    missing = tmp_path / "missing.tsv"
    with pytest.raises(GazetteerError, match="missing.tsv"):
        list(read_tsv(missing))
    latin1 = tmp_path / "latin1.tsv"
    latin1.write_bytes("Mün\tbiç\n".encode("latin-1"))
    with pytest.raises(GazetteerBuildError, match="latin1.tsv: not UTF-8"):
        list(read_tsv(latin1, error=GazetteerBuildError))


def _places(count: int) -> dict[str, dict[str, object]]:
    return {
        str(gid): {"geonameid": gid, "name": f"Tall {gid} ‘Aqīl", "alternatenames": ["x"] * 3}
        for gid in range(1000, 1000 + count)
    }


def test_sources_json_values_stream_across_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(_sources, "_CHUNK", 64)  # a value spans several reads
    monkeypatch.setattr(_sources, "_LOOKAHEAD", 256)
    places = _places(50)
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(places, ensure_ascii=False, indent=1), encoding="utf-8")
    assert list(iter_json_values(path)) == list(places.values())


def test_sources_json_values_errors_name_the_file(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"1": {"name": "A"}, "2": {"name": ', encoding="utf-8")
    with pytest.raises(GazetteerError, match="broken.json: malformed JSON"):
        list(iter_json_values(broken))
    listing = tmp_path / "list.json"
    listing.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(GazetteerError, match="list.json: expected a JSON object"):
        list(iter_json_values(listing))


def test_sources_fingerprint_follows_the_code_that_builds_the_gazetteer(tmp_path, monkeypatch):
    # a change to how the gazetteer is built (not only to its data) makes a new cache
    package = tmp_path / "gazetteer"
    (package / "data").mkdir(parents=True)
    (package / "_build.py").write_text("RULE = 1\n", encoding="utf-8")
    monkeypatch.setattr(_sources, "_PACKAGE_DIR", package)
    monkeypatch.setattr(_sources, "DATA_DIR", package / "data")
    fingerprint = _sources.source_fingerprint.__wrapped__  # not the cached one
    before = fingerprint()
    assert fingerprint() == before
    (package / "_build.py").write_text("RULE = 2\n", encoding="utf-8")
    assert fingerprint() != before
