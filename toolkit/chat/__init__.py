"""`acupressure-helper chat`: talking to the skill through the simulated device."""
