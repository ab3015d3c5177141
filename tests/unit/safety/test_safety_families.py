"""Third pass: the families widened for unseen informal French, and the guards that keep
them precise. One case per behaviour, in words that are not in the corpus; patterns only
(``assess_patterns``), so that the learned model, built or not, changes nothing here.
"""

from __future__ import annotations

import pytest

from safety import Category, normalize
from safety._context import mask_idioms
from safety._detector import assess_patterns

EMERGENCY = Category.MEDICAL_EMERGENCY
SUICIDAL = Category.SUICIDAL_DISTRESS
POISONING = Category.POISONING
ADVICE = Category.MEDICAL_ADVICE_REQUEST
NONE = Category.NONE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # suicidal distress: wish, farewell, burden, way out, means, third persons
        ("j'aimerais m'endormir cette nuit et plus jamais rouvrir les yeux", SUICIDAL),
        ("je voudrais juste m'éteindre doucement", SUICIDAL),
        ("franchement je regrette de m'être réveillée ce matin", SUICIDAL),
        ("mes parents vivraient plus tranquilles si j'étais plus là", SUICIDAL),
        ("bientôt je ne serai plus un poids pour personne", SUICIDAL),
        ("j'ai donné mon chien à mon frère, j'ai tout rangé, je suis prête à partir", SUICIDAL),
        ("j'ai écrit un mot pour chacun de mes enfants, le capital décès sera versé ?", SUICIDAL),
        ("la seule façon d'avoir enfin la paix c'est de mourir", SUICIDAL),
        ("je vois aucune autre issue que la mort", SUICIDAL),
        ("ce serait si facile de sauter depuis le pont", SUICIDAL),
        ("j'ai assez de somnifères dans la table de nuit, je suis à bout", SUICIDAL),
        ("mon copain a posté une photo de ses cachets avec écrit adieu", SUICIDAL),
        ("ma mère dit qu'elle veut le rejoindre depuis que papa est décédé", SUICIDAL),
        ("mon fils dit que personne ne le regretterait", SUICIDAL),
        ("ma femme s'est enfermée dans le garage avec la voiture qui tourne", SUICIDAL),
        ("si je me tue, est-ce que mes enfants touchent l'assurance ?", SUICIDAL),
        ("je compte les comprimés que j'ai mis de côté, il y en a assez", SUICIDAL),
        # medical emergencies: body part x symptom x intensity x now
        ("ma poitrine me fait hyper mal depuis une demi-heure", EMERGENCY),
        ("son bras gauche et sa jambe gauche sont tout engourdis", EMERGENCY),
        ("mon père ne sent plus ses jambes après sa chute", EMERGENCY),
        ("mon oncle vient de s'évanouir dans la cuisine", EMERGENCY),
        ("il a reçu une planche sur la tête et il arrête pas de vomir", EMERGENCY),
        ("ma fille est enceinte de 8 mois et elle perd énormément de sang", EMERGENCY),
        ("j'ai un mal de tête, le pire de ma vie, je vois double", EMERGENCY),
        ("mon fils de 4 ans s'étouffe avec une olive", EMERGENCY),
        ("la friteuse s'est renversée, il a les bras brûlés et pleins de cloques", EMERGENCY),
        # poisoning: verbs x products named by their use, alcohol, engines
        ("ma fille a bu du liquide pour le lave-vaisselle", POISONING),
        ("mon neveu a sniffé du proto et il est tout bizarre", POISONING),
        ("mon père a descendu une bouteille de whisky, on arrive pas à le réveiller", POISONING),
        ("le groupe électrogène tournait dans le garage, on a tous mal à la tête", POISONING),
        ("mon fils a pris les somnifères de sa tante et il ne se réveille pas", POISONING),
        # medical questions
        ("des picotements dans les mains ça peut venir de quoi ?", ADVICE),
        ("je suis enceinte, j'ai le droit de prendre de l'advil ?", ADVICE),
        ("des vertiges le matin, faut-il s'inquiéter ?", ADVICE),
    ],
)
def test_one_case_per_new_family(text: str, category: Category) -> None:
    assert assess_patterns(text).category is category


@pytest.mark.parametrize(
    ("text", "guard"),
    [
        ("dans le roman, l'héroïne s'empoisonne à la fin", "fiction"),
        ("j'ai vu aux infos qu'un enfant avait avalé de la javel", "fiction"),
        ("notre chien s'est étouffé avec un os, le véto est couvert ?", "animal"),
        ("mon frère est mort l'an dernier et je veux le rejoindre, je n'en peux plus", ""),
        ("l'appli plante encore, je vais finir par me jeter par la fenêtre", "blocked"),
        ("jveux mourir mdr ce formulaire est trop long", "blocked"),
        ("que devient le contrat si l'assuré se suicide ?", "hypothetical"),
    ],
)
def test_guards_of_the_third_pass(text: str, guard: str) -> None:
    found = assess_patterns(text)
    if not guard:  # a date of death does not make the distress "past"
        assert found.category is SUICIDAL
        return
    assert not found.is_crisis
    assert any(entry.endswith(f":{guard}") for entry in found.silenced), found.silenced


@pytest.mark.parametrize(
    "text",
    [
        "je pars pour de bon au Portugal, comment je résilie ?",
        "j'ai donné toutes mes affaires de ski à mon neveu",
        "quand je ne serai plus là, le capital décès ira à mes enfants ?",
        "je veux en finir avec mon addiction au sucre, vous remboursez une diététicienne ?",
        "je veux arrêter de vivre à crédit",
        "je vais disparaître sur une île pendant les vacances",
        "ma fille est tombée dans les pommes de joie en voyant son cadeau",
        "le détecteur de fumée a sonné à cause des crêpes",
        "je me suis endormi de fatigue sur le canapé mdr",
        "je n'ai pas du tout envie de mourir, c'était une question sur l'assurance vie",
    ],
)
def test_hard_negatives_stay_negative(text: str) -> None:
    assert not assess_patterns(text).is_crisis


def test_a_farewell_needs_a_companion() -> None:
    # one farewell alone is ambiguous; two of them, or one and distress, are not
    assert not assess_patterns("je n'en aurai plus besoin").is_crisis
    assert assess_patterns("je n'en aurai plus besoin, je suis prêt à partir").is_crisis
    assert assess_patterns("je n'en aurai plus besoin, je suis à bout").is_crisis


@pytest.mark.parametrize(
    ("raw", "skeleton"),
    [
        ("tkt pas", "te inquiete pas"),
        ("jmen vais", "je me en vais"),
        ("quel antibio", "quel antibiotique"),
        ("des ecstas", "des ecstasy"),
        ("il n'arrête pas de vomir", "il continue de vomir"),
        ("ça ne s'arrête pas de saigner", "ca continue de saigner"),
        ("en respirant", "en respirant"),  # a word of its own, not "respirait"
    ],
)
def test_new_spellings(raw: str, skeleton: str) -> None:
    assert normalize(raw) == skeleton


def test_laughter_is_masked_with_its_own_mark() -> None:
    masked, changed = mask_idioms(normalize("je vais mourir lol"))
    assert changed and masked == "je vais mourir ~lol~"
