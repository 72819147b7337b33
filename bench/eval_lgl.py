"""Evaluate the place recogniser on LGL (Lieberman et al.'s local-news geoparsing corpus).

Recognition: precision, recall and F1, a predicted span matching a gold toponym when
they overlap (one to one). Geocoding, over correctly recognised toponyms with gold
coordinates: accuracy within 161 km, mean and median error, and the AUC of the error
curve as Gritta et al. (2018) define it (area under the sorted log(1+km) errors,
normalised by log(20039); lower is better). The naive peer (bench/_naive.py) is
measured in the same run.

    python bench/eval_lgl.py [--lgl PATH] [--errors N] [--json] [--no-peer]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._naive import NaiveGeoparser  # noqa: E402
from gazetteer import haversine_km  # noqa: E402
from timeline.records import PlaceMention  # noqa: E402

DEFAULT_LGL = ROOT.parent / "shared" / "data" / "geoparsing" / "lgl.xml"
MAX_ERROR_KM = 20039.0
ACCURACY_KM = 161.0


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    phrase: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True, slots=True)
class Article:
    docid: str
    text: str
    toponyms: tuple[Toponym, ...]


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    text: str
    latitude: float
    longitude: float
    label: str = ""


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors_km: list[float] = field(default_factory=list)
    false_pos: list[tuple[str, str, Predicted]] = field(default_factory=list)
    false_neg: list[tuple[str, str, Toponym]] = field(default_factory=list)
    far: list[tuple[float, str, Toponym, Predicted]] = field(default_factory=list)
    seconds: float = 0.0
    chars: int = 0


def read_lgl(path: Path) -> list[Article]:
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        toponyms = []
        for t in node.iter("toponym"):
            gaz = t.find("gaztag")
            lat = lon = None
            if gaz is not None and gaz.find("lat") is not None:
                lat, lon = float(gaz.findtext("lat", "")), float(gaz.findtext("lon", ""))
            toponyms.append(
                Toponym(
                    int(t.findtext("start", "0")),
                    int(t.findtext("end", "0")),
                    t.findtext("phrase", ""),
                    lat,
                    lon,
                )
            )
        articles.append(Article(node.get("docid", ""), node.findtext("text", ""), tuple(toponyms)))
    return articles


def _overlap(a: Toponym, b: Predicted) -> bool:
    return a.start < b.end and b.start < a.end


def score_article(article: Article, predicted: list[Predicted], tally: Tally) -> None:
    used: set[int] = set()
    for gold in article.toponyms:
        match = next(
            (i for i, p in enumerate(predicted) if i not in used and _overlap(gold, p)), None
        )
        if match is None:
            tally.fn += 1
            tally.false_neg.append((article.docid, article.text, gold))
            continue
        used.add(match)
        tally.tp += 1
        pred = predicted[match]
        if gold.latitude is not None and gold.longitude is not None:
            km = haversine_km(gold.latitude, gold.longitude, pred.latitude, pred.longitude)
            tally.errors_km.append(km)
            tally.far.append((km, article.docid, gold, pred))
    for i, pred in enumerate(predicted):
        if i not in used:
            tally.fp += 1
            tally.false_pos.append((article.docid, article.text, pred))


def auc(errors_km: list[float]) -> float:
    """Gritta et al. (2018): trapezoid area under sorted log(1+km), normalised to 0..1."""
    if len(errors_km) < 2:
        return float("nan")
    ys = sorted(math.log(1 + e) for e in errors_km)
    area = sum((ys[i] + ys[i + 1]) / 2 for i in range(len(ys) - 1))
    return area / (math.log(MAX_ERROR_KM) * (len(ys) - 1))


def metrics(tally: Tally) -> dict[str, float]:
    p = tally.tp / (tally.tp + tally.fp) if tally.tp + tally.fp else 0.0
    r = tally.tp / (tally.tp + tally.fn) if tally.tp + tally.fn else 0.0
    errs = tally.errors_km
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "acc161": sum(e <= ACCURACY_KM for e in errs) / len(errs) if errs else 0.0,
        "mean_km": statistics.fmean(errs) if errs else 0.0,
        "median_km": statistics.median(errs) if errs else 0.0,
        "auc": auc(errs),
        "geocoded": float(len(errs)),
        "mb_per_s": tally.chars / 1e6 / tally.seconds if tally.seconds else 0.0,
    }


def run(articles: Iterable[Article], find: Callable[[str], list[Predicted]]) -> Tally:
    tally = Tally()
    for article in articles:
        started = time.perf_counter()
        predicted = find(article.text)
        tally.seconds += time.perf_counter() - started
        tally.chars += len(article.text)
        score_article(article, predicted, tally)
    return tally


def _label(m: PlaceMention) -> str:
    p = m.place
    return f"{p.name}, {p.admin1 or ''}, {p.country_code} {p.feature} {m.score}"


def recogniser_find() -> Callable[[str], list[Predicted]]:
    import gazetteer
    import timeline.places

    places = timeline.places.recogniser(gazetteer.load())

    def find(text: str) -> list[Predicted]:
        return [
            Predicted(
                m.start,
                m.end,
                m.text,
                m.place.latitude,
                m.place.longitude,
                _label(m),
            )
            for m in places.find(text)
        ]

    return find


def naive_find() -> Callable[[str], list[Predicted]]:
    naive = NaiveGeoparser()

    def find(text: str) -> list[Predicted]:
        return [
            Predicted(m.start, m.end, m.text, m.latitude, m.longitude) for m in naive.find(text)
        ]

    return find


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"...{left}[[{text[start:end]}]]{right}..."


def print_errors(tally: Tally, n: int) -> None:
    print(f"\n-- {min(n, len(tally.false_pos))} of {len(tally.false_pos)} false positives")
    for docid, text, p in tally.false_pos[:n]:
        print(f"{docid}: {_context(text, p.start, p.end)}  -> {p.label}")
    print(f"\n-- {min(n, len(tally.false_neg))} of {len(tally.false_neg)} missed toponyms")
    for docid, text, g in tally.false_neg[:n]:
        print(f"{docid}: {_context(text, g.start, g.end)}")
    far = sorted(tally.far, key=lambda item: -item[0])
    print(f"\n-- {min(n, len(far))} largest geocoding errors")
    for km, docid, g, p in far[:n]:
        print(f"{docid}: {g.phrase!r} {km:.0f} km -> {p.label}")


def print_table(rows: dict[str, dict[str, float]], gold: int) -> None:
    print(f"LGL: {gold} gold toponyms")
    print(
        f"{'system':<12}{'P':>7}{'R':>7}{'F1':>7}{'acc@161':>9}{'mean km':>9}"
        f"{'median':>8}{'AUC':>7}{'MB/s':>7}"
    )
    for name, m in rows.items():
        print(
            f"{name:<12}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['acc161']:>9.3f}"
            f"{m['mean_km']:>9.0f}{m['median_km']:>8.1f}{m['auc']:>7.3f}{m['mb_per_s']:>7.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lgl", type=Path, default=DEFAULT_LGL, help="path to lgl.xml")
    parser.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-peer", action="store_true", help="skip the naive peer")
    args = parser.parse_args(argv)
    if not args.lgl.exists():
        print(f"skipped: {args.lgl} not found (LGL is not distributed with timeline)")
        return 0
    articles = read_lgl(args.lgl)
    ours = run(articles, recogniser_find())
    rows = {"timeline": metrics(ours)}
    if not args.no_peer:
        rows["naive peer"] = metrics(run(articles, naive_find()))
    gold = sum(len(a.toponyms) for a in articles)
    if args.json:
        print(json.dumps({"gold_toponyms": gold, "systems": rows}, indent=2))
    else:
        print_table(rows, gold)
    if args.errors:
        print_errors(ours, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
