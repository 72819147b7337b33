"""The command line as a user meets it: outputs, JSON lines, errors and exit codes."""

import json
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.table import EVENT_SCHEMA, read_table

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DATE_KEYS = {"doc", "text", "start", "end", "type", "value", "date_start", "date_end", "precision"}
PLACE_KEYS = {
    "doc",
    "text",
    "start",
    "end",
    "name",
    "geonameid",
    "country_code",
    "admin1",
    "latitude",
    "longitude",
    "feature",
    "score",
}


def invoke(*args, stdin=None):
    return CliRunner().invoke(app, [str(a) for a in args], input=stdin)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    result = invoke("run", EXAMPLES, "--out", out)
    assert result.exit_code == 0, result.stderr
    return out


def test_cli_run_writes_table_map_and_timeline(run_dir):
    table = read_table(run_dir / "events.parquet")
    assert table.schema == EVENT_SCHEMA
    assert "geometry" in pl.read_parquet_schema(run_dir / "events.parquet")  # GeoParquet
    assert table.height >= 10
    assert set(table["doc_id"]) == {p.stem for p in EXAMPLES.glob("*.txt")}
    assert (
        "Leaflet" in (run_dir / "map.html").read_text()
        or "leaflet" in (run_dir / "map.html").read_text()
    )
    page = (run_dir / "timeline.html").read_text()
    assert "<html" in page and "Douma" in page


@pytest.mark.parametrize("suffix", [".csv", ".json", ".geojson", ".parquet"])
def test_cli_extract_by_suffix(tmp_path, suffix):
    target = tmp_path / f"events{suffix}"
    result = invoke("extract", EXAMPLES / "mosul-old-city.txt", "-o", target)
    assert result.exit_code == 0, result.stderr
    assert target.stat().st_size > 0
    assert "events from 1 documents" in result.stderr


def test_cli_dates_json_lines_contract():
    result = invoke("dates", EXAMPLES / "raqqa-passage-denial.txt", "--json")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(r) >= DATE_KEYS for r in rows)
    week = next(r for r in rows if r["text"] == "Earlier this week")
    assert (week["value"], week["date_start"], week["date_end"]) == (
        "2017-W22",
        "2017-05-29",
        "2017-06-02",
    )


def test_cli_dates_published_option_resolves_weekdays(tmp_path):
    page = tmp_path / "note.txt"
    page.write_text("Talks in Aleppo\n\nThe envoys met on Tuesday to discuss a corridor.\n")
    rows = [
        json.loads(x)
        for x in invoke("dates", page, "--json", "--published", "2016-12-07").stdout.splitlines()
    ]
    assert [(r["text"], r["value"]) for r in rows] == [("Tuesday", "2016-12-06")]


def test_cli_places_json_lines_contract_and_no_commenter_towns():
    result = invoke("places", EXAMPLES, "--json")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(set(r) >= PLACE_KEYS for r in rows)
    texts = {r["text"] for r in rows}
    for commenter_word in (
        "Jackson",
        "Marion",
        "Harrow",
        "Jim",
        "Bill",
        "Omar",
        "Haddad",
        "Lindqvist",
    ):
        assert commenter_word not in texts
    assert "Nice" not in texts and "Hell" not in texts
    palmyra = {r["country_code"] for r in rows if r["text"] == "Palmyra"}
    assert palmyra == {"SY"}


def test_cli_bad_inputs_one_line_each_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = tmp_path / "out"
    result = invoke(
        "run",
        tmp_path / "missing.txt",
        tmp_path / "empty.txt",
        tmp_path / "image.txt",
        EXAMPLES / "mosul-old-city.txt",
        "--out",
        out,
    )
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("timeline: ")]
    assert len(lines) == 3
    assert any("missing.txt" in line for line in lines)
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("image.txt" in line for line in lines)
    assert pl.read_parquet(out / "events.parquet").height > 0


def test_cli_nothing_readable_fails_without_output(tmp_path):
    result = invoke("extract", tmp_path / "nope.txt", "-o", tmp_path / "e.parquet")
    assert result.exit_code == 1
    assert "no input could be read" in result.stderr
    assert not (tmp_path / "e.parquet").exists()


def test_cli_bad_published_date_is_one_clear_line():
    result = invoke("dates", EXAMPLES / "mosul-old-city.txt", "--published", "07/12/2016")
    assert result.exit_code == 1
    assert (
        result.stderr.strip() == "timeline: --published '07/12/2016': expected a date as YYYY-MM-DD"
    )


def test_cli_stdin(tmp_path):
    text = (
        "Talks on Idlib\n\n"
        "Russian jets bombed ISIS positions near Palmyra on Monday, killing 20 fighters.\n"
    )
    result = invoke(
        "extract", "-", "-o", tmp_path / "e.json", "--published", "2017-06-01", stdin=text
    )
    assert result.exit_code == 0, result.stderr
    rows = json.loads((tmp_path / "e.json").read_text())
    assert [(r["event_type"], r["date_start"], r["doc_id"]) for r in rows] == [
        ("airstrike", "2017-05-29", "stdin")
    ]
    assert rows[0]["fatalities"] == 20


