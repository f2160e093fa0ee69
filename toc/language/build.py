"""Syntax tree to model: keywords, attributes, name resolution and reference errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import ValidationError

from toc import i18n
from toc.language.codes import problem
from toc.language.diagnostics import Diagnostic, Related
from toc.language.suggest import Budget, offer, suggest
from toc.language.syntax import (
    Attributes,
    Block,
    Declaration,
    Document,
    FlagItem,
    Header,
    Item,
    LinkStatement,
    Name,
    Nested,
    Pair,
    Statement,
    TextItem,
    Value,
)
from toc.language.vocabulary import (
    ASSUMES,
    COUNTERFACTUAL,
    COUNTERFACTUAL_ATTRIBUTES,
    COUNTERFACTUAL_TARGET_KINDS,
    ENUMS,
    GROUP,
    GROUP_ATTRIBUTES,
    INDICATOR,
    INDICATOR_ATTRIBUTES,
    LINK_ATTRIBUTES,
    NODE_ATTRIBUTES,
    NODE_KIND_BY_WORD,
    NODE_WORDS,
    PERCENT_UNITS,
    RESULT_FLAGS,
    THEORY,
    THEORY_ATTRIBUTES,
    UNKNOWN,
    USE,
    Attribute,
    Flag,
    ValueType,
    Word,
    all_keywords,
    attribute_index,
    enum_value,
    flag_index,
)
from toc.model import Counterfactual, Group, Indicator, Link, Located, Node, Theory
from toc.model.kinds import CONDITION_KINDS, INDICATOR_KINDS, LINKABLE_KINDS, RESULT_KINDS, NodeKind
from toc.model.span import Span, join

# Resolves `use "path"` from a document: returns the parsed document, or an
# error code (E201 missing, E203 unreadable, E204 outside the project, E205 not
# a theory) with a reason.
IncludeLoader = Callable[[str, str], "Document | tuple[str, str]"]
Part = TypeVar("Part", bound=Located)
Spelt = TypeVar("Spelt")

# The kind a node most likely has at the start, in the middle and at the end of a chain
# of links (what works, through which mechanism, towards which result).
_CHAIN_KINDS = (NodeKind.INTERVENTION, NodeKind.MECHANISM, NodeKind.OUTCOME)


@dataclass
class _Declared:
    kind: NodeKind | None  # None: a group
    word: Name
    statement: Declaration

    @property
    def is_group(self) -> bool:
        return self.kind is None


@dataclass
class _State:
    lang: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    declared: dict[str, _Declared] = field(default_factory=dict)
    unparsed_ids: set[str] = field(default_factory=set)
    glued: set[tuple[str, int]] = field(default_factory=set)
    # "Did you mean" for every unknown word of one build shares one budget.
    budget: Budget = field(default_factory=Budget)
    ids_by_kinds: dict[tuple[NodeKind, ...], list[str]] = field(default_factory=dict)


class Builder:
    """Builds one Theory from a main document and the documents it includes.

    It checks every value itself, with messages for people, and then makes the
    model's parts as trusted (`Located.trusted`); with `validate`, pydantic checks
    them once more, which the tests use to hold the two ways to the same model.
    """

    def __init__(self, lang: str = "en", loader: IncludeLoader | None = None, *,
                 validate: bool = False) -> None:
        self.state = _State(lang)
        self.loader = loader
        self.validate = validate

    # messages -------------------------------------------------------------------
    def t(self, key: str, **values: Any) -> str:
        return i18n.text(key, self.state.lang, **values)

    def error(self, code: str, span: Span | None, message: str, hint: str | None = None,
              related: tuple[Related, ...] = (), *, suggestion: str | None = None,
              expects: tuple[NodeKind, ...] = ()) -> None:
        self.state.diagnostics.append(problem(code, message, span, hint, related=related,
                                              suggestion=suggestion, expects=expects))

    def spell(self, word: Word) -> str:
        return word.nl if self.state.lang == "nl" else word.en

    def kind_name(self, kind: NodeKind, article: bool = False) -> str:
        return self.t(("a.kind." if article else "kind.") + kind.value)

    def either(self, kinds: tuple[NodeKind, ...]) -> str:
        """'a context, an outcome or an effect': the kinds an attribute accepts."""
        names = [self.kind_name(kind, article=True) for kind in kinds]
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + f" {self.t('word.or')} {names[-1]}"

    def with_suggestion(self, message: str, word: str, candidates: Iterable[str]) -> tuple[str, str | None]:
        """The message with its "did you mean", and the word it suggests (kept for quick fixes)."""
        guess = suggest(word, candidates, self.state.budget)
        return offer(message, guess, self.state.lang), guess

    # the whole build ------------------------------------------------------------
    def build(self, document: Document) -> tuple[Theory, list[Diagnostic]]:
        statements, files = self.gather(document)
        groups_words = GROUP.spellings
        for statement in statements:
            # A misspelt keyword, or `outcome skills { ... }` without its label, is
            # reported once; its id is not reported again as unknown wherever it is used.
            if isinstance(statement, Declaration):
                self.declare(statement)
                if statement.keyword.text not in NODE_KIND_BY_WORD \
                        and statement.keyword.text not in groups_words:
                    self.state.unparsed_ids.add(statement.id.text)
            elif isinstance(statement, Block) and statement.keyword.text in NODE_KIND_BY_WORD:
                self.state.unparsed_ids.update(w.text for w in statement.targets)
        theory_fields: dict[str, Any] = {}
        nodes: list[Node] = []
        links: list[Link] = []
        counterfactuals: list[Counterfactual] = []
        groups: list[Group] = []
        header: Header | None = None
        for statement in statements:
            if isinstance(statement, LinkStatement):
                links.extend(self.links(statement))
            elif isinstance(statement, Declaration) and statement.keyword.text in groups_words:
                group = self.group(statement)
                if group is not None:
                    groups.append(group)
            elif isinstance(statement, Declaration):
                node = self.node(statement)
                if node is not None:
                    nodes.append(node)
            elif isinstance(statement, Block):
                counterfactual = self.counterfactual(statement)
                if counterfactual is not None:
                    counterfactuals.append(counterfactual)
            elif isinstance(statement, Header) and statement.keyword.text in THEORY.spellings:
                if statement.span.file != document.path:
                    self.error("E120", statement.span, self.t("E120"))
                elif header is not None:
                    self.error("E114", statement.keyword.span, self.t("E114"),
                               related=(Related(header.span, self.t("E114.related")),))
                else:
                    header = statement
                    theory_fields = self.header(statement)
        groups = self.check_groups(groups)
        theory_fields.update(
            nodes=nodes, links=links, counterfactuals=counterfactuals, groups=groups,
            files=files, head=join(header.keyword.span, header.label.span) if header else None)
        theory = self.make(Theory, header.span if header else None, theory_fields)
        if theory is None:  # a bug in the builder, reported as an error: keep what is sure
            theory = Theory(files=files)
        return theory, self.state.diagnostics

    # includes ---------------------------------------------------------------------
    def gather(self, document: Document) -> tuple[list[Statement], list[str]]:
        """Inline every `use` in place, each file once, reporting cycles and missing files."""
        statements: list[Statement] = []
        files: list[str] = []
        loaded: set[str] = set()

        def visit(doc: Document, stack: list[str]) -> None:
            loaded.add(doc.path)
            files.append(doc.path)
            self.state.diagnostics.extend(doc.diagnostics)
            self.state.unparsed_ids |= doc.unparsed_ids
            self.state.glued |= {(doc.path, offset) for offset in doc.glued}
            for statement in doc.statements:
                if isinstance(statement, Header) and statement.keyword.text in USE.spellings:
                    self.include(statement, doc, stack, loaded, visit)
                elif isinstance(statement, Header) and statement.keyword.text not in THEORY.spellings:
                    self.bad_header(statement)
                else:
                    statements.append(statement)

        visit(document, [document.path])
        # `visit` calls itself through its closure, a cycle that would keep this builder
        # alive until the garbage collector came by: break it.
        visit = _spent
        return statements, files

    def include(self, statement: Header, doc: Document, stack: list[str],
                loaded: set[str], visit: Callable[[Document, list[str]], None]) -> None:
        if statement.attributes is not None:
            self.error("E113", statement.attributes.span, self.t(
                "E113", keyword=statement.keyword.text,
                problem=self.t("E113.header", example=f'{statement.keyword.text} "common.toc"')))
        if self.loader is None:
            self.error("E201", statement.label.span, self.t("E201", path=statement.label.text),
                       self.t("E201.hint"))
            return
        loaded_doc = self.loader(doc.path, statement.label.text)
        if isinstance(loaded_doc, tuple):
            code, reason = loaded_doc
            message = self.t(code, path=statement.label.text, reason=reason)
            hint = self.t(f"{code}.hint") if i18n.has(f"{code}.hint") else None
            self.error(code, statement.label.span, message, hint)
            return
        if loaded_doc.path in stack:
            chain = " -> ".join([*stack[stack.index(loaded_doc.path):], loaded_doc.path])
            self.error("E202", statement.label.span, self.t("E202", path=statement.label.text,
                                                            chain=chain), self.t("E202.hint"))
            return
        if loaded_doc.path in loaded:
            return  # already included elsewhere: each file counts once
        visit(loaded_doc, [*stack, loaded_doc.path])

    def bad_header(self, statement: Header) -> None:
        keyword = statement.keyword.text
        if keyword in NODE_KIND_BY_WORD:
            self.error("E113", statement.span, self.t(
                "E113", keyword=keyword, problem=self.t("E113.label",
                                                        example=f'{keyword} my_id {statement.label.raw}')))
        else:
            self.unknown_keyword(statement.keyword)

    def unknown_keyword(self, word: Name) -> None:
        if (word.span.file, word.span.start) in self.state.glued:
            return  # the quote inside a text before it is the problem, reported already
        message, guess = self.with_suggestion(self.t("E101", word=word.text), word.text, all_keywords())
        if guess is not None:
            # The correction says it all; a list of other keywords would only distract from it.
            self.error("E101", word.span, message, suggestion=guess)
            return
        examples = ", ".join(f"'{w}'" for w in (
            [NODE_WORDS[NodeKind.OUTCOME].nl, NODE_WORDS[NodeKind.CONTEXT].nl, "aanname"]
            if self.state.lang == "nl" else ["outcome", "context", "assumption"]))
        self.error("E101", word.span, message, self.t("E101.hint", examples=examples))

    # declarations -----------------------------------------------------------------
    def declare(self, statement: Declaration) -> None:
        kind = NODE_KIND_BY_WORD.get(statement.keyword.text)
        if kind is None and statement.keyword.text not in GROUP.spellings:
            return  # reported when the node itself is built
        node_id = statement.id.text
        previous = self.state.declared.get(node_id)
        if previous is not None:
            self.error("E103", statement.id.span, self.t("E103", name=node_id),
                       self.t("E103.hint"),
                       related=(Related(previous.word.span, self.t("E103.related")),))
            return
        self.state.declared[node_id] = _Declared(kind, statement.id, statement)

    def node(self, statement: Declaration) -> Node | None:
        keyword = statement.keyword.text
        kind = NODE_KIND_BY_WORD.get(keyword)
        if kind is None:
            if keyword in (*THEORY.spellings, *USE.spellings, *COUNTERFACTUAL.spellings):
                self.error("E113", statement.id.span, self.t(
                    "E113", keyword=keyword, problem=self.t(
                        "E113.header", example=f'{keyword} {statement.label.raw}')))
            else:
                self.unknown_keyword(statement.keyword)
            return None
        if not self.first_declaration(statement):
            return None  # a duplicate, already reported
        label = self.label(statement)
        flags = RESULT_FLAGS if kind in RESULT_KINDS else ()
        values = self.attributes(statement.attributes, NODE_ATTRIBUTES[kind], flags,
                                 lambda: self.t("where.node", kind=self.kind_name(kind, article=True)),
                                 indicators_here=kind in INDICATOR_KINDS)
        if kind in (NodeKind.OUTCOME, NodeKind.IMPACT):
            values.setdefault("intended", True)
            values.setdefault("positive", True)
        values.update(id=statement.id.text, kind=kind, label=label,
                      head=join(statement.keyword.span, statement.label.span))
        return self.make(Node, statement.span, values)

    def first_declaration(self, statement: Declaration) -> bool:
        declared = self.state.declared.get(statement.id.text)
        return declared is not None and declared.statement is statement

    def label(self, statement: Declaration) -> str:
        """The label of a declaration; an empty one is reported and replaced by the id."""
        if statement.label.text.strip():
            return statement.label.text
        self.error("E108", statement.label.span, self.t("E108"), self.t("E108.hint"))
        return statement.id.text

    # groups -------------------------------------------------------------------------
    def group(self, statement: Declaration) -> Group | None:
        if not self.first_declaration(statement):
            return None
        label = self.label(statement)
        values = self.attributes(statement.attributes, GROUP_ATTRIBUTES, (),
                                 lambda: self.t("where.group"))
        values.update(id=statement.id.text, label=label,
                      head=join(statement.keyword.span, statement.label.span))
        return self.make(Group, statement.span, values)

    def check_groups(self, groups: list[Group]) -> list[Group]:
        """Each element or group in one group at most, and no group inside itself: report, then drop."""
        parent: dict[str, Group] = {}
        for group in groups:
            kept = []
            for member in group.members:
                first = parent.get(member)
                if first is not None:
                    span = self.member_span(group, member)
                    self.error("E125", span, self.t("E125", name=member, first=first.label,
                                                    second=group.label),
                               self.t("E125.hint"),
                               related=(Related(self.member_span(first, member) or first.span,
                                                self.t("E125.related")),) if first.span else ())
                    continue
                parent[member] = group
                kept.append(member)
            group.members = kept
        by_id = {group.id: group for group in groups}
        for group in groups:
            seen, current = {group.id}, group.id
            while current in parent:
                current = parent[current].id
                if current in seen:
                    self.error("E126", group.head or group.span, self.t("E126", name=group.id),
                               self.t("E126.hint"))
                    outer = parent[group.id]
                    outer.members = [m for m in outer.members if m != group.id]
                    del parent[group.id]
                    break
                seen.add(current)
        return list(by_id.values())

    def member_span(self, group: Group, member: str) -> Span | None:
        declared = self.state.declared.get(group.id)
        attributes = declared.statement.attributes if declared else None
        for item in attributes.items if attributes else ():
            if isinstance(item, Pair):
                for value in item.values:
                    if value.text == member:
                        return value.span
        return group.span

    def make(self, model: type[Part], span: Span | None, values: dict[str, Any]) -> Part | None:
        """Construct a model part from checked values (which it takes over).

        Validating is for the tests; a validation error then is a bug, but is reported, not raised.
        """
        values["span"] = span
        if not self.validate:
            return model.trusted(values)
        try:
            return model(**values)
        except ValidationError as problem:
            self.error("E112", span, str(problem.errors()[0]["msg"]))
            return None

    # attributes -------------------------------------------------------------------
    def attributes(self, attributes: Attributes | None, specs: tuple[Attribute, ...],
                   flags: tuple[Flag, ...], describe: Callable[[], str], *,
                   indicators_here: bool = False, allow_text: bool = False) -> dict[str, Any]:
        """Read a braced attribute list; `describe` names the statement, for messages only."""
        values: dict[str, Any] = {}
        if attributes is None:
            return values
        by_spelling = _spellings(specs, attribute_index)
        flag_by_spelling = _spellings(flags, flag_index)
        given: dict[str, Name] = {}
        flags_given: dict[str, Name] = {}
        texts: list[str] = []
        indicators: list[Indicator] = []
        previous_item: Item | None = None
        for item in attributes.items:
            if isinstance(item, Pair):
                spec = by_spelling.get(item.key.text)
                if spec is None:
                    self.unknown_attribute(item.key, specs, flags, describe())
                elif spec.field in given:
                    self.error("E110", item.key.span, self.t("E110", attribute=item.key.text),
                               self.t("E110.hint"))
                else:
                    given[spec.field] = item.key
                    value = self.attribute_value(spec, item)
                    if isinstance(value, _Text):
                        values[value.field] = value.text
                    elif isinstance(value, _Percent):
                        values[spec.field] = value.value
                        values[f"{spec.field}%"] = True  # read by percent_unit
                    elif value is not None:
                        values[spec.field] = value
            elif isinstance(item, FlagItem):
                self.flag(item, flag_by_spelling, flags_given, values, describe, previous_item)
            elif isinstance(item, TextItem):
                if allow_text:
                    texts.append(item.value.text)
                else:
                    # Name the attributes this place has for a text, with the text itself.
                    named = [f"{self.spell(spec.word)}: {item.value.raw}" for spec in specs
                             if spec.type is ValueType.TEXT]
                    self.error("E121", item.span, self.t("E121"),
                               self.t("E121.hint", examples=f" {self.t('word.or')} ".join(named))
                               if named else None)
            elif isinstance(item, Nested) and any(item.keyword.text in spec.word.spellings for spec in specs):
                # `description "..."`: an attribute whose ':' is missing, not an unknown keyword.
                example = f"{item.keyword.text}: {item.label.raw}"
                self.error("E101", item.keyword.span, self.t("E101.attribute", word=item.keyword.text),
                           self.t("E101.hint.attribute", example=example))
            elif isinstance(item, Nested):
                indicator = self.nested(item, indicators_here, describe)
                if indicator is not None:
                    indicators.append(indicator)
            previous_item = item
        if texts:
            values["scenario"] = " ".join(texts)
        if indicators:
            values["indicators"] = indicators
        if "baseline" in given or "target" in given:
            self.percent_unit(values, given)
        return values

    def percent_unit(self, values: dict[str, Any], given: dict[str, Name]) -> None:
        """A `%` on a baseline or target means percent: another unit beside it is a contradiction."""
        percent = [name for name in ("baseline", "target") if values.pop(f"{name}%", False)]
        if not percent:
            return
        unit = values.get("unit")
        if unit is None:
            values["unit"] = "%"
        elif unit.strip().lower() not in PERCENT_UNITS:
            word = given[percent[0]]
            self.error("E123", word.span, self.t("E123", attribute=word.text, unit=unit),
                       self.t("E123.hint"))

    def unknown_attribute(self, key: Name, specs: tuple[Attribute, ...], flags: tuple[Flag, ...],
                          where: str) -> None:
        spellings = [s for a in specs for s in a.word.spellings]
        allowed = [self.spell(a.word) for a in specs] + [self.spell(f.word) for f in flags]
        message, guess = self.with_suggestion(self.t("E105", name=key.text, where=where), key.text,
                                              spellings + [s for f in flags for s in f.word.spellings])
        hint = self.t("E105.hint", allowed=", ".join(allowed) or "-")
        if key.text in ASSUMES.word.spellings:
            hint = self.t("E105.hint.assumes")
        self.error("E105", key.span, message, hint, suggestion=guess)

    def flag(self, item: FlagItem, flag_by_spelling: dict[str, Flag], flags_given: dict[str, Name],
             values: dict[str, Any], describe: Callable[[], str], previous_item: Item | None) -> None:
        word = item.word
        flag = flag_by_spelling.get(word.text)
        if flag is None:
            hint = None
            if isinstance(previous_item, Pair) and (word.text in self.state.declared
                                                    or len(previous_item.values) >= 1
                                                    and previous_item.values[-1].type == "name"):
                hint = self.t("E116.missing_comma", name=word.text)
            message, guess = self.with_suggestion(self.t("E116", name=word.text, where=describe()),
                                                  word.text, list(flag_by_spelling))
            self.error("E116", word.span, message, hint, suggestion=guess)
            return
        earlier = flags_given.get(flag.field)
        if earlier is not None and values.get(flag.field) != flag.value:
            self.error("E111", word.span, self.t("E111", first=earlier.text, second=word.text))
            return
        flags_given[flag.field] = word
        values[flag.field] = flag.value

    def attribute_value(self, spec: Attribute, pair: Pair
                        ) -> list[str] | str | float | _Percent | _Text | None:
        name = pair.key.text
        if spec.type is ValueType.REFS:
            return self.references(pair.values, spec.ref_kinds, name)
        if spec.type is ValueType.MEMBERS:
            return self.members(pair.values, name)
        if len(pair.values) > 1:
            self.error("E112", pair.values[1].span, self.t(
                "E112", attribute=name, expected=self.t("build.one_value"),
                found=", ".join(v.raw for v in pair.values)))
            return None
        value = pair.values[0]
        if spec.type is ValueType.TEXT:
            return value.text
        if spec.type is ValueType.ENUM:
            return self.enum(spec, value, name)
        if spec.type is ValueType.NUMBER:
            if value.type != "number" or value.raw.endswith("%"):
                self.error("E118", value.span, self.t("E118", attribute=name, value=value.raw))
                return None
            return float(value.raw)
        if spec.type is ValueType.MEASURE:
            return self.measure(value, name)
        if spec.type is ValueType.PERCENT_OR_TEXT and value.type == "string":
            assert spec.text_field is not None
            return _Text(spec.text_field, value.text)
        return self.percentage(value, name)

    def measure(self, value: Value, name: str) -> float | str | _Percent | None:
        """An indicator's baseline or target: a number, a percentage or `unknown`."""
        if value.type == "name" and value.text in UNKNOWN.spellings:
            return "unknown"
        if value.type != "number":
            self.error("E118", value.span, self.t("E118.measure", attribute=name, value=value.raw),
                       self.t("E118.measure.hint", unknown=self.spell(UNKNOWN)))
            return None
        if value.raw.endswith("%"):
            return _Percent(float(value.raw[:-1]))
        return float(value.raw)

    def enum(self, spec: Attribute, value: Value, name: str) -> str | None:
        assert spec.enum is not None
        canonical = enum_value(spec.enum, value.text)
        if canonical is not None:
            return canonical
        words = ENUMS[spec.enum].values()
        allowed = ", ".join(self.spell(w) for w in words)
        message, guess = self.with_suggestion(self.t("E106", value=value.raw, attribute=name), value.text,
                                              [s for w in words for s in w.spellings])
        self.error("E106", value.span, message, self.t("E106.hint", allowed=allowed), suggestion=guess)
        return None

    def percentage(self, value: Value, name: str) -> float | None:
        number: float | None = None
        # The range is checked on the number as written: 100.00000000000000000001 is
        # over 100, though as a float it rounds to 100.0.
        exact = Decimal(value.raw.rstrip("%")) if value.type == "number" else None
        if exact is not None and 0 <= exact <= 100:
            number = float(exact)
        if number is None:
            self.error("E107", value.span, self.t("E107", attribute=name, value=value.raw))
            return None
        if not value.raw.endswith("%") and 0 < number < 1:
            # 0.3 is almost always a fraction meant as 30%, not 0.3%.
            percent = f"{number * 100:g}%"
            self.error("E124", value.span, self.t("E124", attribute=name, value=value.raw),
                       self.t("E124.hint", percent=percent), suggestion=percent)
            return None
        return number

    def references(self, values: tuple[Value, ...], kinds: tuple[NodeKind, ...],
                   name: str) -> list[str]:
        resolved: list[str] = []
        for value in values:
            if value.type != "name":
                self.error("E112", value.span, self.t(
                    "E112", attribute=name, expected=self.t("token.NAME"), found=value.raw))
                continue
            if self.resolve(value.text, value.span, kinds, name):
                resolved.append(value.text)
        return resolved

    def members(self, values: tuple[Value, ...], name: str) -> list[str]:
        """A group's members: declared elements of any kind, or other groups (each once)."""
        found: list[str] = []
        for value in values:
            if value.text in found:
                continue  # named twice in one group: it is in the group once
            if value.type != "name":
                self.error("E112", value.span, self.t(
                    "E112", attribute=name, expected=self.t("token.NAME"), found=value.raw))
            elif value.text not in self.state.declared:
                if value.text not in self.state.unparsed_ids:
                    self.unknown_node(value.text, value.span, ())
            else:
                found.append(value.text)
        return found

    def resolve(self, node_id: str, span: Span, kinds: tuple[NodeKind, ...], attribute: str) -> bool:
        """Check that an id names a declared node of one of the kinds; report if not."""
        declared = self.state.declared.get(node_id)
        if declared is None:
            if node_id not in self.state.unparsed_ids:
                self.unknown_node(node_id, span, kinds)
            return False
        if declared.kind is None:
            expected = self.either(kinds)
            self.error("E104", span, self.t(
                "E104", name=node_id, actual=self.t("a.group"), attribute=f"'{attribute}'",
                expected=expected), self.t("E104.hint.group"))
            return False
        if declared.kind not in kinds:
            expected = self.either(kinds)
            # A context under `assumes:` or an assumption under `when:` is a mix-up
            # with a clear fix: name the attribute that takes it.
            better = {NodeKind.CONTEXT: "E104.hint.when",
                      NodeKind.ASSUMPTION: "E104.hint.assumes"}.get(declared.kind)
            hint = self.t(better) if better and kinds in (CONDITION_KINDS,
                                                          (NodeKind.ASSUMPTION,)) else None
            self.error("E104", span, self.t(
                "E104", name=node_id, actual=self.kind_name(declared.kind, article=True),
                attribute=f"'{attribute}'", expected=expected), hint)
            return False
        return True

    def unknown_node(self, node_id: str, span: Span, kinds: tuple[NodeKind, ...],
                     likely: NodeKind | None = None) -> None:
        """Report an undeclared id: the nearest declared one if any, else how to declare it."""
        candidates = self.state.ids_by_kinds.get(kinds)
        if candidates is None:
            candidates = [i for i, d in self.state.declared.items() if d.kind in kinds or not kinds]
            self.state.ids_by_kinds[kinds] = candidates
        message, guess = self.with_suggestion(self.t("E102", name=node_id), node_id,
                                              candidates or self.state.declared)
        if guess is not None:
            # Most likely a slip of the keyboard: declaring the misspelt name would be the wrong fix.
            self.error("E102", span, message, suggestion=guess, expects=kinds or tuple(NodeKind))
            return
        # The example declares the kind the place takes: a context for `when:`, an
        # intervention at the start of a chain.
        if likely is None:
            likely = kinds[0] if len(kinds) == 1 or kinds[:1] == (NodeKind.CONTEXT,) else NodeKind.OUTCOME
        keyword = self.spell(NODE_WORDS[likely])
        self.error("E102", span, message, self.t("E102.hint", example=f'{keyword} {node_id} "..."'),
                   expects=kinds or tuple(NodeKind))

    def nested(self, item: Nested, allowed: bool, describe: Callable[[], str]) -> Indicator | None:
        if item.keyword.text not in INDICATOR.spellings:
            if item.keyword.text in NODE_KIND_BY_WORD or not allowed:
                self.error("E113", item.keyword.span, self.t(
                    "E113", keyword=item.keyword.text, problem=self.t("E113.nested", where=describe())))
            else:
                message, guess = self.with_suggestion(self.t("E101", word=item.keyword.text),
                                                      item.keyword.text, INDICATOR.spellings)
                self.error("E101", item.keyword.span, message, suggestion=guess)
            return None
        if not allowed:
            self.error("E113", item.keyword.span, self.t(
                "E113", keyword=item.keyword.text, problem=self.t("E113.nested", where=describe())),
                self.t("E113.hint.indicator", kinds=", ".join(
                    self.kind_name(kind, article=True) for kind in INDICATOR_KINDS)))
            return None
        if not item.label.text.strip():
            self.error("E108", item.label.span, self.t("E108"), self.t("E108.hint"))
            return None
        values = self.attributes(item.attributes, INDICATOR_ATTRIBUTES, (),
                                 lambda: self.t("where.indicator"))
        values["label"] = item.label.text
        return self.make(Indicator, item.span, values)

    # links --------------------------------------------------------------------------
    def links(self, statement: LinkStatement) -> list[Link]:
        values = self.attributes(statement.attributes, LINK_ATTRIBUTES, (),
                                 lambda: self.t("where.link")) if statement.attributes else {}
        if "source" in values:
            values["citation"] = values.pop("source")
        last = len(statement.groups) - 1
        ends_ok = {w.text: self.endpoint(w, _CHAIN_KINDS[min(place, 1) if place < last else 2])
                   for place, group in enumerate(statement.groups) for w in group}
        links: list[Link] = []
        steps = zip(statement.arrows, statement.groups[:-1], statement.groups[1:], strict=True)
        for arrow, sources, targets in steps:
            polarity = "reduces" if arrow.text == "-|" else "increases"
            for source in sources:
                for target in targets:
                    if source.text == target.text:
                        self.error("E109", target.span, self.t("E109", name=target.text),
                                   self.t("E109.hint"))
                        continue
                    if not (ends_ok[source.text] and ends_ok[target.text]):
                        continue
                    fields: dict[str, Any] = {"source": source.text, "target": target.text,
                                              "polarity": polarity}
                    if values:  # each link its own lists: one statement's links do not share them
                        fields.update({k: list(v) if isinstance(v, list) else v for k, v in values.items()})
                    link = self.make(Link, join(source.span, target.span), fields)
                    if link is not None:
                        links.append(link)
        return links

    def endpoint(self, word: Name, likely: NodeKind) -> bool:
        """Check one end of a link; `likely` is the kind its place in the chain suggests, for examples."""
        declared = self.state.declared.get(word.text)
        if declared is None:
            if word.text not in self.state.unparsed_ids:
                self.unknown_node(word.text, word.span, LINKABLE_KINDS, likely)
            return False
        if declared.kind is None:
            self.error("E115", word.span, self.t("E115", actual=self.t("a.group")),
                       self.t("E115.group"))
            return False
        if declared.kind not in LINKABLE_KINDS:
            advice_key = f"E115.{declared.kind.value}"
            self.error("E115", word.span,
                       self.t("E115", actual=self.kind_name(declared.kind, article=True)),
                       self.t(advice_key) if i18n.has(advice_key) else None)
            return False
        return True

    # counterfactuals and header -----------------------------------------------------
    def counterfactual(self, statement: Block) -> Counterfactual | None:
        keyword = statement.keyword.text
        if keyword not in COUNTERFACTUAL.spellings:
            if keyword in NODE_KIND_BY_WORD:
                example = f'{keyword} {statement.targets[0].text if statement.targets else "my_id"} "..."'
                self.error("E113", statement.keyword.span, self.t(
                    "E113", keyword=keyword, problem=self.t("E113.label", example=example)))
            elif keyword in THEORY.spellings or keyword in USE.spellings:
                self.error("E113", statement.keyword.span, self.t(
                    "E113", keyword=keyword, problem=self.t("E113.header", example=f'{keyword} "..."')))
            else:
                self.unknown_keyword(statement.keyword)
            return None
        targets: list[str] = []
        for word in statement.targets:
            declared = self.state.declared.get(word.text)
            if declared is None:
                if word.text not in self.state.unparsed_ids:
                    self.unknown_node(word.text, word.span, COUNTERFACTUAL_TARGET_KINDS)
            elif declared.kind not in COUNTERFACTUAL_TARGET_KINDS:
                actual = self.t("a.group") if declared.kind is None else self.kind_name(
                    declared.kind, article=True)
                self.error("E117", word.span, self.t("E117", name=word.text, actual=actual))
            else:
                targets.append(word.text)
        values = self.attributes(statement.attributes, COUNTERFACTUAL_ATTRIBUTES, (),
                                 lambda: self.t("where.counterfactual"), allow_text=True)
        values["targets"] = targets
        return self.make(Counterfactual, statement.span, values)

    def header(self, statement: Header) -> dict[str, Any]:
        values = self.attributes(statement.attributes, THEORY_ATTRIBUTES, (),
                                 lambda: self.t("where.theory"))
        label = statement.label.text
        if not label.strip():
            self.error("E108", statement.label.span, self.t("E108"), self.t("E108.hint"))
        else:
            values["label"] = label
        return values


@dataclass(frozen=True)
class _Percent:
    """A baseline or target written with `%`: a number, and a claim about the unit."""

    value: float


@dataclass(frozen=True)
class _Text:
    """The words given where a percentage or a text may stand; they go to their own field."""

    field: str
    text: str


def _spent(doc: Document, stack: list[str]) -> None:
    """Stands in for the including closure once the build is done, so that it lets go of itself."""
    raise AssertionError("included after the build was done")


_SPELLINGS: dict[int, dict[str, Any]] = {}


def _spellings(items: tuple[Spelt, ...], make: Callable[[tuple[Spelt, ...]], dict[str, Spelt]]
               ) -> dict[str, Spelt]:
    """Index a vocabulary tuple by spelling once; the tuples are module constants."""
    key = id(items)
    if key not in _SPELLINGS:
        _SPELLINGS[key] = make(items)
    return _SPELLINGS[key]


def build(document: Document, lang: str = "en", loader: IncludeLoader | None = None, *,
          validate: bool = False) -> tuple[Theory, list[Diagnostic]]:
    """Build the model of a parsed document; always returns a (possibly partial) theory."""
    return Builder(lang, loader, validate=validate).build(document)
