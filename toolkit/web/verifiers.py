"""The checks a request must pass before the skill hears it: from Alexa, for this skill, just now.

Every check raises the SDK's VerificationException on failure, and only that, so the web
service can turn each failure into HTTP 400.
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import urlopen

from toolkit.web import crypto as web_crypto

web_crypto.install()

# These import oscrypto, which needs the hook installed above.
from ask_sdk_model import RequestEnvelope  # noqa: E402
from ask_sdk_webservice_support.verifier import (  # noqa: E402
    AbstractVerifier,
    RequestVerifier,
    VerificationException,
)
from ask_sdk_webservice_support.verifier import (  # noqa: E402
    TimestampVerifier as SdkTimestampVerifier,
)
from ask_sdk_webservice_support.verifier_constants import CERT_CHAIN_DOMAIN  # noqa: E402
from asn1crypto import pem  # noqa: E402
from certvalidator import (  # noqa: E402
    CertificateValidator,
    ValidationContext,
)
from certvalidator.errors import PathError, ValidationError  # noqa: E402
from cryptography.x509 import Certificate, DNSName, SubjectAlternativeName  # noqa: E402

__all__ = [
    "AbstractVerifier",
    "AlexaSignatureVerifier",
    "TimestampVerifier",
    "VerificationException",
    "has_readable_time",
]

# Alexa's chains are a few kilobytes; anything far larger is not one.
MAX_CHAIN_BYTES = 64 * 1024
# Chains kept in memory, the least recently used dropped first: Alexa signs with one chain
# at a time (two while it rolls a new one over), so a few dozen is plenty, and a stream of
# forged URLs can neither grow the cache nor push a download per request past this bound.
CHAIN_CACHE_SIZE = 32

# Alexa's timestamps, as the Request and Response JSON Reference shows them:
# "2015-05-13T12:34:56Z". ISO 8601 with a date, a time (seconds, optionally a fraction) and
# a zone; the SDK's own parser would also take "Dec 04 2026 02:30:00PM UTC" or RFC 2822.
ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")

# Alexa's certificate URLs are plain: https://s3.amazonaws.com/echo.api/echo-api-cert-N.pem.
# The characters a path of that kind needs, and nothing that could be read two ways.
PLAIN_PATH = re.compile(r"[A-Za-z0-9._~/-]*")


class AlexaSignatureVerifier(RequestVerifier):
    """The SDK's signature check (URL rules, chain, signing certificate, body), failing closed.

    The SDK lets some faults escape as other exceptions (an undecodable signature, an
    unreachable or unreadable chain, a certificate without names); here every one of them
    is a failed check. `trust_roots` (DER certificates) replaces the system's trusted roots.
    """

    def __init__(
        self, *, trust_roots: Sequence[bytes] | None = None, download_timeout: float = 4.0
    ) -> None:
        super().__init__()
        self._cached: OrderedDict[str, bytes] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._trust_roots = list(trust_roots) if trust_roots is not None else None
        # Alexa waits 8 seconds for the whole answer, download included.
        self._download_timeout = download_timeout

    def verify(
        self,
        headers: dict[str, Any],
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        try:
            super().verify(headers, serialized_request_env, deserialized_request_env)
        except VerificationException:
            raise
        except Exception as error:
            raise VerificationException(
                f"the signature could not be checked: {type(error).__name__}"
            ) from error

    def _validate_certificate_url(self, cert_url: str) -> None:
        """The SDK's rules (https, s3.amazonaws.com, /echo.api/, port 443), and no oddities.

        Host a Custom Skill as a Web Service, "Verifying the Signature Certificate URL":
        "Before downloading the certificate from the URL specified in the
        SignatureCertChainUrl header, you should ensure that the URL represents a URL Amazon
        would use for the certificate." Amazon's URLs carry no user or password
        ("https://user@s3.amazonaws.com/..." passes the SDK's host check), no query or
        fragment, no empty port, and nothing percent-encoded in the path: the SDK
        normalises ".." as written, so "/echo.api/%2e%2e/other/" passes its check while a
        server that decodes the path serves another folder.
        """
        parts = urlsplit(cert_url)
        if parts.username is not None or parts.password is not None or "@" in parts.netloc:
            raise VerificationException("the certificate URL names a user")
        if parts.query or parts.fragment or "?" in cert_url or "#" in cert_url:
            raise VerificationException("the certificate URL has a query or fragment")
        if parts.netloc.endswith(":"):
            raise VerificationException("the certificate URL has an empty port")
        if PLAIN_PATH.fullmatch(parts.path) is None or unquote(parts.path) != parts.path:
            raise VerificationException("the certificate URL's path is not plain")
        super()._validate_certificate_url(cert_url)

    def _load_cert_chain(self, cert_url: str) -> bytes:
        with self._cache_lock:
            chain = self._cached.get(cert_url)
            if chain is not None:
                self._cached.move_to_end(cert_url)
                return chain
        chain = self.download_chain(cert_url)
        with self._cache_lock:
            self._cached[cert_url] = chain
            self._cached.move_to_end(cert_url)
            while len(self._cached) > CHAIN_CACHE_SIZE:
                self._cached.popitem(last=False)
        return chain

    @property
    def cached_chains(self) -> int:
        """How many chains the cache holds now."""
        return len(self._cached)

    def download_chain(self, cert_url: str) -> bytes:
        """The PEM chain at `cert_url`, whose form has already been checked."""
        # The URL was checked to be https://s3.amazonaws.com/echo.api/ before this call.
        with urlopen(cert_url, timeout=self._download_timeout) as response:  # noqa: S310
            chain: bytes = response.read(MAX_CHAIN_BYTES + 1)
        if len(chain) > MAX_CHAIN_BYTES:
            raise VerificationException("the certificate chain is too large")
        return chain

    def _validate_cert_chain(self, cert_chain: bytes) -> None:
        signing, *intermediates = [der for _, _, der in pem.unarmor(cert_chain, multiple=True)]
        # With no roots given, certvalidator trusts the system's, as the SDK does.
        context = ValidationContext(trust_roots=self._trust_roots)
        validator = CertificateValidator(signing, intermediates, validation_context=context)
        try:
            validator.validate_usage(key_usage={"digital_signature"})
        except (PathError, ValidationError) as error:
            raise VerificationException("the certificate chain is not trusted") from error

    def _validate_end_certificate(self, x509_cert: Certificate) -> None:
        now = datetime.now(UTC)
        if not x509_cert.not_valid_before_utc <= now <= x509_cert.not_valid_after_utc:
            raise VerificationException("the signing certificate is out of date")
        names = x509_cert.extensions.get_extension_for_class(SubjectAlternativeName).value
        if CERT_CHAIN_DOMAIN not in names.get_values_for_type(DNSName):
            raise VerificationException(f"the signing certificate is not for {CERT_CHAIN_DOMAIN}")


def has_readable_time(serialized_request_env: str | bytes) -> bool:
    """Whether the request's timestamp is a moment written as Alexa writes one.

    That is ISO 8601 with a date, a time and a zone offset a clock can have. The SDK's
    parser (dateutil) also accepts "2026-11-25", "2026-11-25T10:00:00" (no zone),
    "2026-11-25T10:00:00+99:00" (an offset no clock has), "Dec 04 2026 02:30:00PM UTC" and
    RFC 2822's "Fri, 04 Dec 2026 14:30:00 +0000"; none of them is what Alexa sends.
    """
    try:
        written = json.loads(serialized_request_env)["request"]["timestamp"]
    except (ValueError, RecursionError, TypeError, KeyError):
        return False
    if not isinstance(written, str) or ISO_MOMENT.fullmatch(written) is None:
        return False
    try:
        return datetime.fromisoformat(written).utcoffset() is not None
    except ValueError:  # no such day or hour, or an offset of a day or more
        return False


class TimestampVerifier(SdkTimestampVerifier):
    """The SDK's check that a request was sent within the last 150 seconds, failing closed
    on a timestamp that is not a moment, instead of raising TypeError or ValueError."""

    def verify(
        self,
        headers: dict[str, Any],
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        if not has_readable_time(serialized_request_env):
            raise VerificationException("the request's timestamp is not a time with a zone")
        super().verify(headers, serialized_request_env, deserialized_request_env)
