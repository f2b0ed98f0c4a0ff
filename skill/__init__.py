"""Acupressure Helper: an Alexa skill that guides a person with back pain to Bladder 40."""
