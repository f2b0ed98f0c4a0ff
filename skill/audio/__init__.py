"""The recorded hold segments: rendering them, their manifest, and where they are served."""
