"""Human handoff: reasons, tickets, summaries, adviser accounts and the Chatwoot connector."""
