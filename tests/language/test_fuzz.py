"""Property: whatever the input, checking gives diagnostics, never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLES, run_cli
from toc.api import load
from toc.report import format_text

SOUP = st.lists(
    st.one_of(
        st.sampled_from(list('abcé xyz_{}:,"\\->|#%.0123456789\n\t')),
        st.sampled_from(["theory ", "outcome ", "uitkomst ", "counterfactual ", "use ", "-> ", "-| ",
                         "when: ", "{ ", "} ", '"label" ', "indicator ", "unintended ", "20% "]),
        st.characters(),
    ),
    max_size=120,
).map("".join)
EXAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in EXAMPLES]
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def assert_only_diagnostics(text: str) -> None:
    loaded = load(text, "fuzz.toc")
    source = loaded.sources["fuzz.toc"]
    for diagnostic in loaded.diagnostics:
        assert diagnostic.message
        if diagnostic.span is not None:
            assert 1 <= diagnostic.span.line <= source.line_count
            assert diagnostic.span.column >= 1
        format_text(diagnostic, loaded.sources)


@SETTINGS
@given(SOUP)
def test_character_soup_gives_only_diagnostics(text: str) -> None:
    assert_only_diagnostics(text)


@st.composite
def mutated_example(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(EXAMPLE_TEXTS))
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 40)))
        operation = draw(st.sampled_from(["delete", "insert", "duplicate", "truncate"]))
        if operation == "delete":
            text = text[:start] + text[end:]
        elif operation == "insert":
            text = text[:start] + draw(SOUP) + text[start:]
        elif operation == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start]
    return text


@SETTINGS
@given(mutated_example())
def test_mutated_examples_give_only_diagnostics(text: str) -> None:
    assert_only_diagnostics(text)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200))
def test_byte_soup_through_the_cli_exits_0_or_2(tmp_path_factory, data: bytes) -> None:
    path = Path(tmp_path_factory.mktemp("soup")) / "soup.toc"
    path.write_bytes(data)
    result = run_cli("check", str(path))
    assert result.exit_code in (0, 2), result.stderr
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr
