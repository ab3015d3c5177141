"""Rendering bot replies for WhatsApp and Telegram: envelopes, buttons, limits, order."""

from __future__ import annotations

from typing import Any

import safety
from assistant import Envelope, SourceRef
from channels.models import BotReply
from channels.rendering import compose, render_telegram, render_whatsapp
from channels.telegram_payloads import TelegramPhoto, TelegramText
from channels.whatsapp_payloads import (
    WhatsAppButtons,
    WhatsAppImage,
    WhatsAppList,
    WhatsAppOutbound,
    WhatsAppText,
)

AMELI = SourceRef(
    title="Consultation chez le généraliste – ameli.fr",
    url="https://www.ameli.fr/assure/remboursements/rembourse/consultations",
    updated="2024-12-22",
)


def collected(text: str, envelope: Envelope | None = None) -> list[BotReply]:
    """What Rasa's REST channel returns: text split on blank lines, then the ``custom``."""
    items = [BotReply(text=part) for part in text.strip().split("\n\n")]
    if envelope is not None:
        items.append(BotReply.of_envelope(envelope))
    return items


def wa_texts(messages: list[WhatsAppOutbound]) -> list[str]:
    return [m.body for m in messages if isinstance(m, WhatsAppText)]


def buttons(*titles: str) -> list[dict[str, Any]]:
    return [{"title": title, "payload": f"/pick_{i}"} for i, title in enumerate(titles)]


def test_answer_sources_are_dated_and_french() -> None:
    envelope = Envelope(kind="answer", sources=[AMELI])
    (message,) = render_whatsapp(collected("La consultation coûte 30 €.", envelope))
    assert isinstance(message, WhatsAppText)
    assert message.body == (
        "La consultation coûte 30 €.\n\n"
        "Source : Consultation chez le généraliste – ameli.fr (mis à jour le 22/12/2024) "
        "https://www.ameli.fr/assure/remboursements/rembourse/consultations"
    )


def test_sources_already_cited_in_the_text_are_not_repeated() -> None:
    text = f"La consultation coûte 30 € [1].\n\nSources :\n[1] Ameli, 2024-12-22 — {AMELI.url}"
    messages = render_whatsapp(collected(text, Envelope(kind="answer", sources=[AMELI])))
    assert wa_texts(messages) == [text]


def test_simulation_figures_become_compact_lines() -> None:
    envelope = Envelope(
        kind="simulation",
        data={
            "act": "Consultation chez le généraliste",
            "figures": {"fee": "30.00", "amo_net": "21", "mutuelle": "7.00", "reste_a_charge": "2"},
        },
    )
    (message,) = render_whatsapp(collected("Voici l'estimation.", envelope))
    assert isinstance(message, WhatsAppText)
    assert message.body == (
        "Voici l'estimation.\n\n"
        "*Consultation chez le généraliste*\n"
        "Montant facturé : 30,00\u00a0€\n"
        "Assurance Maladie : 21,00\u00a0€\n"
        "Votre mutuelle : 7,00\u00a0€\n"
        "Reste à votre charge : 2,00\u00a0€"
    )
    (telegram,) = render_telegram(collected("Voici l'estimation.", envelope))
    assert isinstance(telegram, TelegramText)
    assert "<b>Consultation chez le généraliste</b>\nMontant facturé" in telegram.text


def test_simulation_lines_when_there_are_no_totals() -> None:
    envelope = Envelope(
        kind="simulation", data={"lines": [{"label": "Assurance Maladie", "amount": 21}]}
    )
    (message,) = render_whatsapp([BotReply.of_envelope(envelope)])
    assert isinstance(message, WhatsAppText)
    assert message.body == "Assurance Maladie : 21,00\u00a0€"


def test_care_search_is_a_numbered_list() -> None:
    results = [
        {
            "name": "Dr Claire Martin",
            "specialty": "dermatologue",
            "address": "12 rue de la République",
            "postcode": "69002",
            "city": "Lyon",
            "distance_km": 1.24,
            "phone": "04 72 00 00 00",
        },
        {"name": "Dr Paul Durand", "specialty": "dermatologue", "city": "Villeurbanne"},
    ]
    envelope = Envelope(kind="care_search", data={"results": results})
    (message,) = render_whatsapp(collected("Deux dermatologues près de chez vous :", envelope))
    assert isinstance(message, WhatsAppText)
    assert message.body.splitlines()[-2:] == [
        "1. Dr Claire Martin — dermatologue — 12 rue de la République, 69002 Lyon (1,2 km) — "
        "04 72 00 00 00",
        "2. Dr Paul Durand — dermatologue — Villeurbanne",
    ]


def test_emergency_comes_first_and_whole() -> None:
    reply = safety.reply_for(safety.Assessment(category=safety.Category.MEDICAL_EMERGENCY))
    emergency = collected(reply.text, Envelope.model_validate(reply.to_payload()))
    before = collected("Votre contrat couvre l'optique.", Envelope(kind="answer"))
    messages = render_whatsapp(before + emergency)
    texts = wa_texts(messages)
    assert texts[0].startswith("Appelez le 15 (SAMU) ou le 112 maintenant.")
    assert "Vos questions de remboursement peuvent attendre." in texts[0]
    assert texts[-1] == "Votre contrat couvre l'optique."
    # the numbers are already in the text: not repeated; the source is added
    assert "112 : Numéro d'urgence européen" not in texts[0]
    assert "Source : Numéros d'urgence" in texts[0]


