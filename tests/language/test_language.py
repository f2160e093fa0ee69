"""What the language means: links, chains, attributes, defaults, aliases, comments."""

from __future__ import annotations

from tests.conftest import codes, load_text

ENGLISH = '''
theory "Pocket money" { lang: en  version: "1" }
actor parents "Parents" { role: participant }
value dignity "Dignity"
intervention practice "Practising" { by: parents  serves: dignity }
intervention meetings "Meetings"
mechanism choosing "Choosing"
context trust "Trust" { kind: enabling }
assumption weekly "Weekly money" { risk: high  evidence: untested  source: "intake" }
outcome skills "Skills" {
  horizon: short  level: person  track: meaning  valued_by: parents
  indicator "Compares prices" { kind: story }
  indicator "Score" { kind: number  baseline: 2.1  target: 3 }
}
impact poverty "Less poverty" { horizon: long }
effect tension "Arguments" { unintended negative }
external school "School"
practice, meetings -> choosing -> skills { when: trust  assumes: weekly  evidence: weak }
skills -| poverty { loop: balancing  delay: long  label: "odd" }
counterfactual poverty { "Some would learn anyway." deadweight: 20%  attribution: 30  contributors: school }
'''

DUTCH = '''
theorie "Pocket money" { taal: en  versie: "1" }
actor parents "Parents" { rol: deelnemer }
waarde dignity "Dignity"
interventie practice "Practising" { door: parents  dient: dignity }
activiteit meetings "Meetings"
mechanisme choosing "Choosing"
context trust "Trust" { soort: bevorderend }
aanname weekly "Weekly money" { risico: hoog  bewijs: ongetoetst  bron: "intake" }
uitkomst skills "Skills" {
  termijn: kort  niveau: persoon  spoor: betekenisgeving  gewaardeerd_door: parents
  indicator "Compares prices" { soort: verhaal }
  indicator "Score" { soort: getal  nulmeting: 2.1  streefwaarde: 3 }
}
impact poverty "Less poverty" { termijn: lang }
effect tension "Arguments" { onbedoeld negatief }
extern school "School"
practice, meetings -> choosing -> skills { als: trust  veronderstelt: weekly  bewijs: zwak }
skills -| poverty { lus: balancerend  vertraging: lang  label: "odd" }
tegenfeitelijk poverty { "Some would learn anyway." sowieso: 20%  toerekening: 30  bijdragers: school }
'''


def test_dutch_keywords_build_the_same_model_as_english() -> None:
    english, dutch = load_text(ENGLISH), load_text(DUTCH)
    assert english.ok and dutch.ok, (english.diagnostics, dutch.diagnostics)
    assert english.theory == dutch.theory


def test_chains_and_fan_in_create_every_link_with_shared_attributes() -> None:
    theory = load_text(ENGLISH).theory
    pairs = [(link.source, link.target, link.polarity) for link in theory.links]
    assert pairs == [
        ("practice", "choosing", "increases"),
        ("meetings", "choosing", "increases"),
        ("choosing", "skills", "increases"),
        ("skills", "poverty", "reduces"),
    ]
    for link in theory.links[:3]:
        assert link.when == ["trust"] and link.assumes == ["weekly"] and link.evidence == "weak"
    last = theory.links[3]
    assert (last.loop, last.delay, last.label) == ("balancing", "long", "odd")


def test_defaults_of_results() -> None:
    theory = load_text(ENGLISH).theory
    skills, poverty, tension = (theory.node(i) for i in ("skills", "poverty", "tension"))
    assert (skills.intended, skills.positive) == (True, True)
    assert (poverty.intended, poverty.positive) == (True, True)
    # An effect has no default: the writer must say.
    bare = load_text('effect e "E"').theory.node("e")
    assert (bare.intended, bare.positive) == (None, None)
    assert (tension.intended, tension.positive) == (False, False)


def test_counterfactual_and_indicators() -> None:
    theory = load_text(ENGLISH).theory
    (counterfactual,) = theory.counterfactuals
    assert counterfactual.targets == ["poverty"]
    assert counterfactual.scenario == "Some would learn anyway."
    assert (counterfactual.deadweight, counterfactual.attribution) == (20.0, 30.0)
    assert counterfactual.contributors == ["school"]
    story, number = theory.node("skills").indicators
    assert story.kind == "story" and number.kind == "number"
    assert (number.baseline, number.target) == (2.1, 3.0)


