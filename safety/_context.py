"""Guards: the context that sets a pattern match aside.

Each guard has a short name that ends up in :attr:`Assessment.silenced`:

- ``idiom`` (applied before matching): figures of speech are masked out of the text
  ("mort de rire", "je meurs de faim", "crever de chaud", "saigner à blanc",
  "brûlures d'estomac"…), so "j'avais envie de mourir de rire" cannot match "envie de
  mourir".
- ``negated``: a negation governs the match ("je n'ai *pas* mal à la poitrine",
  "*aucune* douleur thoracique"); only determiners and light words may stand between.
- ``counterfactual``: "j'ai *failli* faire une crise cardiaque", "vous allez *me faire*
  faire un infarctus" (hyperbole).
- ``past``: the sentence dates the event ("l'an dernier", "il y a 3 ans", "en 2019"),
  and nothing in the message says it is happening again now. A date that belongs to a
  death ("son père est mort l'an dernier") dates the death, not the message.
- ``hypothetical``: "si jamais…", "en cas de…", "si mon fils…". It silences topic words
  always, and descriptions of an emergency or a poisoning when the message is also about
  cover or paperwork, or asks for information with no event in it ("que faire si un enfant
  avale une pile ?", but not "que faire, il a avalé une pile"). A first-person suicidal
  hypothesis ("si je me suicide…") is never silenced.
- ``context``: a topic word in an administrative or informational message ("mon père a
  eu un AVC, comment déclarer l'ALD ?", "c'est quoi une overdose ?"), or a medical
  question about cover ("quel médicament est remboursé ?").
- ``fiction``: the event happens to a character ("dans le film, le héros fait un arrêt
  cardiaque", "j'écris un roman où l'héroïne s'empoisonne").
- ``animal``: the subject is a pet ("mon chat s'est étouffé avec une croquette").
- ``chronic``: an emergency sign described as long-standing ("depuis des années",
  "depuis toute petite") in a message about cover or paperwork.
- ``blocked``: the signal's own ``not_before`` / ``not_after`` / ``unless`` guard
  ("avec ce dossier" after "en finir", "nez bouché" next to "je respire mal").
- ``requires``: the signal needs a companion word, outside the match itself, that the
  message lacks ("c'est grave ?" with no symptom in sight).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safety._assessment import EMERGENCIES, Category
from safety._lexicon import compile_pattern, union
from safety._signal import AdminScope, Signal

__all__ = ["LAUGHTER_MARK", "MessageContext", "mask_idioms", "not_about_now", "silencing_guard"]

_IDIOMS = tuple(
    compile_pattern(s)
    for s in (
        r"(?<!laisser )(?<!laisse )(?:mort|morte|morts|mortes|meurs|meurt|mourir|mourrir|mouru"
        r"|mourait|mourais"
        r"|mourrais|creve|crever|crevee|crevais) (?:de|d) (?:rire|faim|soif|chaud|froid|ennui"
        r"|fatigue|peur|honte|trouille|envie|impatience|curiosite|jalousie|inquietude"
        r"|stress|chaleur|sommeil)",
        r"a (?:en )?mourir (?:de|d) \w+",
        r"mort de rire",
        r"(?:me|se|te|nous|vous) tuer? a la tache|(?:me|se|te) tue a (?:la tache|le dire"
        r"|vous le dire|te le dire|le repeter|vous le repeter|expliquer)|tuer le temps",
        r"saign\w* a blanc",
        r"noy\w* (?:sous|dans) (?:la|les|le|des|mes|ses|cette|ce) (?:paperasse|papiers"
        r"|dossiers|travail|demarches|mails|factures|boulot|formulaires|courriers|dettes)",
        r"brulures? (?:de|d) estomac|brule l estomac",
        r"disparaitre sous terre|rentrer sous terre",
        r"(?:me|m|nous|vous|lui) empoisonn\w* (?:la vie|le existence)",
        r"etouff\w* de (?:rire|chaleur|chaud)|suffoqu\w* de (?:chaleur|chaud|rire)",
        r"creve de (?:fatigue|boulot|travail)|suis creve|suis crevee",
        r"plutot mourir que",
        r"crever (?:le|la|les|un|une|mon|ma|ses|son) (?:abces|pneus?|bulle|ecran|plafond|yeux"
        r"|ballon)",
        # "c'est à se pendre", "à se tirer une balle": exasperation, not a plan
        r"(?:ce est|ca est|sa est|cest|ce etait|ca serait|ce serait) a (?:se|me|te|nous|vous)"
        r" (?:pendre|tirer une balle|flinguer|jeter par la fenetre|taper la tete contre les murs"
        r"|cogner la tete contre les murs|arracher les cheveux|faire sauter le cerveau)",
        r"a en (?:mourir|crever)|beau a mourir|belle a mourir",
        r"tomb\w* raide (?:dingue|amoureux|amoureuse)",
        # "avaler la pilule": to swallow bad news (not "la pilule de sa mère")
        r"(?:avale|avaler|avalee|avalait|avalent|avales|fait avaler|faire avaler) la pilule"
        r"(?! (?:de|du) (?:sa|son|ma|mon|ta|ton|leur|notre|votre) (?:mere|pere|soeur|frere"
        r"|maman|papa|mamie|grand mere|femme|copine|tante|fille|cousine))",
        r"la mort dans le ame",
        r"(?:coupe|coupent|couper|coupait|coupaient) le (?:souffle|sifflet)|souffle coupe"
        r"|a couper le souffle",
        r"(?:bu|boire|boit|bois|buvait|boive) la tasse",
        r"(?:pendu|pendue|pendus|pendues|pendre|pend|pends|suis pendu|suis pendue)"
        r" (?:au|a le|a son|a mon|a ton|a sa|a ma) (?:telephone|tel|portable|cou|basques|levres)",
        r"(?:me|te|se|nous|vous|lui) (?:fend|fendre|fendu|brise|briser) le coeur|coeur brise",
        r"tuer? dans le oeuf",
    )
)
_ANY_IDIOM = union(_IDIOMS)
_IDIOM_MARK = " ~ "
# Laughter is masked too, with its own mark, that the signals can look for ("~lol~")
_LAUGHTER = compile_pattern(r"mdr|ptdr|xptdr|lol|lool|mdrr|haha|hahaha|hihi|xd|jpp de rire")
LAUGHTER_MARK = "~lol~"

_NEGATORS = frozenset({"pas", "plus", "jamais", "aucun", "aucune", "sans", "ni", "point"})
_LIGHT_WORDS = frozenset(
    {
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "un",
        "une",
        "mal",
        "eu",
        "ete",
        "vraiment",
        "trop",
        "tout",
        "encore",
        "a",
        "au",
        "aux",
        "en",
        "beaucoup",
        "tres",
        "si",
        "me",
        "se",
        "te",
        "ressenti",
        "senti",
        "fait",
        # a thought or an attempt between the negation and the act: "je n'ai jamais
        # *pensé à* me suicider", "il n'a pas *essayé de* se tuer"
        "pense",
        "songe",
        "voulu",
        "essaye",
        "tente",
        "envie",
        "cherche",
    }
)
_NEGATION_LOOKBACK = 4

_COUNTERFACTUAL = compile_pattern(
    r"(?:^| )(?:(?:ai|a|as|avons|avez|ont|avait|avais) failli(?: [a-z0-9]+){0,4}"
    r"|(?:me|te|nous|vous|lui|leur) faire)$",
    whole_words=False,
)

_HYPOTHETICAL = compile_pattern(
    r"(?:si (?:jamais|je|j|on|il|ils|elle|elles|tu|vous|nous|quelqu|mon|ma|mes|ton|ta"
    r"|tes|un|une|le|la|les|votre|vos|notre|nos|son|sa|ses)|en cas de|en cas d|au cas ou"
    r"|imaginons|imaginez|supposons|par exemple|que faire quand|que faire lorsque"
    r"|(?:que|quoi|comment) (?:faire|reagir|savoir|on fait|je fais|on reagit) si"
    r"|quand on|lorsque on)(?: (?!mais )[a-z0-9]+)*$"
)
_HYPOTHETICAL_WINDOW = 9
# Someone in general, in a hypothesis: "si l'assuré…", "si une personne…", "si on…"
_SOMEONE = compile_pattern(
    r"si (?:le assure|la assuree|le adherent|la adherente|un assure|une assuree|un adherent"
    r"|une adherente|une personne|la personne|quelqu un|on|le beneficiaire|un beneficiaire"
    r"|le souscripteur|un membre|le membre|un client|le client|un proche)"
)

_DISTANT_PAST = compile_pattern(
    r"le an dernier|le annee derniere|le annee passee|le anee derniere|de le annee derniere"
    r"|il y a (?:<num>|quelques|plusieurs|des|un|une|deux) "
    r"(?:ans|an|annees|annee|mois|semaines|semaine)"
    r"|en (?:19|20)[0-9][0-9]|le mois dernier|le mois passe|la semaine derniere"
    r"|la semaine passee|autrefois|dans le passe|a le epoque|il y a longtemps|jadis"
    r"|quand (?:je|il|elle) (?:etais|etait) (?:petit|petite|jeune|ado|enfant|adolescent"
    r"|adolescente|etudiant|etudiante|au lycee|au college)|plus jeune|dans ma jeunesse"
    r"|dans mon enfance|pendant le confinement"
    r"|(?:en|au mois de) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
    r"|octobre|novembre|decembre) dernier"
    r"|quand (?:je|j|il|elle|on) (?:avais|avait) (?:<num>|[0-9]+) (?:ans|mois)"
)
# Over and done with: "aujourd'hui ça va", "c'est derrière moi". A present-time word in
# the same message ("maintenant je vais mieux") then no longer means "happening now".
_RESOLVED = compile_pattern(
    r"(?:aujourd hui|maintenant|desormais|depuis) ,? ?(?:ca va|sa va|je vais bien|tout va bien"
    r"|ca va mieux|je vais mieux|il va bien|elle va bien|il va mieux|elle va mieux|je suis"
    r" guerie?|je suis stable)|(?:ca va|je vais|il va|elle va) (?:mieux|bien) (?:maintenant"
    r"|aujourd hui|depuis)|(?:ce est|ca est|c est) derriere (?:moi|nous|lui|elle)"
    r"|(?:il|elle) va (?:tres )?bien(?= [,.?]|$)"
    r"|(?:je suis|il est|elle est|on est) (?:maintenant |desormais |bien )?(?:suivie?|soignee?"
    r"|accompagnee?|stabilisee?|tire de affaire|tiree de affaire|hors de danger|sortie? de le"
    r" hopital|sortie? de affaire)"
)
# A date that belongs to a death ("son père est mort l'an dernier", "j'ai perdu ma mère il
# y a deux ans"): it says when someone died, not that what the member describes is over.
_DEATH_BEFORE_DATE = compile_pattern(
    r"(?:(?:mort|morte|morts|decede|decedee|decedes|parti|partie|disparu|disparue|quitte"
    r"|quittee|enterre|enterree|deces)(?: [a-z]+){0,3}|(?:perdu|perdue) (?:mon|ma|mes|son|sa"
    r"|ses|notre|nos|leur|leurs) [a-z]+(?: [a-z]+)?) ?$",
    whole_words=False,
)
_PRESENT = compile_pattern(
    r"maintenant|en ce moment|actuellement|a le instant|tout de suite|ce soir|ce matin"
    r"|cet aprem|cet apres midi|cette nuit|aujourd hui|encore|de nouveau|a nouveau"
    r"|recommence|recommencer|en train de|entrain de"
    r"|(?:depuis|il y a) (?:<num>|quelques|une|un|une demi) (?:minutes|minute|min|mn|heures"
    r"|heure|h|secondes|demi heure|quart de heure)|depuis tout a le heure|depuis ce matin"
    r"|depuis cette nuit|depuis hier soir|(?:je|j) y (?:repense|pense)|tous les jours"
    r"|chaque jour|ces jours ci|ces temps ci|depuis quelques (?:jours|semaines)"
)
_IMMINENT = compile_pattern(
    r"maintenant|tout de suite|ce soir|cette nuit|aujourd hui|demain|cette semaine"
    r"|dans (?:<num>|quelques) (?:minutes|min|heures|heure|h|jours)|c est decide"
    r"|ce est decide|je ai decide|je ai tout prepare|je ai prepare|adieu|adieux"
    r"|je ai (?:la|une) (?:corde|arme)|je ai (?:les|des|mes) (?:cachets|medicaments)"
)

_ADMINISTRATIVE = compile_pattern(
    r"rembours\w*|(?:pris|prise|prend|prendre|prennent|prenez) en charge|mutuel\w*"
    r"|tarifs?|prix|cout|couts|coute|coutent|couter|taux (?:de remboursement|de prise)"
    r"|quel taux|a quel taux|franchises?|forfaits?|ald"
    r"|contrats?|garanties?|cotisations?|adhe\w*|resili\w*|devis|factur\w*|attestations?"
    r"|feuilles? de soins?|carte vitale|tiers payant|secu|securite sociale|cpam|ameli"
    r"|declar\w*|dossiers?|formulaires?|justificatifs?|indemni\w*|depassements?"
    r"|reste a charge|plafonds?|couvert\w*|couvre|couvrent|couvrir|frais|payer|paye|paie"
    r"|payes|generiques?|(?:mon|ma|un|une|votre|le|la|au|a la) conseill\w*"
    r"|espace adherent|rdv|rendez vous|options?"
    r"|formules?|prestations?|assurances?|prevoyance|capital deces|invalidite|agence"
    r"|courriers?|appli|application|arret de travail|arret maladie|decomptes?|releves?"
    r"|accidents? (?:du|de) travail|maladie professionnelle|conventionn\w*|secteur [12]"
    r"|optam|cloturer|cloture|succession|heritage|obseques|notaire|veterinaires?|veto"
    r"|fichiers?|newsletters?|mailing|concurren\w*|abonnements?|prelevements?"
)
_INFORMATIONAL = compile_pattern(
    r"ce est quoi|c est quoi|que est ce que (?:un|une|le|la|les|l)|que est ce qu"
    r"|a quoi sert|quels? sont les|quelles? sont les|comment (?:reconnaitre|reagir"
    r"|prevenir|eviter|se passe|fonctionne|marche)|reconnaitre|signes? (?:de|d)"
    r"|symptomes? (?:de|d)|prevention|prevenir|depistage|vaccins?|vaccination"
    r"|risques? (?:de|d)|definition|difference entre|en cas de|en cas d|si jamais"
    r"|que faire si|quoi faire si|premiers secours|formation|statistiques?"
    r"|numeros? (?:de|d) urgence|numeros? utiles|campagne|article|reportage|film|serie"
    r"|documentaire|livre|expose|memoire|ce est grave|est ce grave|ce est normal"
    r"|ce est dangereux|est ce dangereux|peur (?:de|d|que)|risque|risquait|risquer"
    r"|dangereu\w*|nocif\w*|toxicite|(?:quel|quels|le|un|son) (?:est le )?numero"
    r"|numero (?:pour|du|de|des|a appeler)|comment savoir|comment on sait"
    r"|a quoi (?:on )?reconnait|quels? sont les (?:signes|symptomes)"
    r"|eviter|pour eviter|securiser|mettre en securite|hors de portee|proteger (?:les|mes|nos)"
    r"|comment (?:ranger|stocker|conserver)|sensibilis\w*|affiches?|flyers?|brochures?"
    r"|atelier|conference|exercice|simulation|recherches? sur|master|these|doctorat"
    r"|etude sur|enquete sur|mon memoire|exposes?"
)
# A story, not the member's life: "dans le film, le héros fait un arrêt cardiaque",
# "j'écris un roman où l'héroïne s'empoisonne".
_FICTION_SUBJECT = compile_pattern(
    r"(?:heros|heroine|heroines|personnage|personnages|protagoniste|narrateur|narratrice"
    r"|le perso|la perso|les persos|son perso|mon perso"
    r"|acteur|actrice|le mechant|la mechante|perso principal)(?: [a-z]+){0,3} ?$",
    whole_words=False,
)
_FICTION_FRAME = compile_pattern(
    r"(?:dans|pendant|a la fin de|au debut de|selon|je lis|je regarde|je ecris|on regarde)"
    r" (?:le|la|un|une|ce|cette|mon|ma|son|sa|les|des|cet) (?:film|roman|livre|serie|episode"
    r"|saison|jeu video|jeu|manga|bd|scenario|polar|thriller|bouquin|recit|saga|conte"
    r"|piece de theatre|piece|fiction|telefilm|dessin anime|podcast|chanson|clip|nouvelle que)"
    r"|(?:roman|livre|film|scenario|nouvelle|fiction|histoire|piece|serie|bd|manga|fanfic"
    r"|personnage|polar|thriller|bouquin|recit|saga|conte)(?: [a-z]+)? (?:ou|dans lequel|dans"
    r" laquelle|qui raconte|raconte|sur|parle de|met en scene"
    r"|a pour heros|a pour heroine|avec)"
    # the news: "j'ai vu aux infos qu'un enfant avait avalé une pile"
    r"|(?:vu|lu|entendu|regarde) (?:aux|a la|a le|dans le|dans un|dans une|sur|sur un|sur une)"
    r" (?:infos|informations|tele|television|journal|journaux|article|reportage|radio|reseaux"
    r"|internet|facebook|twitter|tiktok|youtube|documentaire|fait divers)"
)
# A pet, not a person: "mon chat s'est étouffé avec une croquette"
_ANIMAL_SUBJECT = compile_pattern(
    r"(?:mon|ma|notre|nos|le|la|son|sa|ton|ta|mes|ses|leur) (?:chat|chatte|chaton|chats|chien"
    r"|chienne|chiot|chiens|lapin|hamster|cochon de inde|perroquet|oiseau|cheval|jument|poney"
    r"|furet|tortue|poisson|perruche|canari|lezard|serpent|animal|animaux|toutou|minou|matou"
    r"|labrador|berger allemand|caniche|chihuahua|yorkshire|bouledogue)",
)
_ANIMAL_REACH = 40  # characters between the pet and the match
_HUMAN = compile_pattern(r"<who>|je|me|moi|nous|bebe")
_FICTION_SUBJECT_ANYWHERE = compile_pattern(
    r"heros|heroine|heroines|personnage|personnages|protagoniste|narrateur|narratrice"
)
_FIRST_PERSON = compile_pattern(r"je|j|me|moi|mon|ma|mes|nous|notre|nos")
# "la série *que je regarde*": the member reads or watches the story
_READER = compile_pattern(
    r"que (?:je|j|on|nous) (?:regarde|regardais|lis|lisais|ecris|ecrivais|suis|ai vu|ai lu"
    r"|avons vu|prepare|termine|commence)(?: en train de [a-z]+)?"
)
_TOPIC_PAST = compile_pattern(
    r"a eu|ai eu|as eu|avait eu|avais eu|ayant eu|avoir eu|deja eu|suite a|suite de"
    r"|apres (?:son|sa|ses|mon|ma|mes|un|une|le|la|leur)"
    r"|depuis (?:son|sa|ses|mon|ma|mes|un|une|le|la|leur)"
    r"|antecedents?|sequelles?|reeducation|convalescence|gueri|guerie|remis|remise"
    r"|retabli|retablie|victime de|survivant|survivante|en remission|hospitalise"
    r"|hospitalisee|hospitalisation|a le hopital|en reanimation|aux urgences depuis"
    r"|a fait|ai fait|avait fait|a deja fait"
    r"|(?:decede|decedee|mort|morte|parti|partie|emporte|emportee) (?:de|d|des suites de"
    r"|suite a|a cause de|apres)|deces"
)

# A long-standing condition, in a message about cover: "des convulsions depuis toute
# petite, son traitement est-il remboursé ?" is not happening as an emergency now.
_CHRONIC = compile_pattern(
    r"depuis (?:toujours|des annees|des mois|longtemps|tout petit|toute petite|tout bebe"
    r"|petit|petite|bebe|sa naissance|la naissance|son enfance|mon enfance|le enfance"
    r"|(?:<num>|plusieurs|quelques) (?:ans|annees|mois))|chroniques?"
)
# A verb form that says the event took place ("si mon fils *a* avalé…"), as opposed to
# an open question ("que faire si un enfant avale…").
_EVENT_AUXILIARY = compile_pattern(
    r"a|ai|as|ont|avons|avez|est|sont|suis|vient de|viens de|venons de|en train de"
)

_CLAUSE_BREAK = re.compile(r" [,.?] ")
_SENTENCE_BREAK = re.compile(r" [.?] ")


def mask_idioms(text: str) -> tuple[str, bool]:
    """Blank out figures of speech; also say whether there was any."""
    masked = text
    if _LAUGHTER.search(masked) is not None:
        masked = _LAUGHTER.sub(LAUGHTER_MARK, masked)
    if _ANY_IDIOM.search(masked) is None:
        return masked, masked != text  # most messages: one search instead of one per idiom
    for idiom in _IDIOMS:
        masked = idiom.sub(_IDIOM_MARK, masked)
    return masked, masked != text


@dataclass(frozen=True)
class MessageContext:
    """Message-wide facts, computed once per message."""

    text: str
    administrative: bool
    informational: bool
    present: bool
    imminent: bool

    @classmethod
    def of(cls, text: str) -> MessageContext:
        return cls(
            text=text,
            administrative=bool(_ADMINISTRATIVE.search(text)),
            informational=bool(_INFORMATIONAL.search(text)),
            present=bool(_PRESENT.search(text)) and not _RESOLVED.search(text),
            imminent=bool(_IMMINENT.search(text)),
        )


def silencing_guard(sig: Signal, match: re.Match[str], ctx: MessageContext) -> str | None:
    """Return the name of the guard that sets this match aside, or None if it stands."""
    text = ctx.text
    start, end = match.span()
    clause_start, clause_end = _bounds(_CLAUSE_BREAK, text, start, end)
    before = text[clause_start:start]
    after = text[end:clause_end]
    clause = text[clause_start:clause_end]

    if sig.requires is not None and not (
        sig.requires.search(text, 0, start) or sig.requires.search(text, end)
        if sig.requires_elsewhere
        else sig.requires.search(text)
    ):
        return "requires"
    if sig.unless is not None and sig.unless.search(text):
        return "blocked"
    if sig.not_before is not None and sig.not_before.search(before):
        return "blocked"
    if sig.not_after is not None and sig.not_after.search(after):
        return "blocked"
    if sig.negation_guard and _negated(before):
        return "negated"
    if _COUNTERFACTUAL.search(before.strip()):
        return "counterfactual"
    sentence_start, sentence_end = _bounds(_SENTENCE_BREAK, text, start, end)
    sentence = text[sentence_start:sentence_end]
    if not ctx.present and _dated_in_the_past(sentence):
        return "past"
    if _FICTION_SUBJECT.search(before) or _in_a_story(text, sentence_start, start):
        return "fiction"
    pets = list(_ANIMAL_SUBJECT.finditer(before))
    if (
        pets
        and len(before) - pets[-1].end() <= _ANIMAL_REACH
        and not _HUMAN.search(before, pets[-1].end())
    ):
        return "animal"
    if (
        sig.category is Category.MEDICAL_EMERGENCY
        and ctx.administrative
        and not ctx.present
        and _CHRONIC.search(sentence)
    ):
        return "chronic"
    hypothetical = _hypothetical(before)
    if sig.topic:
        if hypothetical:
            return "hypothetical"
        if ctx.administrative or ctx.informational:
            return "context"
        if _TOPIC_PAST.search(clause) and not ctx.present:
            return "context"
    elif (
        hypothetical
        and sig.category is Category.SUICIDAL_DISTRESS
        and ctx.administrative
        and _SOMEONE.search(_hypothesis(before))
    ):
        return "hypothetical"  # "que devient le contrat si l'assuré se suicide ?"
    elif hypothetical and sig.category in EMERGENCIES:
        if ctx.administrative:
            return "hypothetical"
        if ctx.informational and not _EVENT_AUXILIARY.search(_hypothesis(before)):
            return "hypothetical"
    if sig.admin is AdminScope.CLAUSE and _ADMINISTRATIVE.search(clause):
        return "context"
    if sig.admin is AdminScope.MESSAGE and ctx.administrative:
        return "context"
    return None


def _bounds(breaks: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for found in breaks.finditer(text, 0, start):
        left = found.end()
    right_match = breaks.search(text, end)
    right = right_match.start() if right_match else len(text)
    return left, right


def not_about_now(masked: str) -> bool:
    """A story, the news or a laugh anywhere in the message (for the learned model's gate)."""
    return (
        LAUGHTER_MARK in masked
        or _FICTION_FRAME.search(masked) is not None
        or _FICTION_SUBJECT_ANYWHERE.search(masked) is not None
    )


def _in_a_story(text: str, sentence_start: int, start: int) -> bool:
    """A story is named earlier in the sentence, and no first person comes after it."""
    frames = list(_FICTION_FRAME.finditer(text, sentence_start, start))
    if not frames:
        return False
    between = _READER.sub(" ", text[frames[-1].end() : start])
    return not _FIRST_PERSON.search(between)


def _dated_in_the_past(sentence: str) -> bool:
    """The sentence dates its event in the past (a date of someone's death does not count)."""
    return any(
        not _DEATH_BEFORE_DATE.search(sentence, 0, found.start())
        for found in _DISTANT_PAST.finditer(sentence)
    )


def _negated(before: str) -> bool:
    words = before.split()
    for index in range(len(words) - 1, max(-1, len(words) - 1 - _NEGATION_LOOKBACK), -1):
        word = words[index]
        if word == "pas" and words[index + 1 : index + 3] == ["mal", "de"]:
            return False  # "pas mal de douleurs" means "quite a lot of pain"
        if word in _NEGATORS:
            # "de plus en plus mal" is not a negation
            return not (word == "plus" and words[max(0, index - 3) : index] == ["de", "plus", "en"])
        if word not in _LIGHT_WORDS:
            return False
    return False


def _hypothetical(before: str) -> bool:
    return bool(_hypothesis(before))


def _hypothesis(before: str) -> str:
    """The hypothesis that ends right before a match ("si mon fils"), or ""."""
    words = before.split()[-_HYPOTHETICAL_WINDOW:]
    found = _HYPOTHETICAL.search(" ".join(words))
    return found.group(0) if found else ""
