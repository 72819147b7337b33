"""Score timeline.dates against the TimeBank and AQUAINT gold TIMEX3s (TempEval-3 task A).

    python bench/eval_timebank.py [--data DIR] [--errors N] [--json] [--peer]
    python bench/eval_timebank.py --check     # CI: fail if value F1 fell below the baseline
    python bench/eval_timebank.py --record    # write the current figures as the baseline

For every .tml file: the text is the <TEXT> element with its tags stripped, the
reference date is the creation-time TIMEX3, and ``timeline.dates.find(text, dct)`` is
compared with the gold TIMEX3s inside <TEXT>. Spans are matched strictly (same offsets)
and relaxed (overlap, one to one); type and value accuracy are taken over the relaxed
pairs, and value F1 is relaxed F1 times value accuracy, as TempEval-3 reports it.
With --peer, dateparser's search_dates (languages=["en"], RELATIVE_BASE the DCT, through
``bench_dates.dateparser_search``) is scored the same way: its spans, and the day of each
datetime it returns as the value. (Speed is compared by bench_dates.py.)
The corpora are read from ../shared/data and never copied; without them the script
says so and exits 0.

--record writes every figure per corpus to bench/baselines/timebank.json (or --baseline
PATH); --check compares the value F1 of each corpus with it and exits 1, with one line
naming the corpus and both figures, when one is lower by more than --tolerance (0.002,
room for floating noise only).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_dates import dateparser_search  # noqa: E402

from timeline.dates import find  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "temporal" / "TBAQ-cleaned"
DEFAULT_BASELINE = ROOT / "bench" / "baselines" / "timebank.json"
CORPORA = ("TimeBank", "AQUAINT")
TOLERANCE = 0.002


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    text: str
    dct: date | None
    gold: tuple[Gold, ...]


@dataclass(slots=True)
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_ok += other.type_ok
        self.value_ok += other.value_ok
        self.errors.extend(other.errors)

    def figures(self) -> dict[str, float]:
        def prf(hits: int) -> tuple[float, float, float]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "gold": self.gold,
            "system": self.system,
            "strict_p": sp,
            "strict_r": sr,
            "strict_f1": sf,
            "relaxed_p": rp,
            "relaxed_r": rr,
            "relaxed_f1": rf,
            "type_acc": type_acc,
            "value_acc": value_acc,
            "value_f1": rf * value_acc,
        }


def _dct(root: ET.Element) -> date | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value") or ""
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                return None
    return None


def _walk(element: ET.Element, parts: list[str], gold: list[Gold], offset: list[int]) -> None:
    if element.text:
        parts.append(element.text)
        offset[0] += len(element.text)
    for child in element:
        start = offset[0]
        _walk(child, parts, gold, offset)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start : offset[0]]
            gold.append(Gold(start, offset[0], text, child.get("type", ""), child.get("value", "")))
        if child.tail:
            parts.append(child.tail)
            offset[0] += len(child.tail)


def read_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    body = root.find("TEXT")
    parts: list[str] = []
    gold: list[Gold] = []
    if body is not None:
        _walk(body, parts, gold, [0])
    return Document(path.name, "".join(parts), _dct(root), tuple(gold))


def documents(data: Path, corpus: str) -> Iterator[Document]:
    for path in sorted((data / corpus).glob("*.tml")):
        yield read_document(path)


def _context(doc: Document, start: int, end: int) -> str:
    return doc.text[max(0, start - 35) : end + 35].replace("\n", " ")


def timeline_spans(doc: Document) -> list[Found]:
    return [Found(t.start, t.end, t.text, t.type, t.value) for t in find(doc.text, doc.dct)]


def dateparser_spans(doc: Document) -> list[Found]:
    spans, pos = [], 0
    for written, when in dateparser_search(doc.text, doc.dct or date(2000, 1, 1)):
        start = doc.text.find(written, pos)
        if start < 0:
            continue
        pos = start + len(written)
        spans.append(Found(start, pos, written, "DATE", when.date().isoformat()))
    return spans


def score_document(doc: Document, system: Callable[[Document], list[Found]]) -> Score:
    found = system(doc)
    score = Score(gold=len(doc.gold), system=len(found))
    used: set[int] = set()
    for g in doc.gold:
        match = None
        for i, t in enumerate(found):
            if i not in used and t.start < g.end and g.start < t.end:
                match = i
                break
        if match is None:
            score.errors.append(
                f"MISS  {doc.name} {doc.dct} {g.text!r} {g.type} {g.value}"
                f"   | {_context(doc, g.start, g.end)}"
            )
            continue
        used.add(match)
        t = found[match]
        score.relaxed += 1
        score.strict += t.start == g.start and t.end == g.end
        score.type_ok += t.type == g.type
        score.value_ok += t.value == g.value
        if t.value != g.value or t.type != g.type or (t.start, t.end) != (g.start, g.end):
            score.errors.append(
                f"DIFF  {doc.name} {doc.dct} gold {g.text!r} {g.type} {g.value} / "
                f"ours {t.text!r} {t.type} {t.value}   | {_context(doc, g.start, g.end)}"
            )
    for i, t in enumerate(found):
        if i not in used and not any(t.start < g.end and g.start < t.end for g in doc.gold):
            score.errors.append(
                f"FALSE {doc.name} {doc.dct} {t.text!r} {t.type} {t.value}"
                f"   | {_context(doc, t.start, t.end)}"
            )
    return score


def _table(rows: dict[str, dict[str, float]]) -> str:
    head = (
        f"{'corpus':<10}{'gold':>6}{'sys':>6}{'strict P':>10}{'R':>7}{'F1':>7}"
        f"{'relax P':>10}{'R':>7}{'F1':>7}{'type':>7}{'value':>7}{'val F1':>8}"
    )
    lines = [head, "-" * len(head)]
    for name, f in rows.items():
        lines.append(
            f"{name:<10}{f['gold']:>6.0f}{f['system']:>6.0f}"
            f"{f['strict_p']:>10.3f}{f['strict_r']:>7.3f}{f['strict_f1']:>7.3f}"
            f"{f['relaxed_p']:>10.3f}{f['relaxed_r']:>7.3f}{f['relaxed_f1']:>7.3f}"
            f"{f['type_acc']:>7.3f}{f['value_acc']:>7.3f}{f['value_f1']:>8.3f}"
        )
    return "\n".join(lines)


def score_corpora(data: Path) -> tuple[dict[str, dict[str, float]], Score]:
    """The figures of each corpus and of both together, and the pooled score."""
    total = Score()
    rows: dict[str, dict[str, float]] = {}
    for corpus in CORPORA:
        score = Score()
        for doc in documents(data, corpus):
            score.add(score_document(doc, timeline_spans))
        rows[corpus] = score.figures()
        total.add(score)
    rows["overall"] = total.figures()
    return rows, total


def record(rows: dict[str, dict[str, float]], path: Path) -> None:
    figures = {corpus: {k: round(v, 4) for k, v in rows[corpus].items()} for corpus in CORPORA}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"recorded {path}: " + ", ".join(f"{c} value F1 {rows[c]['value_f1']:.4f}" for c in CORPORA)
    )


def check(rows: dict[str, dict[str, float]], path: Path, tolerance: float) -> int:
    """0 when no corpus's value F1 is below the recorded one by more than ``tolerance``."""
    try:
        recorded = json.loads(path.read_text(encoding="utf-8"))
        floors = {corpus: float(recorded[corpus]["value_f1"]) for corpus in CORPORA}
    except (OSError, ValueError, KeyError, TypeError) as err:
        print(f"FAIL: no usable baseline at {path} ({err}); run with --record")
        return 1
    worse = [c for c in CORPORA if rows[c]["value_f1"] < floors[c] - tolerance]
    for corpus in worse:
        print(
            f"FAIL: {corpus} value F1 {rows[corpus]['value_f1']:.4f} is below the recorded "
            f"{floors[corpus]:.4f} (tolerance {tolerance}; baseline {path})"
        )
    if not worse:
        print(
            "ok: "
            + ", ".join(
                f"{c} value F1 {rows[c]['value_f1']:.4f} (recorded {floors[c]:.4f})"
                for c in CORPORA
            )
        )
    return 1 if worse else 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TBAQ-cleaned folder")
    parser.add_argument("--errors", type=int, default=0, help="print N sample mismatches")
    parser.add_argument("--kind", default="", help="only errors of this kind (MISS/DIFF/FALSE)")
    parser.add_argument("--seed", type=int, default=0, help="seed for the error sample")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--peer", action="store_true", help="also score dateparser")
    parser.add_argument("--check", action="store_true", help="fail below the baseline")
    parser.add_argument("--record", action="store_true", help="write the baseline")
    parser.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE, help="baseline file")
    parser.add_argument("--tolerance", type=float, default=TOLERANCE, help="allowed drop")
    return parser.parse_args(argv)


def _peer(data: Path) -> dict[str, float]:
    peer = Score()
    for corpus in CORPORA:
        for doc in documents(data, corpus):
            peer.add(score_document(doc, dateparser_spans))
    return peer.figures()


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if not all((args.data / corpus).is_dir() for corpus in CORPORA):
        print(f"skipped: no TimeBank/AQUAINT data under {args.data}")
        return 0
    rows, total = score_corpora(args.data)
    if args.record:
        record(rows, args.baseline)
    if args.check:
        return check(rows, args.baseline, args.tolerance)
    if args.peer:
        rows["dateparser"] = _peer(args.data)
    print(json.dumps(rows, indent=2) if args.json else _table(rows))
    errors = [e for e in total.errors if e.startswith(args.kind)]
    if args.errors and errors:
        print()
        for line in random.Random(args.seed).sample(errors, min(args.errors, len(errors))):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
