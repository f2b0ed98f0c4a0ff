"""Renders the hold's recorded audio offline (espeak-ng or Amazon Polly, and ffmpeg)."""
