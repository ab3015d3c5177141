"""The console's HTML pages: plain strings, every dynamic value through :func:`html.escape`.

The pages hold no member data: the scripts fetch it from the JSON API once the page is
loaded. No inline script or style, so the Content-Security-Policy can forbid them.
"""

from __future__ import annotations

from html import escape

STATIC = "/console/static"
TITLE = "Mutuelle Horizon Santé"


def _head(title: str, script: str) -> str:
    return f"""<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{escape(title)} — {TITLE}</title>
<link rel="stylesheet" href="{STATIC}/console.css">
<script src="{STATIC}/{script}" defer></script>
</head>
"""


def login_page(error: str | None = None, login: str = "") -> str:
    alert = f'<p class="alert" role="alert">{escape(error)}</p>' if error else ""
    return (
        _head("Connexion conseiller", "login.js")
        + f"""<body class="login-page">
<main id="contenu" class="login-box" aria-labelledby="login-titre">
<p class="brand">{TITLE}</p>
<h1 id="login-titre">Console conseiller</h1>
<div id="login-erreur" aria-live="assertive">{alert}</div>
<form id="login-form" method="post" action="/console/login" novalidate>
<p class="field">
<label for="login">Identifiant</label>
<input id="login" name="login" type="text" autocomplete="username" autocapitalize="none"
 spellcheck="false" required maxlength="64" value="{escape(login)}">
</p>
<p class="field">
<label for="password">Mot de passe</label>
<input id="password" name="password" type="password" autocomplete="current-password"
 required maxlength="1024">
</p>
<p><button type="submit" class="primary">Se connecter</button></p>
</form>
<p class="hint">Accès réservé aux conseillers. Chaque consultation de dossier est tracée.</p>
</main>
</body>
</html>
"""
    )


def _topbar(display_name: str, current: str) -> str:
    def link(href: str, label: str, key: str) -> str:
        here = ' aria-current="page"' if key == current else ""
        return f'<li><a href="{href}"{here}>{label}</a></li>'

    return f"""<a class="skip" href="#contenu">Aller au contenu</a>
<header class="topbar">
<p class="brand">{TITLE} <span>Console conseiller</span></p>
<nav aria-label="Console">
<ul>
{link("/console", "File d'attente", "console")}
{link("/console/copilot", "Copilote", "copilot")}
</ul>
</nav>
<p class="who">Connecté·e : <strong>{escape(display_name)}</strong></p>
<button type="button" id="logout">Se déconnecter</button>
</header>
<div id="annonces" class="sr-only" role="status" aria-live="polite"></div>
"""


def _copilot_panel(heading_level: int, send_label: str) -> str:
    h = f"h{heading_level}"
    return f"""<{h} id="copilote-titre">Copilote</{h}>
<form id="copilot-form" data-send-label="{escape(send_label)}">
<p class="field">
<label for="copilot-text">Question ou demande</label>
<textarea id="copilot-text" name="text" rows="3" maxlength="2000"
 aria-describedby="copilot-aide"></textarea>
</p>
<p class="hint" id="copilot-aide">Ex. « remboursement lunettes 100 % Santé »,
 « dermato secteur 2 70 € Confort », « dermatologue à Nantes ».</p>
<p class="field">
<label for="copilot-contract">Contrat pour la simulation</label>
<select id="copilot-contract" name="contract_id">
<option value="">Celui nommé dans le texte</option>
</select>
</p>
<div class="actions">
<button type="submit" class="primary" data-tool="answer">Réponse suggérée</button>
<button type="button" data-tool="simulate">Simuler un remboursement</button>
<button type="button" data-tool="care-search">Chercher un soignant</button>
</div>
</form>
<p id="copilot-status" class="status" role="status" aria-live="polite"></p>
<div id="copilot-results" class="results"></div>
"""


def console_page(display_name: str, refresh_seconds: int) -> str:
    return (
        _head("Console conseiller", "console.js")
        + f"""<body data-page="console" data-refresh="{int(refresh_seconds)}">
{_topbar(display_name, "console")}
<div class="layout">
<main id="contenu" tabindex="-1">
<section id="file" aria-labelledby="file-titre">
<div class="section-head">
<h1 id="file-titre">File d'attente</h1>
<button type="button" id="actualiser">Actualiser</button>
</div>
<p id="file-etat" class="status" role="status" aria-live="polite">Chargement…</p>
<div class="table-wrap">
<table id="file-table">
<caption class="sr-only">Demandes transmises aux conseillers, les plus urgentes
 d'abord</caption>
<thead>
<tr>
<th scope="col">Priorité</th>
<th scope="col">Motif</th>
<th scope="col">Canal</th>
<th scope="col">Attente</th>
<th scope="col">Adhérent</th>
<th scope="col">Statut</th>
<th scope="col"><span class="sr-only">Action</span></th>
</tr>
</thead>
<tbody></tbody>
</table>
</div>
</section>
<section id="conversation" aria-labelledby="conv-titre" hidden>
<div class="section-head">
<h2 id="conv-titre" tabindex="-1">Conversation</h2>
<button type="button" id="conv-fermer">Fermer la vue</button>
</div>
<p id="conv-urgent" class="urgent" hidden></p>
<dl id="conv-meta" class="meta"></dl>
<h3>Résumé</h3>
<p id="conv-resume" class="summary"></p>
<h3 id="echanges-titre">Échanges</h3>
<p id="conv-notice" class="notice" hidden></p>
<ol id="conv-transcript" class="transcript" aria-labelledby="echanges-titre"></ol>
<div id="conv-take" class="actions" hidden>
<button type="button" id="take-open" class="primary">Prendre ce ticket</button>
</div>
<form id="reply-form" hidden>
<p class="field">
<label for="reply-text">Votre réponse à l'adhérent</label>
<textarea id="reply-text" name="text" rows="6" maxlength="4096" required
 aria-describedby="reply-aide"></textarea>
</p>
<p class="hint" id="reply-aide">Envoyée sur le canal de l'adhérent ; l'assistant reste
 silencieux tant que vous détenez la conversation.</p>
<div class="actions">
<button type="submit" class="primary">Envoyer</button>
<button type="button" id="release">Rendre au bot</button>
<button type="button" id="close">Clore le ticket</button>
</div>
</form>
<p id="conv-message" class="status" role="status" aria-live="polite"></p>
</section>
</main>
<aside id="copilote" aria-labelledby="copilote-titre">
{_copilot_panel(2, "Envoyer au membre")}
</aside>
</div>
</body>
</html>
"""
    )


def copilot_page(display_name: str) -> str:
    return (
        _head("Copilote", "console.js")
        + f"""<body data-page="copilot">
{_topbar(display_name, "copilot")}
<main id="contenu" tabindex="-1" class="copilot-only" aria-labelledby="copilote-titre">
{_copilot_panel(1, "Copier le texte")}
</main>
</body>
</html>
"""
    )
