"""Conversation logic that needs no Rasa: reading free French into form values, deciding what
to ask next, and writing the French answers of the money questions.

The actions stay thin: they pass the latest message and the slots to these functions and
turn the results into events and messages.
"""
