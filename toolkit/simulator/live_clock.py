"""Time passing on its own for a device at a terminal, while the person types."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class LiveClock:
    """Runs a player on its own thread, `speed` times faster than real time.

    Every change to the device happens under `lock`; whoever takes it calls
    `catch_up()` first, so time is always spent in the state it passed in.
    """

    def __init__(
        self,
        lock: threading.Condition,
        pass_time: Callable[[int], None],
        until_next_ms: Callable[[], int | None],
        speed: float,
    ) -> None:
        self._lock = lock
        self._pass_time = pass_time
        self._until_next_ms = until_next_ms
        self._speed = speed
        self._last = time.monotonic()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="audio-player", daemon=True)

    def start(self) -> None:
        self._last = time.monotonic()
        self._thread.start()

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            self._lock.notify_all()
        self._thread.join()

    def catch_up(self) -> None:
        """Pass the virtual time that has gone by since the last catch-up. Hold the lock."""
        now = time.monotonic()
        ms = int((now - self._last) * 1000 * self._speed)
        # Keep the fraction of a virtual millisecond not passed yet for next time.
        self._last += ms / 1000 / self._speed
        if ms > 0:
            self._pass_time(ms)

    def _run(self) -> None:
        with self._lock:
            while not self._stopping:
                self.catch_up()
                gap = self._until_next_ms()
                self._lock.wait(None if gap is None else (gap + 1) / 1000 / self._speed)
