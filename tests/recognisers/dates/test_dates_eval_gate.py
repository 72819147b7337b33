"""The CI gate of bench/eval_timebank.py: --record writes the figures, --check fails when
value F1 drops, and a machine without the corpora skips. Tiny corpora written here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

import eval_timebank  # noqa: E402

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2016-12-07" '
    'functionInDocument="CREATION_TIME">2016-12-07</TIMEX3></DCT>\n<TEXT>Convoys left the '
    'city on <TIMEX3 tid="t1" type="DATE" value="2016-12-06">Tuesday</TIMEX3> and returned '
    '<TIMEX3 tid="t2" type="DATE" value="2016-12-07">today</TIMEX3> after <TIMEX3 tid="t3" '
    'type="DURATION" value="P3D">three days</TIMEX3> of talks.</TEXT>\n</TimeML>\n'
)


@pytest.fixture
def corpora(tmp_path: Path) -> Path:
    for corpus in eval_timebank.CORPORA:
        (tmp_path / corpus).mkdir()
        (tmp_path / corpus / "doc1.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    code = eval_timebank.main(list(argv))
    return code, capsys.readouterr().out.strip().splitlines()


def test_eval_gate_record_then_check_passes(corpora, tmp_path, capsys):
    baseline = tmp_path / "baselines" / "timebank.json"
    code, _ = _run(capsys, "--data", str(corpora), "--record", "--baseline", str(baseline))
    assert code == 0
    figures = json.loads(baseline.read_text(encoding="utf-8"))
    assert figures["TimeBank"]["value_f1"] == 1.0 and "strict_f1" in figures["AQUAINT"]
    code, lines = _run(capsys, "--data", str(corpora), "--check", "--baseline", str(baseline))
    assert code == 0 and lines[0].startswith("ok: TimeBank value F1 1.0000")


def test_eval_gate_check_fails_with_one_line_below_the_baseline(corpora, tmp_path, capsys):
    baseline = tmp_path / "timebank.json"
    higher = {corpus: {"value_f1": 1.5} for corpus in eval_timebank.CORPORA}
    higher["AQUAINT"]["value_f1"] = 1.001  # within the tolerance
    baseline.write_text(json.dumps(higher), encoding="utf-8")
    code, lines = _run(capsys, "--data", str(corpora), "--check", "--baseline", str(baseline))
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith("FAIL: TimeBank value F1 1.0000")


def test_eval_gate_check_without_a_baseline_fails(corpora, tmp_path, capsys):
    missing = tmp_path / "none.json"
    code, lines = _run(capsys, "--data", str(corpora), "--check", "--baseline", str(missing))
    assert code == 1 and lines[0].startswith("FAIL: no usable baseline")


def test_eval_gate_skips_without_the_corpora(tmp_path, capsys):
    code, lines = _run(capsys, "--data", str(tmp_path / "absent"), "--check")
    assert code == 0 and lines[0].startswith("skipped:")
