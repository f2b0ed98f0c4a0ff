"""What runs on a developer's or operator's machine, never in Lambda."""
