"""Shipping the skill: the Lambda package, audio upload, skill manifest and deploy steps."""
