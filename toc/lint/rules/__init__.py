"""The catalogue of lint rules: one module per rule, listed here explicitly and in order."""

from __future__ import annotations

from toc.lint.rule import Rule
from toc.lint.rules import (
    aim_mismatch,
    caused_context,
    context_free_mechanism,
    context_free_theory,
    context_on_intervention,
    cost_only_intervention,
    counterfactual_zero,
    dead_end_intervention,
    disconnected_parts,
    duplicate_label,
    effect_without_polarity,
    efficiency_only,
    empty_group,
    implausible_target,
    implicit_link,
    indicator_without_baseline,
    linear_chain,
    logframe_staging,
    loop_kind_mismatch,
    miracle_leap,
    missing_counterfactual,
    missing_mechanism,
    no_assumptions,
    no_final_result,
    no_intervention,
    no_links,
    no_negative_effects,
    no_tracks,
    no_unintended_effects,
    numbers_only,
    orphan_node,
    outcome_without_indicator,
    participants_without_voice,
    single_pathway,
    single_perspective,
    single_point_of_failure,
    sole_attribution,
    stories_only,
    transitivity_trap,
    undeclared_loop,
    unexplained_start,
    unrated_critical_assumption,
    unreached_outcome,
    untested_critical_assumption,
    unused_declaration,
    weak_pathway,
)

RULES: tuple[Rule, ...] = (
    # structure
    orphan_node.RULE,
    dead_end_intervention.RULE,
    unreached_outcome.RULE,
    unused_declaration.RULE,
    undeclared_loop.RULE,
    loop_kind_mismatch.RULE,
    no_links.RULE,
    no_intervention.RULE,
    no_final_result.RULE,
    disconnected_parts.RULE,
    unexplained_start.RULE,
    duplicate_label.RULE,
    empty_group.RULE,
    # linear reasoning
    linear_chain.RULE,
    logframe_staging.RULE,
    miracle_leap.RULE,
    single_pathway.RULE,
    sole_attribution.RULE,
    transitivity_trap.RULE,
    single_point_of_failure.RULE,
    # what would have happened anyway
    missing_counterfactual.RULE,
    counterfactual_zero.RULE,
    # effects
    no_unintended_effects.RULE,
    no_negative_effects.RULE,
    effect_without_polarity.RULE,
    cost_only_intervention.RULE,
    aim_mismatch.RULE,
    # for whom, under which circumstances
    context_free_mechanism.RULE,
    context_free_theory.RULE,
    missing_mechanism.RULE,
    context_on_intervention.RULE,
    caused_context.RULE,
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
    indicator_without_baseline.RULE,
    implausible_target.RULE,
    no_assumptions.RULE,
    unrated_critical_assumption.RULE,
    weak_pathway.RULE,
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def find(name_or_code: str) -> Rule | None:
    """Return the rule with this name or code (codes in any case), or None."""
    return BY_NAME.get(name_or_code) or BY_CODE.get(name_or_code.upper())
