"""Uploading the rendered audio and pictures, against an S3 and CloudFront served by moto.

The files are rendered for real (the chime with ffmpeg, the pictures with rsvg-convert),
and the upload runs as its command, as the deploy runs it.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import boto3
import pytest

from infra.legal_pages import Operator, write_pages
from infra.upload_audio import CONTENT_TYPES, PREFIX, planned_uploads
from toolkit.audio.render import render_all
from toolkit.audio.renderer import renderer_named
from toolkit.visuals.render import render_pictures

pytestmark = pytest.mark.slow

if TYPE_CHECKING:
    from mypy_boto3_cloudfront import CloudFrontClient
    from mypy_boto3_cloudfront.type_defs import DistributionConfigTypeDef
    from mypy_boto3_s3 import S3Client

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder as the deploy leaves it: the chime, its manifest, the pictures and icons,
    and the privacy policy and terms of use."""
    folder = tmp_path_factory.mktemp("audio")
    render_all(folder, renderer_named("espeak"), only=[])
    render_pictures(folder / "images")
    operator = Operator("Acupressure Helper Ltd", "care@acupressure-helper.org")
    write_pages(folder / "legal", operator, "us-east-1")
    return folder


@pytest.fixture
def aws(moto_server: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment that sends boto3 (in the test and in the command) to moto."""
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_server)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    return {
        "PATH": "/usr/bin:/bin",
        "AWS_ENDPOINT_URL": moto_server,
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }


@pytest.fixture
def s3(aws: dict[str, str]) -> S3Client:
    return boto3.client("s3")


@pytest.fixture
def bucket(s3: S3Client) -> Iterator[str]:
    name = f"audio-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    yield name
    for item in s3.list_objects_v2(Bucket=name).get("Contents", []):
        s3.delete_object(Bucket=name, Key=item["Key"])
    s3.delete_bucket(Bucket=name)


@pytest.fixture
def cloudfront(aws: dict[str, str]) -> CloudFrontClient:
    return boto3.client("cloudfront")


@pytest.fixture
def distribution(cloudfront: CloudFrontClient, bucket: str) -> str:
    config: DistributionConfigTypeDef = {
        "CallerReference": uuid.uuid4().hex,
        "Comment": "audio",
        "Enabled": True,
        "Origins": {
            "Quantity": 1,
            "Items": [
                {
                    "Id": "audio-bucket",
                    "DomainName": f"{bucket}.s3.us-east-1.amazonaws.com",
                    "S3OriginConfig": {"OriginAccessIdentity": ""},
                }
            ],
        },
        "DefaultCacheBehavior": {
            "TargetOriginId": "audio-bucket",
            "ViewerProtocolPolicy": "https-only",
            "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6",
        },
    }
    return cloudfront.create_distribution(DistributionConfig=config)["Distribution"]["Id"]


def upload(
    folder: Path, environment: dict[str, str], *options: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "infra.upload_audio", str(folder), *options],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment,
        timeout=60,
    )


def invalidated_paths(cloudfront: CloudFrontClient, distribution: str) -> list[list[str]]:
    listed = cloudfront.list_invalidations(DistributionId=distribution)["InvalidationList"]
    paths = []
    for summary in listed.get("Items", []):
        found = cloudfront.get_invalidation(DistributionId=distribution, Id=summary["Id"])
        paths.append(found["Invalidation"]["InvalidationBatch"]["Paths"].get("Items", []))
    return paths


def test_each_file_goes_under_the_audio_prefix_with_the_type_devices_expect(
    rendered: Path, aws: dict[str, str], s3: S3Client, bucket: str
) -> None:
    uploaded = upload(rendered, aws, "--bucket", bucket)

    assert uploaded.returncode == 0, uploaded.stderr
    files = sorted(path for path in rendered.rglob("*") if path.is_file())
    assert {path.suffix for path in files} == {".mp3", ".json", ".png", ".html"}
    for path in files:
        key = f"{PREFIX}/{path.relative_to(rendered).as_posix()}"
        stored = s3.get_object(Bucket=bucket, Key=key)
        assert stored["ContentType"] == CONTENT_TYPES[path.suffix]
        assert stored["Body"].read() == path.read_bytes()
    listed = s3.list_objects_v2(Bucket=bucket)["Contents"]
    assert len(listed) == len(files)
    assert f"{len(files)} of {len(files)} files uploaded" in uploaded.stdout


def test_only_changed_files_are_sent_again_and_cloudfront_drops_its_copies(
    rendered: Path,
    tmp_path: Path,
    aws: dict[str, str],
    bucket: str,
    cloudfront: CloudFrontClient,
    distribution: str,
) -> None:
    folder = tmp_path / "audio"
    folder.mkdir()
    for path in planned_uploads(rendered):
        target = folder / path.key.removeprefix(f"{PREFIX}/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.path.read_bytes())
    first = upload(folder, aws, "--bucket", bucket, "--distribution-id", distribution)
    assert first.returncode == 0, first.stderr

    again = upload(folder, aws, "--bucket", bucket, "--distribution-id", distribution)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 of ")

    (folder / "chime.mp3").write_bytes((folder / "chime.mp3").read_bytes() + b"\0")
    changed = upload(folder, aws, "--bucket", bucket, "--distribution-id", distribution)
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.startswith("1 of ")
    assert [f"/{PREFIX}/chime.mp3"] in invalidated_paths(cloudfront, distribution)


def test_a_file_of_an_unexpected_kind_stops_the_upload_before_anything_is_sent(
    rendered: Path, tmp_path: Path, aws: dict[str, str], s3: S3Client, bucket: str
) -> None:
    folder = tmp_path / "audio"
    folder.mkdir()
    (folder / "chime.mp3").write_bytes((rendered / "chime.mp3").read_bytes())
    (folder / "notes.txt").write_text("draft", encoding="utf-8")

    uploaded = upload(folder, aws, "--bucket", bucket)

    assert uploaded.returncode == 1
    assert "notes.txt" in uploaded.stderr
    assert "Contents" not in s3.list_objects_v2(Bucket=bucket)


def test_an_empty_folder_asks_for_the_audio_to_be_rendered(
    tmp_path: Path, aws: dict[str, str], bucket: str
) -> None:
    uploaded = upload(tmp_path, aws, "--bucket", bucket)
    assert uploaded.returncode == 1
    assert "make audio" in uploaded.stderr
