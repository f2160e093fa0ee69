"""The catalogue of lint rules: one module per rule, listed here explicitly and in order."""

from __future__ import annotations

from toc.lint.rule import Rule
from toc.lint.rules import (
    context_free_mechanism,
    context_free_theory,
    counterfactual_zero,
    dead_end_intervention,
    effect_without_polarity,
    efficiency_only,
    implicit_link,
    linear_chain,
    logframe_staging,
    loop_kind_mismatch,
    miracle_leap,
    missing_counterfactual,
    missing_mechanism,
    no_negative_effects,
    no_tracks,
    no_unintended_effects,
    numbers_only,
    orphan_node,
    outcome_without_indicator,
    participants_without_voice,
    single_pathway,
    single_perspective,
    sole_attribution,
    stories_only,
    transitivity_trap,
    undeclared_loop,
    unreached_outcome,
    untested_critical_assumption,
    unused_declaration,
)

RULES: tuple[Rule, ...] = (
    # structure
    orphan_node.RULE,
    dead_end_intervention.RULE,
    unreached_outcome.RULE,
    unused_declaration.RULE,
    undeclared_loop.RULE,
    loop_kind_mismatch.RULE,
    # linear reasoning
    linear_chain.RULE,
    logframe_staging.RULE,
    miracle_leap.RULE,
    single_pathway.RULE,
    sole_attribution.RULE,
    transitivity_trap.RULE,
    # what would have happened anyway
    missing_counterfactual.RULE,
    counterfactual_zero.RULE,
    # effects
    no_unintended_effects.RULE,
    no_negative_effects.RULE,
    effect_without_polarity.RULE,
    # for whom, under which circumstances
    context_free_mechanism.RULE,
    context_free_theory.RULE,
    missing_mechanism.RULE,
    # whose goals
    single_perspective.RULE,
    participants_without_voice.RULE,
    # tracks of accountability
    efficiency_only.RULE,
    no_tracks.RULE,
    # evidence
    untested_critical_assumption.RULE,
    implicit_link.RULE,
    numbers_only.RULE,
    stories_only.RULE,
    outcome_without_indicator.RULE,
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def find(name_or_code: str) -> Rule | None:
    """Return the rule with this name or code (codes in any case), or None."""
    return BY_NAME.get(name_or_code) or BY_CODE.get(name_or_code.upper())
