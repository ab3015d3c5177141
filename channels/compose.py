"""Engine replies → channel-neutral parts: text blocks, choices, images.

The engine's REST channel returns one turn as text items (split on blank lines), items with
buttons or an image, then the ``custom`` envelope: each envelope closes its turn. Every
envelope is rendered by its kind and added after its turn's text:

- every kind: its ``sources`` as ``Source : title (mis à jour le JJ/MM/AAAA) url``, except
  those whose URL the turn's text already gives;
- ``simulation``: a compact recap under ``data.act`` in bold — the totals ``fee``,
  ``amo_net``, ``mutuelle``, ``reste_a_charge`` of ``data.figures`` (or of ``data``) as
  ``Assurance Maladie : 21,00 €``, else each of ``data.lines`` (``{"label", "amount"}``);
- ``care_search``: ``data.results`` as a numbered list (``name``, ``specialty``,
  ``address``, ``postcode``, ``city``, ``distance_km``, ``phone``);
- ``contract_recommendation``: ``data.options`` as a numbered list (``name``,
  ``monthly_price``);
- ``emergency``: the turn comes first among the replies, as its own messages, and the
  numbers of ``data.numbers`` that the text does not already give are added;
- other kinds (``answer``, ``handoff``, ``fallback``…): the text and the sources.

Non-envelope ``custom`` payloads are ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant import Envelope
from channels.choices import Choice
from channels.models import BotReply
from channels.text import Block, Line, euros, french_date, plain_blocks


@dataclass(frozen=True)
class TextPart:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ChoicePart:
    prompt: tuple[Block, ...]
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class ImagePart:
    url: str


Part = TextPart | ChoicePart | ImagePart

_SIMULATION_AMOUNTS = (
    ("fee", "Montant facturé"),
    ("amo_net", "Assurance Maladie"),
    ("mutuelle", "Votre mutuelle"),
    ("reste_a_charge", "Reste à votre charge"),
)


def _groups(bot_replies: Sequence[BotReply]) -> list[list[BotReply]]:
    """Turns: the items up to and including each ``custom`` item (Rasa sends it last)."""
    groups: list[list[BotReply]] = [[]]
    for reply in bot_replies:
        groups[-1].append(reply)
        if reply.custom is not None:
            groups.append([])
    return [group for group in groups if group]


def _envelope_of(group: list[BotReply]) -> Envelope | None:
    return next((e for r in group if (e := r.envelope) is not None), None)


def compose(bot_replies: Sequence[BotReply]) -> list[Part]:
    """Channel-neutral parts, emergencies first, buttons last within their turn.

    The texts of one turn are merged (then split again only for size); turns stay separate
    messages, so an emergency is never mixed with what follows it.
    """
    groups = _groups(bot_replies)
    groups.sort(key=lambda g: 0 if (e := _envelope_of(g)) and e.kind == "emergency" else 1)
    parts: list[Part] = []
    for group in groups:
        said = "\n".join(reply.text or "" for reply in group)
        texts: list[Part] = []
        choices: list[Part] = []
        for reply in group:
            if reply.buttons:
                offered = tuple(Choice(b.title, b.payload) for b in reply.buttons if b.title)
                choices.append(ChoicePart(tuple(plain_blocks(reply.text or "")), offered))
            elif reply.text:
                texts.append(TextPart(tuple(plain_blocks(reply.text))))
            if reply.image:
                texts.append(ImagePart(reply.image))
            envelope = reply.envelope
            if envelope is not None:
                texts.append(TextPart(tuple(envelope_blocks(envelope, said))))
        parts.extend(_merge_texts(texts) + choices)
    return [part for part in parts if not (isinstance(part, TextPart) and not part.blocks)]


def _merge_texts(parts: list[Part]) -> list[Part]:
    merged: list[Part] = []
    for part in parts:
        if isinstance(part, TextPart) and not part.blocks:
            continue
        previous = merged[-1] if merged else None
        if isinstance(part, TextPart) and isinstance(previous, TextPart):
            merged[-1] = TextPart(previous.blocks + part.blocks)
        else:
            merged.append(part)
    return merged


def envelope_blocks(envelope: Envelope, said: str = "") -> list[Block]:
    """What an envelope adds to its turn's text, by kind (see the module docstring)."""
    data = envelope.data
    blocks: list[Block] = []
    if envelope.kind == "simulation":
        blocks.extend(_simulation(data))
    elif envelope.kind == "care_search":
        blocks.extend(_numbered(data.get("results"), _professional))
    elif envelope.kind == "contract_recommendation":
        blocks.extend(_numbered(data.get("options"), _contract))
    elif envelope.kind == "emergency":
        blocks.extend(_emergency_numbers(data, said))
    sources = [
        Line(f"Source : {s.title} (mis à jour le {french_date(s.updated)}) {s.url}")
        for s in envelope.sources
        if not s.url or s.url not in said
    ]
    if sources:
        blocks.append(tuple(sources))
    return blocks


def _simulation(data: dict[str, Any]) -> list[Block]:
    """Totals from ``figures`` (or the top level), else the detailed ``lines``."""
    figures = data.get("figures")
    source = figures if isinstance(figures, dict) else data
    lines = [
        Line(f"{label} : {amount}")
        for key, label in _SIMULATION_AMOUNTS
        if key in source and (amount := euros(source[key])) is not None
    ]
    raw_lines = data.get("lines")
    if not lines and isinstance(raw_lines, list):
        lines = [
            Line(f"{item['label']} : {euros(item['amount']) or item['amount']}")
            for item in raw_lines
            if isinstance(item, dict) and item.get("label") and "amount" in item
        ]
    if not lines:
        return []
    title = data.get("act") or data.get("act_label")
    header = (Line(str(title), bold=True),) if title else ()
    return [header + tuple(lines)]


def _numbered(items: object, describe: Callable[[dict[str, Any]], str]) -> list[Block]:
    if not isinstance(items, list):
        return []
    lines = [
        Line(f"{number}. {text}")
        for number, item in enumerate((i for i in items if isinstance(i, dict)), start=1)
        if (text := describe(item))
    ]
    return [tuple(lines)] if lines else []


def _professional(item: dict[str, Any]) -> str:
    place = " ".join(str(item[k]) for k in ("postcode", "city") if item.get(k))
    address = ", ".join(str(v) for v in (item.get("address"), place) if v)
    distance = item.get("distance_km")
    if isinstance(distance, int | float) and not isinstance(distance, bool):
        address += f" ({distance:.1f} km)".replace(".", ",")
    fields = (item.get("name"), item.get("specialty"), address, item.get("phone"))
    return " — ".join(str(f) for f in fields if f)


def _contract(item: dict[str, Any]) -> str:
    price = euros(item["monthly_price"]) if "monthly_price" in item else None
    name = str(item.get("name") or "")
    return f"{name} — {price} par mois" if name and price else name


def _emergency_numbers(data: dict[str, Any], said: str) -> list[Block]:
    numbers = data.get("numbers")
    if not isinstance(numbers, list):
        return []
    lines = [
        Line(f"{n['number']} : {n.get('label', '')}".rstrip(" :"))
        for n in numbers
        if isinstance(n, dict) and n.get("number") and str(n["number"]) not in said
    ]
    return [tuple(lines)] if lines else []