def test_theory_level_counterfactual_has_no_targets() -> None:
    loaded = load_text('outcome a "A"\ncounterfactual { "Nothing much." drop_off: 10% }')
    assert loaded.ok
    assert loaded.theory.counterfactuals[0].targets == []
    assert loaded.theory.counterfactuals[0].drop_off == 10.0


def test_labels_keep_any_character_and_escapes() -> None:
    loaded = load_text(r'outcome a "Say \"hi\"\nnext line \\ <b>&{}</b> ünïcødé 🙂"')
    assert loaded.ok
    assert loaded.theory.node("a").label == 'Say "hi"\nnext line \\ <b>&{}</b> ünïcødé 🙂'


def test_unicode_ids() -> None:
    loaded = load_text('uitkomst zelfredzaamheid "Zelfredzaamheid"\n'
                       'uitkomst één "Eén"\nzelfredzaamheid -> één')
    assert loaded.ok
    assert [n.id for n in loaded.theory.nodes] == ["zelfredzaamheid", "één"]


def test_ids_may_equal_keywords() -> None:
    loaded = load_text('context context "A context"\noutcome impact "An outcome"\ncontext -> impact')
    assert loaded.ok, loaded.diagnostics
    assert loaded.theory.links[0].source == "context"


def test_comments_are_kept_with_positions() -> None:
    loaded = load_text('# first\noutcome a "A"  # second\n', "t.toc")
    comments = loaded.documents["t.toc"].comments
    assert [c.text for c in comments] == ["# first", "# second"]
    assert (comments[1].span.line, comments[1].span.column) == (2, 16)


def test_spans_are_one_based_and_point_at_declarations() -> None:
    theory = load_text('\n  outcome skills "Skills"').theory
    span = theory.node("skills").span
    assert (span.line, span.column, span.end_line) == (2, 3, 2)


def test_lang_setting_chooses_messages() -> None:
    text = 'theory "x" { lang: nl }\noutcome a "A" { horizon: soon }'
    assert "geen geldige waarde" in load_text(text).diagnostics[0].message
    assert "not a valid value" in load_text(text, lang="en").diagnostics[0].message


def test_dutch_header_keyword_means_dutch_messages() -> None:
    loaded = load_text('theorie "x"\nuitkomst a "A" { termijn: straks }')
    assert loaded.lang == "nl"
    assert "geen geldige waarde" in loaded.diagnostics[0].message


def test_several_problems_are_all_reported_in_order() -> None:
    loaded = load_text('outcome a "A" { horizon: x }\noutcome b "B" { level: y }\na -> c')
    assert codes(loaded) == ["E106", "E106", "E102"]
    lines = [d.span.line for d in loaded.diagnostics]
    assert lines == sorted(lines)


def test_a_broken_file_still_gives_a_partial_model() -> None:
    loaded = load_text('outcome a "A"\noutcome b "B" {\n  horizon: :\n}\noutcome c "C"\na -> c')
    assert not loaded.ok
    assert [n.id for n in loaded.theory.nodes] == ["a", "c"]
    assert len(loaded.theory.links) == 1


def test_message_language_comes_from_the_header_not_from_comments() -> None:
    from toc.api import detect_lang

    assert detect_lang('# we may add lang: nl later\ntheory "T" { lang: en }\n') == "en"
    assert detect_lang('theorie -> x\ntheory "T"\n') == "en"
    assert detect_lang('theorie "T" { # lang: en\n}\n') == "nl"
    assert detect_lang('theory "A {b}" {\n  version: "x}"\n  taal: nl }\n') == "nl"


def test_did_you_mean_is_budgeted_on_huge_broken_files() -> None:
    declared = "".join(f'outcome k{i} "K"\n' for i in range(3000))
    links = "".join(f"k{i} -> k{i}x\n" for i in range(300))
    messages = [d.message for d in load_text(declared + links).diagnostics]
    assert len(messages) == 300
    assert "did you mean" in messages[0]
    assert "did you mean" not in messages[-1]
