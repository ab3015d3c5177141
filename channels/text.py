"""Text for small screens: French dates and amounts, and clean splitting under a size limit.

Texts are lists of :data:`Block` (paragraphs) made of :class:`Line` (a line may be bold).
:func:`pack` fills messages up to a platform's limit, paragraph by paragraph; a paragraph too
long is cut between lines, then between sentences, then between words — never inside a word
unless a single word is longer than the limit — and the order is always kept.
Lengths are counted in UTF-16 code units, which is never less than what the platforms count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

_SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")
_WORD_GAP = re.compile(r"\s+")


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool = False


Block = tuple[Line, ...]


def units(text: str) -> int:
    """Length in UTF-16 code units (an emoji counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def plain_blocks(text: str) -> list[Block]:
    """Blocks of a plain text: paragraphs split on blank lines, lines kept."""
    blocks: list[Block] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = tuple(Line(line.rstrip()) for line in paragraph.strip("\n").split("\n"))
        if any(line.text.strip() for line in lines):
            blocks.append(lines)
    return blocks


def _hard_cut(text: str, limit: int) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in text:
        if current and units(current + char) > limit:
            pieces.append(current)
            current = ""
        current += char
    if current:
        pieces.append(current)
    return pieces


def split_text(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` units at the best boundaries."""
    if limit <= 0:
        raise ValueError("limit must be positive")
    text = text.strip()
    if not text:
        return []
    if units(text) <= limit:
        return [text]
    for separator, joiner in (
        (re.compile(r"\n\s*\n"), "\n\n"),
        (re.compile(r"\n"), "\n"),
        (_SENTENCE_END, " "),
        (_WORD_GAP, " "),
    ):
        parts = [part.strip() for part in separator.split(text) if part.strip()]
        if len(parts) > 1:
            return _pack_strings(parts, limit, joiner, lambda part: split_text(part, limit))
    return _hard_cut(text, limit)


def _pack_strings(
    parts: Iterable[str], limit: int, joiner: str, split: Callable[[str], list[str]]
) -> list[str]:
    pieces: list[str] = []
    current = ""
    for part in parts:
        for piece in split(part) if units(part) > limit else [part]:
            candidate = f"{current}{joiner}{piece}" if current else piece
            if units(candidate) <= limit:
                current = candidate
            else:
                pieces.append(current)
                current = piece
    if current:
        pieces.append(current)
    return pieces


@dataclass(frozen=True)
class TextStyle:
    """How a platform writes lines: bold markup, escaping, and its size limit.

    ``cost`` is what counts against ``limit`` for a line as written.
    """

    limit: int
    bold: Callable[[str], str]
    escape: Callable[[str], str]
    #: whether markup counts against the limit (WhatsApp) or not (Telegram HTML)
    markup_counts: bool = True

    def line(self, line: Line) -> str:
        return self.bold(self.escape(line.text)) if line.bold else self.escape(line.text)

    def cost(self, line: Line) -> int:
        return units(self.line(line)) if self.markup_counts else units(line.text)


def _fit_block(block: Block, style: TextStyle) -> list[tuple[str, int]]:
    """A block as written pieces, each within the limit, with its cost."""
    costs = [style.cost(line) for line in block]
    total = sum(costs) + len(block) - 1
    if total <= style.limit:
        return [("\n".join(style.line(line) for line in block), total)]
    pieces: list[tuple[str, int]] = []
    for line, cost in zip(block, costs, strict=True):
        if cost <= style.limit:
            pieces.append((style.line(line), cost))
            continue
        for part in split_text(line.text, style.limit):
            plain = Line(part)
            pieces.append((style.line(plain), style.cost(plain)))
    return _merge(pieces, style.limit, "\n")


def _merge(pieces: Sequence[tuple[str, int]], limit: int, joiner: str) -> list[tuple[str, int]]:
    merged: list[tuple[str, int]] = []
    for text, cost in pieces:
        if merged and merged[-1][1] + len(joiner) + cost <= limit:
            previous, previous_cost = merged[-1]
            merged[-1] = (previous + joiner + text, previous_cost + len(joiner) + cost)
        else:
            merged.append((text, cost))
    return merged


def pack(blocks: Iterable[Block], style: TextStyle) -> list[str]:
    """Messages, each within ``style.limit``, holding the blocks in order."""
    pieces = [piece for block in blocks for piece in _fit_block(block, style)]
    return [text for text, _ in _merge(pieces, style.limit, "\n\n")]


def french_date(iso: str) -> str:
    """``2024-12-22`` → ``22/12/2024``; anything else unchanged."""
    try:
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def euros(amount: object) -> str | None:
    """``21`` or ``"21.0"`` → ``21,00 €`` (no-break spaces, as :mod:`reimbursement` writes)."""
    if isinstance(amount, bool):
        return None
    try:
        value = Decimal(str(amount)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None
    formatted = f"{value:,.2f}".replace(",", "\u00a0").replace(".", ",")
    return f"{formatted}\u00a0€"


def truncate(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"
