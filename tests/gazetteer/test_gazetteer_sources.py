"""Reading the tab-separated source files: one streaming reader with line numbers."""

from __future__ import annotations

import pytest

from gazetteer._sources import read_tsv
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