def test_emergency_numbers_missing_from_the_text_are_added() -> None:
    envelope = Envelope(
        kind="emergency", data={"numbers": [{"number": "3114", "label": "Prévention du suicide"}]}
    )
    (message,) = render_whatsapp(collected("Vous n'êtes pas seul·e.", envelope))
    assert isinstance(message, WhatsAppText)
    assert message.body.endswith("3114 : Prévention du suicide")


def test_long_text_with_buttons_is_sent_whole_before_the_buttons() -> None:
    text = "Un conseiller va reprendre votre demande. " * 40  # > 1,024: too long for a body
    replies = [BotReply(text=text, buttons=[{"title": "Oui", "payload": "/affirm"}])]  # type: ignore[list-item]
    first, *rest = render_whatsapp(replies)
    assert isinstance(first, WhatsAppText) and first.body == text.strip()
    (choice,) = rest
    assert isinstance(choice, WhatsAppButtons)
    assert choice.body == "Choisissez une option :"


def test_three_short_buttons_are_reply_buttons() -> None:
    replies = [
        BotReply.model_validate(
            {"text": "Quel soin ?", "buttons": buttons("Optique", "Dentaire", "Audition")}
        )
    ]
    (message,) = render_whatsapp(replies)
    assert isinstance(message, WhatsAppButtons)
    assert [(b.id, b.title) for b in message.buttons] == [
        ("/pick_0", "Optique"),
        ("/pick_1", "Dentaire"),
        ("/pick_2", "Audition"),
    ]


def test_a_long_button_title_turns_the_buttons_into_a_list() -> None:
    title = "Hospitalisation programmée en clinique"
    replies = [
        BotReply.model_validate({"text": "Quel soin ?", "buttons": buttons("Optique", title)})
    ]
    (message,) = render_whatsapp(replies)
    assert isinstance(message, WhatsAppList)
    row = message.rows[1]
    assert len(row.title) <= 24 and row.title.endswith("…")
    assert row.description == title
    assert message.button == "Voir les choix"


def test_more_than_ten_buttons_become_numbered_text() -> None:
    titles = [f"Choix {i}" for i in range(1, 12)]
    (message,) = render_whatsapp(
        [BotReply.model_validate({"text": "Lequel ?", "buttons": buttons(*titles)})]
    )
    assert isinstance(message, WhatsAppText)
    assert message.body.startswith("Lequel ?\n\n1. Choix 1\n2. Choix 2")
    assert message.body.endswith("Répondez avec le numéro de votre choix.")
    assert [c.payload for c in message.numbered_choices][-1] == "/pick_10"


def test_telegram_keyboard_and_callback_data_limits() -> None:
    long_title = "Très long libellé de bouton " * 4
    replies = [
        BotReply.model_validate(
            {
                "text": "Choisissez",
                "buttons": [
                    {"title": "Oui", "payload": "/affirm"},
                    {"title": "Non", "payload": "/deny{" + '"x": ' * 20 + "}"},
                    {"title": long_title, "payload": "é" * 40},
                ],
            }
        )
    ]
    (message,) = render_telegram(replies)
    assert isinstance(message, TelegramText)
    data = [b.callback_data for b in message.buttons]
    assert data[:2] == ["/affirm", "Non"]
    assert long_title.startswith(data[2]) and len(data[2].encode()) <= 64


def test_images_and_foreign_custom_payloads() -> None:
    replies = [
        BotReply(text="Votre carte :"),
        BotReply(image="https://example.org/carte.png"),
        BotReply(custom={"widget": "calendar"}),
    ]
    wa = render_whatsapp(replies)
    assert isinstance(wa[-1], WhatsAppImage) and wa[-1].link == "https://example.org/carte.png"
    assert len(wa) == 2
    tg = render_telegram(replies)
    assert isinstance(tg[-1], TelegramPhoto)


def test_turn_order_is_kept_and_buttons_close_their_turn() -> None:
    replies = [
        BotReply(text="Premier."),
        BotReply.model_validate({"text": "Continuer ?", "buttons": buttons("Oui")}),
        BotReply(text="Deuxième."),
        BotReply.of_envelope(Envelope(kind="fallback")),
        BotReply(text="Troisième."),
    ]
    parts = compose(replies)
    messages = render_whatsapp(replies)
    assert len(parts) == 3
    assert isinstance(messages[0], WhatsAppText) and messages[0].body == "Premier.\n\nDeuxième."
    assert isinstance(messages[1], WhatsAppButtons)
    assert isinstance(messages[2], WhatsAppText) and messages[2].body == "Troisième."


def test_telegram_text_is_escaped_but_bold_is_markup() -> None:
    envelope = Envelope(kind="simulation", data={"act": "Soins <dentaires> & co", "amo_net": 10})
    (message,) = render_telegram([BotReply(text="a < b"), BotReply.of_envelope(envelope)])
    assert isinstance(message, TelegramText)
    assert message.text == (
        "a &lt; b\n\n<b>Soins &lt;dentaires&gt; &amp; co</b>\nAssurance Maladie : 10,00\u00a0€"
    )


def test_nothing_to_say_renders_nothing() -> None:
    assert render_whatsapp([]) == [] and render_telegram([]) == []
    assert render_whatsapp([BotReply(text="  ")]) == []
