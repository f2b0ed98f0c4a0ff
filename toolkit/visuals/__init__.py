"""Renders the pictures of the point offline, with rsvg-convert."""
