"""assess(): the examples of the brief, the guards, urgency, and robustness."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safety import Assessment, Category, assess

EMERGENCY = Category.MEDICAL_EMERGENCY
SUICIDAL = Category.SUICIDAL_DISTRESS
POISONING = Category.POISONING
ADVICE = Category.MEDICAL_ADVICE_REQUEST
NONE = Category.NONE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # medical emergencies named in the brief
        ("douleur à la poitrine", EMERGENCY),
        ("j'ai mal à la poitrine", EMERGENCY),
        ("serrement thoracique", EMERGENCY),
        ("ma mère a le visage qui tombe", EMERGENCY),
        ("son visage est paralysé", EMERGENCY),
        ("j'ai le bras engourdi d'un coup", EMERGENCY),
        ("mon père parle bizarrement", EMERGENCY),
        ("je crois qu'il fait un AVC", EMERGENCY),
        ("j'arrive plus à respirer", EMERGENCY),
        ("il étouffe", EMERGENCY),
        ("il s'est évanoui", EMERGENCY),
        ("elle ne répond plus", EMERGENCY),
        ("il est inconscient", EMERGENCY),
        ("mon fils fait des convulsions", EMERGENCY),
        ("il saigne beaucoup", EMERGENCY),
        ("hémorragie, elle perd beaucoup de sang", EMERGENCY),
        ("j'ai la gorge qui gonfle", EMERGENCY),
        ("brûlure au 3e degré sur le bras", EMERGENCY),
        # poisoning
        ("mon fils a avalé des médicaments", POISONING),
        ("ma fille a bu de la javel", POISONING),
        ("il est en overdose", POISONING),
        # suicidal distress named in the brief, with SMS spellings
        ("je veux mourir", SUICIDAL),
        ("je veux en finir", SUICIDAL),
        ("je vais me suicider", SUICIDAL),
        ("j'ai plus envie de vivre", SUICIDAL),
        ("je vais me foutre en l'air", SUICIDAL),
        ("je veux mettre fin à mes jours", SUICIDAL),
        ("j'ai pris toutes mes pilules pour…", SUICIDAL),
        ("personne ne me regretterait", SUICIDAL),
        ("jveux mourir", SUICIDAL),
        ("envi de crever", SUICIDAL),
        ("je veux mourrir", SUICIDAL),
        ("mon frère veut se suicider", SUICIDAL),
        # requests for a diagnosis, a medicine or a dose
        ("quel médicament prendre pour la fièvre ?", ADVICE),
        ("combien de doliprane je peux prendre", ADVICE),
        ("c'est grave docteur j'ai des plaques ?", ADVICE),
        ("est-ce que j'ai un cancer", ADVICE),
        # figures of speech
        ("ces délais me tuent", NONE),
        ("je suis mort de rire", NONE),
        ("mdr", NONE),
        ("ça me tue", NONE),
        ("je meurs de faim", NONE),
        ("c'est à mourir d'ennui", NONE),
        ("une douleur de remboursement", NONE),
        # neutral questions on the same topics
        ("le 3114 c'est quoi ?", NONE),
        ("la mutuelle rembourse-t-elle un séjour en psychiatrie ?", NONE),
        ("comment est remboursé un passage aux urgences ?", NONE),
        ("mon père a eu un AVC l'an dernier, comment déclarer l'ALD ?", NONE),
        ("vaccin contre la grippe", NONE),
        ("quels sont les numéros d'urgence", NONE),
    ],
)
def test_brief_examples(text: str, category: Category) -> None:
    assert assess(text).category is category


@pytest.mark.parametrize(
    ("text", "guard"),
    [
        ("je n'ai pas mal à la poitrine", "negated"),
        ("aucune douleur thoracique, juste une question", "negated"),
        ("j'ai pas envie de mourir", "negated"),
        ("j'ai failli faire une crise cardiaque en voyant le devis", "counterfactual"),
        ("ma mère a fait un AVC il y a 3 ans, elle a droit au 100 % ?", "past"),
        ("en cas d'AVC, la mutuelle rembourse l'ambulance ?", "hypothetical"),
        ("c'est quoi une overdose ?", "context"),
        ("rééducation après un AVC : combien de séances ?", "context"),
        ("quel médicament est remboursé pour la migraine ?", "context"),
        ("je veux en finir avec ce dossier", "blocked"),
        ("ça me fout en l'air cette histoire", "blocked"),
        ("mon conseiller ne répond plus à mes mails", None),
    ],
)
def test_guards_silence_matches(text: str, guard: str | None) -> None:
    assessment = assess(text)
    assert assessment.category is NONE
    if guard is not None:
        assert any(entry.endswith(f":{guard}") for entry in assessment.silenced)


def test_idioms_are_masked_before_matching() -> None:
    assessment = assess("j'avais envie de mourir de rire")
    assert assessment.category is NONE
    assert "idiom" in assessment.silenced


@pytest.mark.parametrize(
    "text",
    [
        "j'ai très mal à la poitrine, est-ce que la mutuelle rembourse les urgences ?",
        "ma soeur a des idées suicidaires, est-ce que le psy est remboursé ?",
        "mon père a fait un AVC ce matin",  # "ce matin": not over and done with
        "il y a 3 ans j'ai fait une TS et là j'ai encore envie de mourir",
    ],
)
def test_what_happens_now_outweighs_paperwork_and_the_past(text: str) -> None:
    assert assess(text).is_crisis


def test_first_person_suicidal_hypothesis_is_not_silenced() -> None:
    assert assess("si je me suicide, ma famille touchera le capital décès ?").category is SUICIDAL


@pytest.mark.parametrize(
    ("text", "category", "urgent"),
    [
        ("j'ai mal à la poitrine", EMERGENCY, True),
        ("mon fils a bu de la javel", POISONING, True),
        ("je veux mourir", SUICIDAL, False),
        ("je veux mourir ce soir", SUICIDAL, True),
        ("j'ai avalé tous mes cachets pour en finir", SUICIDAL, True),
        ("je me suis ouvert les veines", SUICIDAL, True),
        ("combien de doliprane je peux prendre", ADVICE, False),
        ("bonjour", NONE, False),
    ],
)
def test_urgency(text: str, category: Category, urgent: bool) -> None:
    assessment = assess(text)
    assert (assessment.category, assessment.urgent) == (category, urgent)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # suicidal distress is never hidden behind the overdose or injury it comes with
        ("j'ai pris toute la boîte de doliprane pour en finir", SUICIDAL),
        ("je me suis ouvert les veines, je saigne beaucoup", SUICIDAL),
        # a poisoning reply also says "call 15"
        ("il a avalé des médicaments et il ne répond plus", POISONING),
        # a medical question only matters when nothing worse is going on
        ("j'ai mal à la poitrine, je prends quoi ?", EMERGENCY),
    ],
)
def test_priority_between_categories(text: str, category: Category) -> None:
    assert assess(text).category is category


def test_signals_name_patterns_never_user_text() -> None:
    secret = "Zorglub"
    assessment = assess(f"{secret} : je veux mourir, {secret} ne le sait pas")
    assert assessment.signals == ("suicidal_distress:want_to_die",)
    for entry in (*assessment.signals, *assessment.silenced):
        assert secret.lower() not in entry.lower()


def test_assessment_is_frozen_and_serialisable() -> None:
    assessment = assess("il étouffe")
    with pytest.raises(dataclasses.FrozenInstanceError):
        assessment.urgent = False  # type: ignore[misc]
    assert assessment.to_dict() == {
        "category": "medical_emergency",
        "signals": ["medical_emergency:choking"],
        "urgent": True,
        "silenced": [],
    }
    assert assessment.needs_reply and assessment.is_crisis


def test_medical_question_needs_a_reply_but_is_not_a_crisis() -> None:
    assessment = assess("combien de doliprane par jour ?")
    assert assessment.needs_reply and not assessment.is_crisis


def test_nothing_to_flag() -> None:
    assert assess("bonjour, je voudrais mes garanties optique") == Assessment(NONE)
    assert not assess("").needs_reply


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_assess_never_raises(text: str) -> None:
    assessment = assess(text)
    assert isinstance(assessment.category, Category)
    assert assessment.urgent in (True, False)
