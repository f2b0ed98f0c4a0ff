"""Request handlers, one module per feature: read the request, ask the routine, speak."""
