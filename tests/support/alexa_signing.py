"""Sign requests as Alexa does, with a test certificate authority in place of Amazon's.

Alexa signs the raw body with SHA-256 and RSA (PKCS#1 v1.5), sends the signature in base64 in
the `Signature-256` header, and the URL of its PEM chain (signing certificate first, then
intermediates) in `SignatureCertChainUrl`.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from ask_sdk_webservice_support.verifier_constants import (
    CERT_CHAIN_DOMAIN,
    SIGNATURE_CERT_CHAIN_URL_HEADER,
    SIGNATURE_HEADER,
)
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from toolkit.web.verifiers import AlexaSignatureVerifier

CHAIN_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem"


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(
    subject: str,
    key: rsa.RSAPrivateKey,
    issuer: x509.Certificate | None,
    issuer_key: rsa.RSAPrivateKey,
    *,
    authority: bool,
    dns_names: tuple[str, ...] = (),
    valid_for: dt.timedelta = dt.timedelta(days=1),
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer.subject if issuer else _name(subject))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + valid_for)
        .add_extension(x509.BasicConstraints(ca=authority, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not authority,
                content_commitment=False,
                key_encipherment=not authority,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=authority,
                crl_sign=authority,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    if dns_names:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName(name) for name in dns_names]),
            critical=False,
        )
    return builder.sign(issuer_key, hashes.SHA256())


def pem(*certificates: x509.Certificate) -> bytes:
    return b"".join(cert.public_bytes(serialization.Encoding.PEM) for cert in certificates)


@dataclass(frozen=True)
class AlexaKeys:
    """A root, an intermediate and a signing certificate like Alexa's, and a stranger's key."""

    root: x509.Certificate
    intermediate: x509.Certificate
    intermediate_key: rsa.RSAPrivateKey
    signing: x509.Certificate
    signing_key: rsa.RSAPrivateKey
    stranger_key: rsa.RSAPrivateKey

    @property
    def chain(self) -> bytes:
        """What Alexa serves: the signing certificate, then the intermediate."""
        return pem(self.signing, self.intermediate)

    @property
    def root_der(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.DER)

    def chain_signed_for(
        self, *dns_names: str, valid_for: dt.timedelta = dt.timedelta(days=1)
    ) -> bytes:
        """A chain from the same intermediate whose signing certificate names `dns_names`."""
        signing = _certificate(
            "Test signing",
            self.signing_key,
            self.intermediate,
            self.intermediate_key,
            authority=False,
            dns_names=dns_names,
            valid_for=valid_for,
        )
        return pem(signing, self.intermediate)


def make_alexa_keys() -> AlexaKeys:
    root_key, intermediate_key, signing_key = _key(), _key(), _key()
    root = _certificate("Test Root CA", root_key, None, root_key, authority=True)
    intermediate = _certificate(
        "Test Intermediate CA", intermediate_key, root, root_key, authority=True
    )
    signing = _certificate(
        CERT_CHAIN_DOMAIN,
        signing_key,
        intermediate,
        intermediate_key,
        authority=False,
        dns_names=(CERT_CHAIN_DOMAIN,),
    )
    return AlexaKeys(
        root=root,
        intermediate=intermediate,
        intermediate_key=intermediate_key,
        signing=signing,
        signing_key=signing_key,
        stranger_key=_key(),
    )


def signature(body: bytes, key: rsa.RSAPrivateKey) -> str:
    return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")


def signed_headers(
    body: bytes, key: rsa.RSAPrivateKey, chain_url: str = CHAIN_URL
) -> dict[str, str]:
    return {
        "Content-Type": "application/json; charset=utf-8",
        SIGNATURE_HEADER: signature(body, key),
        SIGNATURE_CERT_CHAIN_URL_HEADER: chain_url,
    }


class LocalChainVerifier(AlexaSignatureVerifier):
    """The real signature check, with chains served from memory and the test root trusted.

    URL rules, chain validation and signature checks are the production ones; only the
    download is replaced. `downloads` records every URL that got as far as being fetched.
    """

    def __init__(self, chains: Mapping[str, bytes], trust_root: bytes) -> None:
        super().__init__(trust_roots=[trust_root])
        self._chains = dict(chains)
        self.downloads: list[str] = []

    def download_chain(self, cert_url: str) -> bytes:
        self.downloads.append(cert_url)
        if cert_url not in self._chains:
            raise OSError(f"404 for {cert_url}")
        return self._chains[cert_url]
