"""Appending to an event table day by day: nothing twice, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import timeline
from timeline.errors import ConfigError, InputError, OutputError
from timeline.table import EVENT_SCHEMA, read_table, write_table
from timeline.table.append import append_table

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DAY_ONE = EXAMPLES / "mosul-old-city.txt"
DAY_TWO = EXAMPLES / "raqqa-passage-denial.txt"


@pytest.fixture(scope="module")
def day_one() -> pl.DataFrame:
    return timeline.extract([DAY_ONE])


@pytest.fixture(scope="module")
def day_two() -> pl.DataFrame:
    return timeline.extract([DAY_TWO])


def test_append_table_creates_a_missing_table(tmp_path: Path, day_one: pl.DataFrame) -> None:
    target = tmp_path / "feed" / "events.parquet"
    outcome = append_table(day_one, target)
    assert (outcome.added, outcome.duplicates, outcome.total) == (day_one.height, 0, day_one.height)
    assert read_table(target).equals(day_one)


def test_append_table_adds_a_new_day_and_never_the_same_day_twice(
    tmp_path: Path, day_one: pl.DataFrame, day_two: pl.DataFrame
) -> None:
    target = tmp_path / "events.parquet"
    append_table(day_one, target)
    second = append_table(day_two, target)
    assert second.added == day_two.height > 0
    again = append_table(timeline.extract([DAY_TWO]), target)
    assert (again.added, again.duplicates) == (0, day_two.height)
    table = read_table(target)
    assert table.height == day_one.height + day_two.height
    assert table.get_column("event_id").is_unique().all()
    assert table.schema == EVENT_SCHEMA


def test_append_table_both_days_read_again_add_nothing(
    tmp_path: Path, day_one: pl.DataFrame, day_two: pl.DataFrame
) -> None:
    target = tmp_path / "events.json"
    append_table(day_one, target)
    append_table(day_two, target)
    outcome = append_table(timeline.extract([DAY_ONE, DAY_TWO]), target)
    assert outcome.added == 0
    assert read_table(target).height == day_one.height + day_two.height


def test_append_table_row_built_only_from_known_mentions_is_a_duplicate(
    tmp_path: Path, day_one: pl.DataFrame
) -> None:
    # The same mentions merged differently get another id; they are still nothing new.
    target = tmp_path / "events.parquet"
    append_table(day_one, target)
    renamed = day_one.head(1).with_columns(pl.lit("0" * 16).alias("event_id"))
    assert append_table(renamed, target).added == 0


def test_append_table_duplicates_within_the_new_rows_are_kept_once(
    tmp_path: Path, day_one: pl.DataFrame
) -> None:
    target = tmp_path / "events.parquet"
    outcome = append_table(pl.concat([day_one, day_one]), target)
    assert (outcome.added, outcome.duplicates) == (day_one.height, day_one.height)


@pytest.mark.parametrize("suffix", [".csv", ".geojson"])
def test_append_table_needs_a_format_it_can_read_back(
    tmp_path: Path, day_one: pl.DataFrame, suffix: str
) -> None:
    with pytest.raises(ConfigError, match="--append"):
        append_table(day_one, tmp_path / f"events{suffix}")


def test_append_table_refuses_a_file_that_is_not_an_event_table(
    tmp_path: Path, day_one: pl.DataFrame
) -> None:
    target = tmp_path / "events.parquet"
    pl.DataFrame({"city": ["Mosul"]}).write_parquet(target)
    with pytest.raises(InputError, match="not an event table"):
        append_table(day_one, target)
    assert pl.read_parquet(target).columns == ["city"]


def test_append_table_failed_write_leaves_the_old_table(
    tmp_path: Path, day_one: pl.DataFrame, day_two: pl.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "events.parquet"
    write_table(day_one, target)
    before = target.read_bytes()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("timeline.fsutil.os.replace", full_disk)
    with pytest.raises(OutputError, match="No space left"):
        append_table(day_two, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.parquet"]
