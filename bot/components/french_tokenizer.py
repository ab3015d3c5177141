"""French tokenizer for the Rasa engine (runs in the engine environment, Rasa 3.6).

Builds on Rasa's whitespace tokenizer (which already splits "l'assurance" into "l" and
"assurance") and normalises what French members type: typographic apostrophes, elisions
glued to the next word ("qu'est", "jusqu'à"), upper case and missing or extra accents.
Each token's text and lemma become the folded form ("remboursé" → "rembourse"), while its
character offsets still point into the original message, so extracted entities keep the
member's own spelling and synonyms map them to canonical values.

Imports only what the engine environment has: the standard library and Rasa.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

ELISIONS = ("jusqu", "lorsqu", "puisqu", "quoiqu", "qu", "l", "d", "j", "n", "s", "c", "m", "t")


def fold(text: str) -> str:
    """Lower-case, accents stripped, ligatures expanded; same meaning, fewer spellings."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _split_elision(token: Token) -> list[Token]:
    """'qu'il' → 'qu', 'il' when the whitespace tokenizer left an apostrophe inside."""
    text = token.text
    for apostrophe in ("'", "’"):
        if apostrophe in text:
            head, _, tail = text.partition(apostrophe)
            if fold(head) in ELISIONS and tail:
                start = token.start
                return [
                    Token(head, start, start + len(head)),
                    Token(tail, start + len(head) + 1, token.end),
                ]
    return [token]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class FrenchTokenizer(WhitespaceTokenizer):
    """Whitespace tokenizer + elision splitting + accent/case folding of token texts."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return WhitespaceTokenizer.get_default_config()

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FrenchTokenizer:
        return cls(config)

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        original = message.get(attribute)
        if isinstance(original, str) and "’" in original:
            message.set(attribute, original.replace("’", "'"))
        tokens: list[Token] = []
        for token in super().tokenize(message, attribute):
            tokens.extend(_split_elision(token))
        for token in tokens:
            folded = fold(token.text)
            token.text = folded
            token.lemma = folded
        return tokens
