"""Plan -> flat facts: what the document says and what was computed from it (sums over children,
parsed formulas, polarity, counts), never whether it is wrong: the rules decide that.

A fact is a small dict: `type`, `fact_id`, `subject`, `location` (where a finding points),
`expected` / `actual` / `difference` when there are figures, and the fields its rules read
(rules/README.md lists them). Places and lists a message names stay structured (locations,
lists of figures); the report writes them in the reader's language.
Every field a rule reads is always present and never None, because durable cannot compare a
missing field either way and the fact would get no verdict.

The builder is one class assembled from parts, one module each: `programs` (program tables and
their indicators), `realisation`, `consistency` and `document`; `common` holds what they share.
"""
from __future__ import annotations

from ..models import PlanBase
from ..rulebook import Profile
from .consistency import ConsistencyFacts
from .document import DocumentFacts
from .programs import ProgramFacts
from .realisation import RealisationFacts


class FactBuilder(ProgramFacts, RealisationFacts, ConsistencyFacts, DocumentFacts):
    """Builds the facts of one plan; `build()` returns them in a list."""

    def build(self) -> list[dict]:
        for table in self.plan.tables:
            self._table(table)
        for goal in self.plan.goals:
            # A goal row of a published program table has no unit column: its unit comes with its figures.
            needs_unit = not goal.table or self._unit_expected(goal.indicator)
            self._indicator(goal.indicator, goal.statement, goal.level, periods=None, doc_required=True,
                            has_akhir=goal.indicator.target_akhir is not None, needs_unit=needs_unit,
                            statement=goal.statement)
        for realisation in self.plan.realisations:
            self._realisation(realisation)
        self._consistency()
        self._program_budgets()
        self._visi()
        self._plan_year()
        self._signature_dates()
        self._quarterly_levels()
        self._indicator_rows()
        self._table_years()
        self._counts()
        self._column_totals()
        self._row_counts()
        self._chapters()
        self._risks()
        return self.facts


def build_facts(plan: PlanBase, profile: Profile) -> list[dict]:
    """All facts of one plan."""
    return FactBuilder(plan, profile).build()
