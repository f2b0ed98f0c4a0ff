from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from ask_sdk_core.skill import CustomSkill
from werkzeug.serving import BaseWSGIServer

from skill.store import SessionStore, open_store
from tests.support.alexa_signing import CHAIN_URL, AlexaKeys, LocalChainVerifier, make_alexa_keys
from tests.support.threaded_server import make_web_server, server_url
from tests.support.web_client import SKILL_ID, Service, StartService
from toolkit.web.app import create_app


@pytest.fixture(scope="session")
def alexa_keys() -> AlexaKeys:
    return make_alexa_keys()


@pytest.fixture
def db_path(skill_on_sqlite: Path) -> Path:
    return skill_on_sqlite


@pytest.fixture
def store(db_path: Path) -> SessionStore:
    return open_store(db_path)


@pytest.fixture
def start_service(db_path: Path, alexa_keys: AlexaKeys) -> Iterator[StartService]:
    """Starts the real app in a real server thread; stops them all afterwards."""
    running: list[tuple[BaseWSGIServer, threading.Thread]] = []

    def start(
        *,
        verify: bool = True,
        skill_id: str | None = SKILL_ID,
        chains: Mapping[str, bytes] | None = None,
        skill: CustomSkill | None = None,
    ) -> Service:
        verifier = LocalChainVerifier(chains or {CHAIN_URL: alexa_keys.chain}, alexa_keys.root_der)
        app = create_app(verify=verify, skill_id=skill_id, skill=skill, signature_verifier=verifier)
        server = make_web_server(app, "127.0.0.1", 0)
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        thread.start()
        running.append((server, thread))
        return Service(server_url(server), alexa_keys, verifier)

    yield start
    for server, thread in running:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def service(start_service: StartService) -> Service:
    """Verifying signatures, timestamps and the skill id, as in production."""
    return start_service()
