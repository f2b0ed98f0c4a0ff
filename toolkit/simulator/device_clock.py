"""A device's clock: virtual time since it was switched on, with its audio playing through it."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

from toolkit.simulator.envelopes import utc_now
from toolkit.simulator.live_clock import LiveClock


class DeviceClock:
    """Virtual time on one device, running `speed` times faster than real time.

    Time passes in `sleep`, or, while `live`, on a thread of its own; either way the
    audio plays through it (`play_for`), and says how soon it next needs a turn
    (`until_next_ms`). Lines and the live clock's thread take turns with the device
    under `lock`. It is switched on now, or at `switched_on` (a replay's fixed moment).
    """

    def __init__(
        self,
        play_for: Callable[[int], None],
        until_next_ms: Callable[[], int | None],
        speed: float,
        switched_on: datetime | None = None,
    ) -> None:
        self.lock = threading.Condition(threading.RLock())
        self.speed = speed
        self._play_for = play_for
        self._until_next_ms = until_next_ms
        self._switched_on = switched_on or utc_now()
        self._now_ms = 0
        self._live: LiveClock | None = None

    @property
    def now_ms(self) -> int:
        """Virtual milliseconds since the device was switched on."""
        return self._now_ms

    def now(self) -> datetime:
        """The device's time: when it was switched on, plus the virtual time passed since."""
        return self._switched_on + timedelta(milliseconds=self._now_ms)

    @contextlib.contextmanager
    def live(self) -> Iterator[None]:
        """Time passes on its own while the body runs, as it does while a person types."""
        self._live = LiveClock(self.lock, self.pass_time, self.until_next_ms, self.speed)
        self._live.start()
        try:
            yield
        finally:
            self._live.stop()
            self._live = None

    def catch_up(self) -> None:
        """While live, pass the time gone by since it last passed. Hold the lock."""
        if self._live is not None:
            self._live.catch_up()

    def pass_time(self, ms: int) -> None:
        with self.lock:
            self._now_ms += ms
            self._play_for(ms)

    def until_next_ms(self) -> int | None:
        with self.lock:
            return self._until_next_ms()

    def sleep(self, ms: int) -> None:
        """Let `ms` of virtual time go by: while live it passes on its own; otherwise it is
        passed here, a step to each moment the audio needs a turn."""
        if self._live is not None:
            time.sleep(ms / 1000 / self.speed)
            return
        left = ms
        while left > 0:
            gap = self.until_next_ms()
            step = left if gap is None else min(left, gap)
            time.sleep(step / 1000 / self.speed)
            self.pass_time(step)
            left -= step
