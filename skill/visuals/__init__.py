"""Pictures of the point: the drawing, its renderings, and how screens and the Alexa app show it."""
