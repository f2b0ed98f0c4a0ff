"""The deployed skill, spoken to through the Skill Simulation API one line at a time."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from toolkit.replay import ask_cli, simulation
from toolkit.replay.ask_cli import AskError, RunAsk

# A simulation usually answers within seconds; its result is kept for ten minutes.
POLLS = 60
POLL_SECONDS = 1.0


class Simulator:
    """Sends each line to Alexa as text, and waits for what was said in answer."""

    def __init__(
        self,
        skill_id: str,
        run: RunAsk = ask_cli.run_ask,
        wait: Callable[[float], None] = time.sleep,
    ) -> None:
        self._skill_id = skill_id
        self._run = run
        self._wait = wait

    def say(self, locale: str, line: str, *, new_session: bool) -> Mapping[str, Any]:
        """The simulation's result once it is no longer in progress."""
        started = self._run(ask_cli.simulate(self._skill_id, locale, line, new_session=new_session))
        simulation_id = str(started.get("id") or "")
        if not simulation_id:
            raise AskError("simulate-skill gave no simulation id")
        for _ in range(POLLS):
            result = self._run(ask_cli.simulation_result(self._skill_id, simulation_id))
            if simulation.status(result) != simulation.IN_PROGRESS:
                return result
            self._wait(POLL_SECONDS)
        raise AskError(f"the simulation of {line!r} was still in progress after {POLLS} polls")
