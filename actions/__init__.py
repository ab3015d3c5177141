"""Custom actions served by rasa-sdk (``python -m rasa_sdk --actions actions``).

Actions stay thin: read the tracker, call a domain module, utter text plus an envelope.
"""
