"""The website's HTML pages (French): the home page with the assistant, the demo login.

No inline script or style (the CSP forbids them): the widget reads its configuration from the
``data-`` attributes of ``#assistant-widget``. Every value written into a page is escaped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

ADVISER_PHONE = "01 84 60 00 00"
ADVISER_HOURS = "du lundi au vendredi de 8 h 30 à 18 h et le samedi de 9 h à 12 h"


@dataclass(frozen=True)
class WidgetConfig:
    """What the widget needs, written into the page as ``data-`` attributes."""

    engine_url: str
    socket_path: str
    transports: str
    metadata_key: str
    login_enabled: bool
    member_id: str | None
    token_url: str

    def attributes(self) -> str:
        values = {
            "data-engine-url": self.engine_url,
            "data-socket-path": self.socket_path,
            "data-transports": self.transports,
            "data-metadata-key": self.metadata_key,
            "data-login": "on" if self.login_enabled else "off",
            "data-owner": self.member_id or "",
            "data-token-url": self.token_url,
        }
        return " ".join(f'{name}="{escape(value)}"' for name, value in values.items())


def _layout(
    title: str, body: str, *, assets: Mapping[str, str], scripts: tuple[str, ...] = ()
) -> str:
    script_tags = "".join(f'\n  <script src="{escape(assets[s])}" defer></script>' for s in scripts)
    return f"""<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(title)}</title>
  <meta name="description" content="Mutuelle Horizon Santé : votre complémentaire santé, vos
 remboursements, vos garanties et un assistant pour répondre à vos questions.">
  <link rel="icon" href="{escape(assets["favicon.svg"])}" type="image/svg+xml">
  <link rel="stylesheet" href="{escape(assets["site.css"])}">{script_tags}
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
{body}
</body>
</html>
"""


def _header(member_id: str | None, login_enabled: bool) -> str:
    if member_id:
        account = f"""<div class="account">
      <span class="account-name">Espace adhérent : <strong>{escape(member_id)}</strong></span>
      <form method="post" action="/deconnexion" class="inline-form">
        <button type="submit" class="link-button">Se déconnecter</button>
      </form>
    </div>"""
    elif login_enabled:
        account = '<a class="account-link" href="/connexion">Espace adhérent</a>'
    else:
        account = ""
    return f"""<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="/" aria-label="Mutuelle Horizon Santé, accueil">
      <span class="brand-mark" aria-hidden="true">H</span>
      <span class="brand-name">Horizon Santé<span class="brand-sub">mutuelle santé</span></span>
    </a>
    <nav aria-label="Navigation principale">
      <ul class="nav">
        <li><a href="/#garanties">Nos garanties</a></li>
        <li><a href="/#remboursements">Remboursements</a></li>
        <li><a href="/#soins">Trouver un professionnel</a></li>
      </ul>
    </nav>
    {account}
  </div>
</header>"""


FOOTER = f"""<footer class="site-footer">
  <div class="wrap footer-row">
    <p class="urgent"><strong>Urgence médicale :</strong> appelez le <a href="tel:15">15</a>
      (SAMU) ou le <a href="tel:112">112</a> ; par SMS, le <a href="sms:114">114</a>.
      Idées suicidaires : <a href="tel:3114">3114</a>.</p>
    <p>Conseillers : <a href="tel:+33184600000">{ADVISER_PHONE}</a>, {ADVISER_HOURS}.</p>
    <p class="legal">Site de démonstration — Mutuelle Horizon Santé est fictive. Les réponses
      de l'assistant sont indicatives et citent leurs sources.</p>
  </div>
</footer>"""


def home_page(config: WidgetConfig, assets: Mapping[str, str]) -> str:
    """The home page with the assistant widget."""
    greeting = (
        '<p class="hero-note">Vous êtes connecté : l\'assistant peut répondre avec votre '
        "contrat.</p>"
        if config.member_id
        else ""
    )
    body = f"""{_header(config.member_id, config.login_enabled)}
