"""Safety gate for the Rasa engine: the first word on emergencies, on every channel.

Runs last in the NLU pipeline (after the intent classifier and the fallback classifier) and,
when the ``safety`` package detects a medical emergency, poisoning, suicidal distress or a
request for a diagnosis / medicine / dose, replaces the predicted intent with a dedicated
``safety_*`` intent at confidence 1.0. Rules map those intents to ``action_safety_reply``,
which pre-empts every other flow. Because it sits inside the engine's NLU, no way into the
engine (REST, socket.io, HTTP API, the gateway) skips it.

Imports only what the engine environment has: the standard library, Rasa, and ``safety``
(standard library only).
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

import safety

SAFETY_INTENTS = {
    "medical_emergency": "safety_emergency",
    "poisoning": "safety_poisoning",
    "suicidal_distress": "safety_suicidal_distress",
    "medical_advice_request": "safety_medical_advice",
}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyGate(GraphComponent, IntentClassifier):
    """Overrides the intent when the message shows signs of danger or asks for medical advice."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyGate:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or not text.strip():
                continue
            assessment = safety.assess(text)
            intent_name = SAFETY_INTENTS.get(str(assessment.category.value))
            if intent_name is None:
                continue
            intent = {"name": intent_name, "confidence": 1.0}
            message.set(INTENT, intent, add_to_output=True)
            ranking = [intent] + list(message.get(INTENT_RANKING_KEY) or [])
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            # signal names only, never the member's words
            message.set(
                "safety",
                {
                    "category": assessment.category.value,
                    "urgent": assessment.urgent,
                    "signals": list(assessment.signals),
                },
                add_to_output=True,
            )
        return messages
