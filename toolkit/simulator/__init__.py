"""A local Alexa device: matches what a person says against the interaction model,
sends request envelopes to the skill and prints what Alexa would say."""
