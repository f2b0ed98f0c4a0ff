"""The checks a request must pass before the skill hears it: from Alexa, for this skill, just now.

Every check raises the SDK's VerificationException on failure, and only that, so the web
service can turn each failure into HTTP 400.
"""

from __future__ import annotations

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
        # The SDK normalises ".." in the path as written, so "/echo.api/%2e%2e/other/" passes
        # its check while a server that decodes the path serves another folder. Alexa's
        # certificate URLs never encode anything in the path: refuse any that do.
        path = urlsplit(cert_url).path
        if unquote(path) != path:
            raise VerificationException("the certificate URL's path is percent-encoded")
        super()._validate_certificate_url(cert_url)

    def _load_cert_chain(self, cert_url: str) -> bytes:
        chain = self._cert_cache.get(cert_url)
        if chain is None:
            chain = self.download_chain(cert_url)
            self._cert_cache[cert_url] = chain
        return chain

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


def has_readable_time(envelope: RequestEnvelope) -> bool:
    """Whether the request's timestamp is a moment: a date, a time and a valid zone offset.

    The SDK's parser accepts "2026-11-25", "2026-11-25T10:00:00" (no zone) and
    "2026-11-25T10:00:00+99:00" (an offset no clock has); none of them says when it was sent.
    """
    sent = getattr(envelope.request, "timestamp", None)
    if not isinstance(sent, datetime):
        return False
    try:
        return sent.utcoffset() is not None
    except ValueError:  # an offset of a day or more
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
        if not has_readable_time(deserialized_request_env):
            raise VerificationException("the request's timestamp is not a time with a zone")
        super().verify(headers, serialized_request_env, deserialized_request_env)
