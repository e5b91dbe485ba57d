"""Plans printed in random combinations of the forms the reader reads (benchmarks/varied.py):
every planted defect is found at its line, and nothing else is reported. `make robust` runs
more plans and seeds, and their variants."""
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import varied  # noqa: E402


@pytest.mark.parametrize("seed", [1, 2])
def test_plans_in_combined_forms_give_their_planted_defects_and_nothing_else(tmp_path, seed):
    score = varied.run(40, seed, tmp_path)
    assert score.planted > 40
    assert (score.found, score.false) == (score.planted, 0), "\n".join(score.misread)
