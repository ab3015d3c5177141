"""The website: a French home page with the assistant widget, served by the gateway.

- :mod:`channels.web.router` — ``web_router(settings) -> APIRouter`` (page, assets, demo login,
  ``/api/member-token``);
- :mod:`channels.web.settings` — ``WebsiteSettings`` (``PUBLIC_ENGINE_URL``,
  ``WEBSITE_DEMO_PASSWORD``, ``MEMBER_TOKEN_SECRET``…);
- :mod:`channels.web.auth` — login check, session cookie, member tokens;
- :mod:`channels.web.pages` — the HTML;
- ``static/`` — the widget (plain JavaScript, no build) and its style sheet; the socket.io
  client comes from npm (``npm ci --prefix channels/web``);
- :mod:`channels.web.engine_socketio` — the engine-side socket.io channel the widget needs
  (runs inside the engine, not the gateway).

This package imports nothing on purpose, so the engine can load
:mod:`channels.web.engine_socketio` without the gateway's dependencies.
"""