def test_cli_render_commands_from_a_table(run_dir, tmp_path):
    result = invoke("map", run_dir / "events.parquet", "-o", tmp_path / "m.html", "--title", "Mine")
    assert result.exit_code == 0, result.stderr
    result = invoke("timeline", run_dir / "events.parquet", "-o", tmp_path / "t.html")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "m.html").exists() and (tmp_path / "t.html").exists()
    bad = invoke("map", tmp_path / "t.html", "-o", tmp_path / "x.html")
    assert bad.exit_code == 1 and bad.stderr.startswith("timeline: ")


def test_cli_gazetteer_lookup():
    result = invoke("gazetteer", "lookup", "Deir ez-Zor", "--json", "--limit", "1")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["country_code"] == "SY"
    missing = invoke("gazetteer", "lookup", "Qxzzyzzyq")
    assert missing.exit_code == 1 and "no place called" in missing.stderr


@pytest.mark.parametrize(
    "command", [[], ["run"], ["extract"], ["dates"], ["places"], ["map"], ["gazetteer", "lookup"]]
)
def test_cli_help_is_there(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_cli_user_lexicon_files_extend_triggers_and_actors(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Raid near Homs\n\nPublished: 3 March 2017\n\n"
        "Desert Hawks fighters stormed the checkpoint near Homs on Thursday.\n"
    )
    triggers = tmp_path / "triggers.tsv"
    triggers.write_text("# my triggers\ncapture\tverb\tstorm\tarmed\n")
    actors = tmp_path / "actors.tsv"
    actors.write_text("Desert Hawks\tarmed_group\t\tDesert Hawks|Desert Hawks Brigade\n")
    out = tmp_path / "e.json"
    result = invoke("extract", page, "-o", out, "--triggers", triggers, "--actors", actors)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(out.read_text())
    assert [(r["event_type"], r["actor1"], r["date_start"]) for r in rows] == [
        ("capture", "Desert Hawks", "2017-03-02")
    ]


def test_cli_bad_lexicon_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("capture only-one-column\n")
    result = invoke(
        "extract", EXAMPLES / "mosul-old-city.txt", "-o", tmp_path / "e.json", "--triggers", bad
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == f"timeline: {bad}:1: expected 3 tab-separated columns"


def test_cli_export_converts_between_formats(run_dir, tmp_path):
    target = tmp_path / "events.geojson"
    result = invoke("export", run_dir / "events.parquet", target, "--located-only")
    assert result.exit_code == 0, result.stderr
    features = json.loads(target.read_text())["features"]
    assert features and all(f["geometry"] is not None for f in features)
    back = tmp_path / "events.csv"
    assert invoke("export", target, back).exit_code == 0
    assert read_table(back).height == len(features)


def test_cli_render_links_between_pages(run_dir, tmp_path):
    linked, unlinked = tmp_path / "linked.html", tmp_path / "unlinked.html"
    assert invoke("map", run_dir / "events.parquet", "-o", linked).exit_code == 0
    assert (
        invoke("map", run_dir / "events.parquet", "-o", unlinked, "--timeline-page", "").exit_code
        == 0
    )
    assert '"timeline":"timeline.html"' in linked.read_text()
    assert '"timeline":null' in unlinked.read_text()
    bad = invoke(
        "timeline",
        run_dir / "events.parquet",
        "-o",
        tmp_path / "t.html",
        "--map-page",
        "javascript:alert(1)",
    )
    assert bad.exit_code == 1 and bad.stderr.startswith("timeline: ")


def test_cli_geocoder_unreachable_is_one_line(tmp_path, monkeypatch):
    import socket

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    page = tmp_path / "page.txt"
    page.write_text(
        "Raid\n\nPublished: 3 March 2017\n\n"
        "Gunmen attacked the village of Zarqoun in Syria on Thursday.\n"
    )
    result = invoke(
        "places", page, "--geocoder-url", f"http://127.0.0.1:{port}", "--geocoder-timeout", "2"
    )
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline: ")


def test_cli_geocoder_option_must_be_key_value(tmp_path):
    result = invoke(
        "places",
        EXAMPLES / "mosul-old-city.txt",
        "--geocoder",
        "nominatim",
        "--geocoder-option",
        "oops",
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == "timeline: --geocoder-option 'oops': expected KEY=VALUE"


def test_cli_dates_json_lists_the_years_a_partial_date_admits(tmp_path):
    page = tmp_path / "undated.txt"
    page.write_text("Talks in Aleppo\n\nOn Tuesday, December 6, the envoys met again.\n")
    rows = [json.loads(x) for x in invoke("dates", page, "--json").stdout.splitlines()]
    assert [(r["value"], r["date_start"]) for r in rows] == [("XXXX-12-06", None)]
    assert {2011, 2016, 2022} <= set(rows[0]["year_candidates"])
    assert all(date(y, 12, 6).isoweekday() == 2 for y in rows[0]["year_candidates"])