<main id="contenu" tabindex="-1">
  <section class="hero">
    <div class="wrap">
      <h1>Votre santé, simplement bien remboursée</h1>
      <p class="lead">Consultations, hospitalisation, optique, dentaire : posez vos questions à
        notre assistant, à toute heure. Il répond à partir de fiches datées et sourcées, calcule
        votre reste à charge et vous met en relation avec un conseiller si besoin.</p>
      {greeting}
      <p>
        <button type="button" class="cta" data-open-assistant
          >Poser une question à l'assistant</button>
      </p>
    </div>
  </section>
  <div class="wrap cards">
    <section class="card" id="garanties" aria-labelledby="garanties-titre">
      <h2 id="garanties-titre">Nos garanties</h2>
      <p>Cinq formules responsables, d’Essentielle à Intégrale, pour couvrir les
        soins courants, l'hôpital, l'optique et le dentaire, 100 % Santé inclus.</p>
    </section>
    <section class="card" id="remboursements" aria-labelledby="remboursements-titre">
      <h2 id="remboursements-titre">Vos remboursements</h2>
      <p>Demandez à l'assistant ce que vous coûtera une consultation : il détaille la part de
        l'Assurance Maladie, celle de la mutuelle et votre reste à charge.</p>
    </section>
    <section class="card" id="soins" aria-labelledby="soins-titre">
      <h2 id="soins-titre">Trouver un professionnel</h2>
      <p>Un dermatologue à Nantes, un dentiste près de chez vous : l'assistant cherche dans
        l'annuaire santé et indique le secteur et les tarifs.</p>
    </section>
  </div>
</main>
{FOOTER}
<div id="assistant-widget" class="assistant" {config.attributes()}>
  <noscript><p class="noscript">L'assistant a besoin de JavaScript. Vous pouvez joindre un
    conseiller au {ADVISER_PHONE}.</p></noscript>
</div>"""
    return _layout(
        "Mutuelle Horizon Santé — votre complémentaire santé",
        body,
        assets=assets,
        scripts=("vendor/socket.io.min.js", "widget.js"),
    )


def login_page(assets: Mapping[str, str], *, error: str | None = None, member_id: str = "") -> str:
    """The demo login form (member id + the demo password)."""
    alert = (
        f'<p class="form-error" role="alert" id="connexion-erreur">{escape(error)}</p>'
        if error
        else ""
    )
    described = ' aria-describedby="connexion-erreur"' if error else ""
    invalid = ' aria-invalid="true"' if error else ""
    body = f"""{_header(None, True)}
<main id="contenu" tabindex="-1" class="wrap narrow">
  <h1>Espace adhérent</h1>
  <p>Connexion de démonstration : votre numéro d'adhérent (par exemple HS-1001) et le mot de
    passe de démonstration.</p>
  {alert}
  <form method="post" action="/connexion" class="login-form"{described}>
    <label for="member_id">Numéro d'adhérent</label>
    <input id="member_id" name="member_id" type="text" autocomplete="username" required
      maxlength="20" value="{escape(member_id)}"{invalid}>
    <label for="password">Mot de passe</label>
    <input id="password" name="password" type="password" autocomplete="current-password"
      required maxlength="200"{invalid}>
    <button type="submit" class="cta">Se connecter</button>
  </form>
  <p><a href="/">Retour à l'accueil</a></p>
</main>
{FOOTER}"""
    return _layout("Connexion — Mutuelle Horizon Santé", body, assets=assets)


def login_disabled_page(assets: Mapping[str, str]) -> str:
    body = f"""{_header(None, False)}
<main id="contenu" tabindex="-1" class="wrap narrow">
  <h1>Espace adhérent</h1>
  <p>La connexion de démonstration n'est pas activée sur ce site. L'assistant reste
    disponible sans connexion depuis <a href="/">l'accueil</a>.</p>
</main>
{FOOTER}"""
    return _layout("Connexion indisponible — Mutuelle Horizon Santé", body, assets=assets)
