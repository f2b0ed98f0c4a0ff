"""Fixtures every tier of the suite may use."""

from tests.support.moto_server import moto_server

__all__ = ["moto_server"]
