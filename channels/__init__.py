"""Channels gateway: one inbound pipeline for the website, WhatsApp, Telegram and the console.

- :mod:`channels.app` — ``create_app(settings) -> FastAPI`` (``python -m channels serve``);
- :mod:`channels.settings` — ``GatewaySettings`` (environment);
- :mod:`channels.pipeline` — duplicates, size and rate limits, adviser hold, engine;
- :mod:`channels.engine_client` — the engine's REST channel;
- :mod:`channels.compose`, :mod:`channels.rendering`, :mod:`channels.text` — bot replies
  (envelopes by kind) → platform messages within their limits;
- :mod:`channels.whatsapp`, :mod:`channels.telegram` — webhooks and send clients;
- :mod:`channels.dedup`, :mod:`channels.ratelimit`, :mod:`channels.choices` — their state;
- :mod:`channels.relay` — factories for :mod:`channels.nudges` (template sender, relay).
"""
