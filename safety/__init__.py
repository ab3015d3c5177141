"""Safety check run before anything else on every member message.

Standard library only: this package is imported by the application and, as a custom NLU
component, inside the Rasa engine's own environment.

>>> a = assess("j'arrive plus à respirer")
>>> a.category, a.urgent
(<Category.MEDICAL_EMERGENCY: 'medical_emergency'>, True)
>>> reply_for(a).text.splitlines()[0]
'Appelez le 15 (SAMU) ou le 112 maintenant.'
>>> assess("ces délais me tuent").category
<Category.NONE: 'none'>
"""

from __future__ import annotations

from safety._assessment import Assessment, Category
from safety._corpus import CorpusItem, Evaluation, evaluate, load_corpus
from safety._detector import assess
from safety._normalize import normalize
from safety._replies import PhoneNumber, SafetyReply, reply_for
from safety._sources import Source

__all__ = [
    "Assessment",
    "Category",
    "CorpusItem",
    "Evaluation",
    "PhoneNumber",
    "SafetyReply",
    "Source",
    "assess",
    "evaluate",
    "load_corpus",
    "normalize",
    "reply_for",
]
