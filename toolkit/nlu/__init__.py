"""How well the interaction model hears people: the evaluation set, resolved as a device would.

`make nlu` (python -m toolkit.nlu) reads interaction_model/evaluation/<locale>.jsonl,
resolves every line with the local device's matcher against that locale's built model,
and reports accuracy, red-flag recall and false red flags against the goals of issue 19.
"""
