"""The skill as a web service for Alexa: checks on every request, and a production server."""
