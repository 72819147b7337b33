"""Score timeline's events against hand-labelled gold events (bench/gold/events.jsonl).

An extracted event matches a gold event of the same document and type when their date
intervals overlap (or the gold one is undated) and their places lie within --km of each
other (or the gold one is unplaced); each gold event matches at most one extracted event.
Printed: precision, recall and F1 of the events, and over the matched pairs how often the
modality, actor1, actor2, date (the extracted interval inside the gold one) and place
(within --km) are right. A peer is scored in the same run: a naive coder that makes one
event per trigger word, placed at the sentence's first place and dated by the publication
week (how GDELT-style coders behave).

    python bench/eval_events.py [--gold FILE] [--inputs examples/] [--km 50] [--errors]
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Scores:
    system: int = 0
    gold: int = 0
    matched: int = 0
    right: dict[str, int] | None = None
    asked: dict[str, int] | None = None

    def f1(self) -> tuple[float, float, float]:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _dates_meet(event: dict[str, Any], gold: dict[str, Any]) -> bool:
    g0, g1 = _day(gold.get("date_start")), _day(gold.get("date_end"))
    e0, e1 = _day(event.get("date_start")), _day(event.get("date_end"))
    if g0 is None or g1 is None:
        return True
    return e0 is not None and e1 is not None and e0 <= g1 and g0 <= e1


def _distance(event: dict[str, Any], gold: dict[str, Any]) -> float | None:
    if gold.get("latitude") is None:
        return 0.0
    points = [
        (event.get("latitude"), event.get("longitude")),
        (event.get("origin_latitude"), event.get("origin_longitude")),
    ]
    found = [
        _km(lat, lon, gold["latitude"], gold["longitude"]) for lat, lon in points if lat is not None
    ]
    return min(found) if found else None


def _match(
    events: list[dict[str, Any]], golds: list[dict[str, Any]], km: float
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    pairs = []
    free = list(events)
    for gold in golds:
        options = []
        for event in free:
            if event["event_type"] != gold["event_type"] or not _dates_meet(event, gold):
                continue
            distance = _distance(event, gold)
            if distance is not None and distance > km:
                continue
            same = event.get("modality") == gold.get("modality")
            options.append((not same, distance if distance is not None else km, event))
        if options:
            best = min(options, key=lambda o: o[:2])[2]
            free.remove(best)
            pairs.append((best, gold))
    return pairs


def _attributes(
    pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]], km: float
) -> tuple[dict[str, int], dict[str, int]]:
    right = dict.fromkeys(("modality", "actor1", "actor2", "date", "place"), 0)
    asked = dict(right)
    for event, gold in pairs:
        checks = {"modality": event.get("modality") == gold.get("modality")}
        for role in ("actor1", "actor2"):
            if gold.get(role):
                checks[role] = event.get(role) == gold[role]
        if gold.get("date_start"):
            e0, e1 = _day(event.get("date_start")), _day(event.get("date_end"))
            g0, g1 = _day(gold["date_start"]), _day(gold["date_end"])
            checks["date"] = bool(e0 and e1 and g0 and g1 and g0 <= e0 and e1 <= g1)
        if gold.get("latitude") is not None:
            distance = _distance(event, gold)
            checks["place"] = distance is not None and distance <= km
        for name, ok in checks.items():
            asked[name] += 1
            right[name] += ok
    return right, asked


def score(
    events: list[dict[str, Any]], golds: list[dict[str, Any]], km: float
) -> tuple[Scores, list[Any]]:
    docs = {g["doc"] for g in golds}
    events = [e for e in events if e["doc_id"] in docs]
    pairs = []
    for doc in sorted(docs):
        pairs += _match(
            [e for e in events if e["doc_id"] == doc], [g for g in golds if g["doc"] == doc], km
        )
    right, asked = _attributes(pairs, km)
    return Scores(len(events), len(golds), len(pairs), right, asked), pairs


def _system(inputs: list[str]) -> list[dict[str, Any]]:
    import timeline

    return timeline.extract(inputs).to_dicts()


def _naive(inputs: list[str]) -> list[dict[str, Any]]:
    """The peer: every trigger word an event, at its sentence's first place, in the week
    before publication."""
    from timeline.ingest import iter_articles
    from timeline.pipeline import Extractor
    from timeline.recognisers.sentences import split_sentences
    from timeline.records import Article

    extractor = Extractor()
    events = []
    for article in iter_articles(inputs):
        if not isinstance(article, Article):
            continue
        spans = extractor.spans(article)
        for lo, hi in split_sentences(article.text, [(s.start, s.end) for s in article.segments]):
            local = spans.within(lo, hi)
            place = local.places[0].place if local.places else None
            for trigger in local.triggers:
                published = article.published
                events.append(
                    {
                        "doc_id": article.doc_id,
                        "event_type": trigger.event_type,
                        "modality": "asserted",
                        "date_start": published - timedelta(days=7) if published else None,
                        "date_end": published,
                        "latitude": place.latitude if place else None,
                        "longitude": place.longitude if place else None,
                        "actor1": local.actors[0].name if local.actors else None,
                        "actor2": None,
                    }
                )
    return events


def _report(name: str, scores: Scores) -> None:
    p, r, f = scores.f1()
    right, asked = scores.right or {}, scores.asked or {}
    acc = "  ".join(f"{k} {right[k] / asked[k]:.2f}" if asked.get(k) else f"{k} -" for k in right)
    counts = f"{scores.system:>6} {scores.gold:>5} {scores.matched:>7}"
    print(f"{name:<12} {counts}   {p:.3f} {r:.3f} {f:.3f}   {acc}")


def _without(inputs: list[str], gold: Path) -> list[str]:
    """The inputs, a folder that holds the gold file read as its articles: its other
    files but its README (which quotes the articles: read as one more article, its
    events merged with theirs and took their place)."""
    out: list[str] = []
    for name in inputs:
        folder = Path(name)
        if folder.is_dir() and gold.resolve().parent == folder.resolve():
            out.extend(
                str(p)
                for p in sorted(folder.iterdir())
                if p.resolve() != gold.resolve() and not p.name.lower().startswith("readme")
            )
        else:
            out.append(name)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", default=str(ROOT / "bench" / "gold" / "events.jsonl"))
    parser.add_argument("--inputs", nargs="*", default=[str(ROOT / "examples")])
    parser.add_argument("--km", type=float, default=50.0)
    parser.add_argument("--errors", action="store_true", help="list misses and spurious events")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    golds = [
        json.loads(line)
        for line in Path(args.gold).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    inputs = _without(args.inputs, Path(args.gold))
    system_events = _system(inputs)
    ours, pairs = score(system_events, golds, args.km)
    peer, _ = score(_naive(inputs), golds, args.km)
    if args.json:
        print(
            json.dumps(
                {
                    name: dict(zip(("precision", "recall", "f1"), s.f1(), strict=True))
                    | {
                        "matched": s.matched,
                        "system": s.system,
                        "gold": s.gold,
                        "attributes": {
                            k: (s.right or {})[k] / v for k, v in (s.asked or {}).items() if v
                        },
                    }
                    for name, s in (("timeline", ours), ("naive peer", peer))
                },
                indent=1,
            )
        )
        return
    print(f"events of {len({g['doc'] for g in golds})} documents, places within {args.km:g} km")
    heading = f"{'system':<12} {'found':>6} {'gold':>5} {'matched':>7}   P     R     F1"
    print(f"{heading}      attribute accuracy over matched pairs")
    _report("timeline", ours)
    _report("naive peer", peer)
    if args.errors:
        matched_gold = {id(g) for _, g in pairs}
        matched_events = {id(e) for e, _ in pairs}
        for gold in golds:
            if id(gold) not in matched_gold:
                print(f"  missed   {gold['doc']}: {gold['event_type']} {gold.get('note', '')}")
        for event in system_events:
            if id(event) not in matched_events and event["doc_id"] in {g["doc"] for g in golds}:
                print(
                    f"  spurious {event['doc_id']}: {event['summary']} | {event['sentence'][:80]}"
                )
        for event, gold in pairs:
            wrong = [
                k
                for k in ("modality", "actor1", "actor2")
                if gold.get(k) and event.get(k) != gold[k]
            ]
            what = [f"{k}={event.get(k)!r} (gold {gold[k]!r})" for k in wrong]
            if gold.get("latitude") is not None:
                distance = _distance(event, gold)
                if distance is None or distance > args.km:
                    what.append(f"place={event.get('place_name')!r} (gold {gold.get('place')!r})")
            if gold.get("date_start") and not _attributes([(event, gold)], args.km)[0]["date"]:
                dates = (event.get("date_start"), event.get("date_end"))
                what.append(f"date={dates} (gold {(gold['date_start'], gold['date_end'])})")
            if what:
                print(f"  matched  {gold['doc']}: {gold['event_type']} wrong {', '.join(what)}")


if __name__ == "__main__":
    main()
