"""Read the word lists of gazetteer/data into a Lexicon."""

from __future__ import annotations

from gazetteer._builder import RecordBuilder
from gazetteer._fold import fold, name_key, name_tokens
from gazetteer._sources import data_file, read_tsv
from gazetteer._store import Lexicon

__all__ = ["demonym_forms", "read_lexicon"]

_REGULAR_PLURAL_ENDINGS = ("an", "i", "er")


def _given_names() -> dict[str, int]:
    """Folded given name -> rank (0 most common): lines of name, tab, rank."""
    ranks: dict[str, int] = {}
    for _, row in read_tsv(data_file("given_names.txt")):
        rank = row[1] if len(row) > 1 else ""
        ranks.setdefault(fold(row[0].strip()), int(rank) if rank else 0)
    return ranks


def _surnames() -> dict[str, int]:
    """Folded surname -> rank (0 most common); the file lists one name a line by rank."""
    names = [row[0].strip() for _, row in read_tsv(data_file("surnames.txt"))]
    return {fold(n): rank for rank, n in enumerate(names)}


def demonym_forms(forms: list[str]) -> list[str]:
    """The listed forms plus regular plurals ("Iraqi" -> "Iraqis", "American" -> "Americans")."""
    out = list(forms)
    for form in forms:
        if form.endswith(_REGULAR_PLURAL_ENDINGS) and f"{form}s" not in out:
            out.append(f"{form}s")
    return out


def _demonyms(builder: RecordBuilder) -> tuple[dict[str, int], dict[str, int]]:
    """(compact form -> record id, first word of a multiword form -> word count)."""
    table: dict[str, int] = {}
    spans: dict[str, int] = {}
    for _, (code, forms) in read_tsv(data_file("demonyms.tsv")):
        cc, _, admin1 = code.partition(".")
        rid = builder.admin1_ids.get((cc, admin1)) if admin1 else builder.country_ids.get(cc)
        if rid is None:
            continue
        for form in demonym_forms(forms.split("|")):
            words = name_tokens(form)
            table.setdefault("".join(words), rid)
            if len(words) > 1:
                spans[words[0]] = max(spans.get(words[0], 0), len(words))
    return table, spans


def _abbreviations(builder: RecordBuilder) -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for _, (cc, code, kind, forms) in read_tsv(data_file("region_abbreviations.tsv")):
        rid = builder.admin1_ids.get((cc, code))
        if rid is not None:
            for form in forms.split("|"):
                table.setdefault(form, (kind, rid))
    return table


def _acronyms() -> frozenset[str]:
    names = [n for _, row in read_tsv(data_file("country_names.tsv")) for n in row[1].split("|")]
    return frozenset(name_key(n) for n in names if n.replace(".", "").isupper())


def read_lexicon(builder: RecordBuilder) -> Lexicon:
    """The Lexicon of the package word lists, tied to the builder's record ids."""
    common = {row[0]: float(row[1]) for _, row in read_tsv(data_file("common_words.tsv"))}
    demonyms, demonym_spans = _demonyms(builder)
    return Lexicon(
        given_names=_given_names(),
        surnames=_surnames(),
        common_words=common,
        demonyms=demonyms,
        demonym_spans=demonym_spans,
        abbreviations=_abbreviations(builder),
        acronyms=_acronyms(),
    )
