"""Channels gateway: one inbound pipeline for the website, WhatsApp, Telegram and the adviser console."""
