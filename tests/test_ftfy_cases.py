"""arsip's repair against ftfy's own test cases (tests/data/ftfy_cases.json): mojibake found
in the wild and made on purpose is fixed, clean look-alikes are left alone, lossy repairs
are refused, and ftfy's known failures stay marked as such."""

import json

import pytest

from arsip.ingest.mojibake import replay, repair_text

from .conftest import DATA

CASES = json.loads((DATA / "ftfy_cases.json").read_text(encoding="utf-8"))["cases"]


def _param(case):
    marks = [pytest.mark.xfail(strict=True, reason="ftfy's known failure")] if case["expect"] == "fail" else []
    return pytest.param(case, id=f"{case['set']}: {case['label']}", marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES if case.get("arsip") != "unrepairable"])
def test_ftfy_case(case):
    result = repair_text(case["original"])
    assert result.text == case["fixed"]
    for repair in result.repairs:
        assert replay(repair.before, repair.steps) == repair.after


@pytest.mark.parametrize("case", [_param(case) for case in CASES if case.get("arsip") == "unrepairable"])
def test_lossy_repairs_are_left_alone_and_reported(case):
    result = repair_text(case["original"])
    assert result.text.count("\ufffd") == case["original"].count("\ufffd")
    assert result.unrepairable and all("\ufffd" in damage.attempt for damage in result.unrepairable)


def test_the_data_covers_every_set():
    counts = {name: sum(1 for case in CASES if case["set"] == name) for name in ("in-the-wild", "synthetic", "negative", "known-failures")}
    assert counts == {"in-the-wild": 70, "synthetic": 30, "negative": 31, "known-failures": 10}
