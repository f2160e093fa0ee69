"""The DOT statements a drawing writes, and the sketch of them that placing the parts needs."""

from __future__ import annotations

from dataclasses import dataclass, field

from toc.render.packing import Sketch
from toc.render.statements import attrs


@dataclass
class Canvas:
    """Lines of DOT, written one statement at a time, each node and line also noted in a sketch."""

    sketch: Sketch
    lines: list[str] = field(default_factory=list)

    def emit(self, line: str) -> None:
        self.lines.append("  " + line)

    def point(self, name: str, size: float, **values: object) -> None:
        """A small node of toc's own: a junction, an invisible anchor."""
        self.sketch.sizes[name] = (size, size)
        self.emit(name + attrs(shape="point", **values))

    def edge(self, source: str, target: str, **values: object) -> None:
        self.edge_written(source, target, attrs(**values), values.get("minlen"))

    def edge_written(self, source: str, target: str, written: str, minlen: object = None) -> None:
        """A line whose attributes are already written out (`attrs`), e.g. shared by many lines."""
        self.sketch.edges.append((source, target, minlen if isinstance(minlen, int) else None))
        self.emit(f"{source} -> {target}{written}")

    def same_rank(self, *nodes: str) -> None:
        self.sketch.same_rank.append(list(nodes))
        self.emit(f"{{rank=same; {'; '.join(nodes)}}}")
