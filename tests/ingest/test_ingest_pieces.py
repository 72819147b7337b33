"""A large corpus cut into pieces reads as the whole file does: the same articles, ids,
offsets and error lines, whatever the cuts."""

import csv
import io
import json

import pytest

import timeline.ingest._pieces as pieces_module
from timeline.errors import InputError
from timeline.ingest import iter_articles, iter_pieces, read_piece

TOWNS = ["Raqqa", "Tabqa", "Manbij", "Deir ez-Zor", "Palmyra", "Homs"]


def story(i: int) -> str:
    town = TOWNS[i % len(TOWNS)]
    lines = [
        f"Fighters withdrew from {town} on Tuesday after talks, officials said ({i}).",
        "",
        f'A local council member said "the road to {town} is open again", in a quote.',
    ]
    return "\n".join(lines[: 1 + i % 3])


def as_read(items):
    out = []
    for item in items:
        if isinstance(item, InputError):
            out.append(("error", str(item)))
        else:
            out.append((item.doc_id, item.title, item.text, item.published, item.segments))
    return out


def whole_and_cut(path, tmp_path, monkeypatch, size=700):
    whole = as_read(iter_articles([str(path)]))
    monkeypatch.setattr(pieces_module, "PIECE_BYTES", size)
    pieces = list(iter_pieces([str(path)], spool=tmp_path))
    cut = as_read(item for p in pieces for item in read_piece(p))
    return whole, cut, pieces


def test_pieces_jsonl_reads_as_the_whole_file(tmp_path, monkeypatch):
    path = tmp_path / "feed.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.write("\ufeff")  # a byte-order mark before the first record
        for i in range(60):
            if i == 17:
                out.write("{not json\n")
            elif i == 31:
                out.write("\n")
            else:
                record = {
                    "title": f"Report {i}",
                    "text": story(i),
                    "published": f"2017-03-0{1 + i % 9}",
                }
                if i % 5 == 0:
                    record["id"] = f"r{i}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    whole, cut, pieces = whole_and_cut(path, tmp_path, monkeypatch)
    assert len(pieces) > 5 and all(p.cut is not None for p in pieces)
    assert cut == whole
    assert (
        "error",
        f"{path}:18: not valid JSON (Expecting property name enclosed in double quotes, column 2)",
    ) in cut


@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_pieces_csv_reads_as_the_whole_file(tmp_path, monkeypatch, delimiter):
    path = tmp_path / ("feed.csv" if delimiter == "," else "feed.tsv")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["title", "text", "published"])
    for i in range(60):
        if i == 23:
            buffer.write("\n")  # a blank row: not counted
        elif i == 40:
            writer.writerow(["only", "two"])  # a short row: an error line, counted
        else:
            writer.writerow([f"Report {i}", story(i), "2017-03-05"])  # quoted line breaks
    path.write_text(buffer.getvalue(), encoding="utf-8")
    whole, cut, pieces = whole_and_cut(path, tmp_path, monkeypatch)
    assert len(pieces) > 5
    assert cut == whole
    ids = [row[0] for row in cut if row[0] != "error"]
    assert ids[:3] == ["feed:1", "feed:2", "feed:3"] and "feed:59" in ids
    assert any(row[0] == "error" and "2 fields where the header has 3" in row[1] for row in cut)


def test_pieces_small_or_other_files_stay_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(pieces_module, "PIECE_BYTES", 100)
    page = tmp_path / "page.txt"
    page.write_text("Title\n\n" + "Fighters left Raqqa on Tuesday. " * 40)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(
        ("title,text\n" + "Caf\xe9,Troops left Raqqa on Tuesday.\n" * 30).encode("latin-1")
    )
    found = list(iter_pieces([str(page), str(latin)], spool=tmp_path))
    assert [(p.name, p.cut) for p in found] == [(str(page), None), (str(latin), None)]


def test_pieces_stdin_is_spooled_under_its_own_name(tmp_path):
    stdin = io.BytesIO(b"Talks\n\nTalks began in Geneva on Tuesday.\n")
    (piece,) = iter_pieces(["-"], spool=tmp_path, stdin=stdin)
    (article,) = read_piece(piece)
    assert piece.name == "<stdin>" and article.doc_id == "stdin"
    assert article.title == "Talks"
