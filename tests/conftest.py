"""Fixtures every tier of the suite may use."""

from tests.support.alexa_apis import alexa_apis
from tests.support.moto_server import moto_server

__all__ = ["alexa_apis", "moto_server"]
