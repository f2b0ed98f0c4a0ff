"""Adapters to Alexa's own APIs (reminders, the device's settings), through the SDK's clients.

They take what the request carries (the SDK's service client factory, the device id) and
give back plain results, or raise `ReminderError`; the handlers turn both into words.
"""
