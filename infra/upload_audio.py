"""Uploading the rendered audio, pictures and pages: `python -m infra.upload_audio --bucket B`.

Each file under the folder (build/audio by default) goes to `audio/<its path>` in the
bucket, with the content type devices expect, so `AUDIO_BASE_URL` is the CloudFront
address followed by `/audio`. Files the bucket already holds unchanged are skipped;
CloudFront is then told to drop its copies of the files that did change.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

import boto3
from botocore.exceptions import BotoCoreError, ClientError

if TYPE_CHECKING:
    from mypy_boto3_cloudfront import CloudFrontClient
    from mypy_boto3_s3 import S3Client

DEFAULT_FOLDER: Final = Path("build/audio")
PREFIX: Final = "audio"
# Alexa plays MP3 and shows PNG; the manifest is the segments' transcripts and durations;
# the privacy policy and terms of use are web pages.
CONTENT_TYPES: Final = {
    ".mp3": "audio/mpeg",
    ".png": "image/png",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
}
# Past this many changed files, one wildcard costs less than a path each.
_MAX_INVALIDATION_PATHS: Final = 15


@dataclass(frozen=True)
class Upload:
    """One file and where it goes."""

    path: Path
    key: str
    content_type: str

    def md5(self) -> str:
        return hashlib.md5(self.path.read_bytes(), usedforsecurity=False).hexdigest()


def planned_uploads(folder: Path, prefix: str = PREFIX) -> list[Upload]:
    """Every file under `folder`, by key; an unexpected kind of file stops the upload."""
    uploads = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        content_type = CONTENT_TYPES.get(path.suffix.lower())
        if content_type is None:
            raise ValueError(f"{path}: no content type for {path.suffix or 'a file without one'}")
        uploads.append(Upload(path, f"{prefix}/{relative.as_posix()}", content_type))
    return uploads


def _stored_md5s(s3: S3Client, bucket: str, prefix: str) -> dict[str, str]:
    """Key -> MD5 of what the bucket holds (a single-part upload's ETag is its MD5)."""
    stored = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=f"{prefix}/"):
        for item in page.get("Contents", []):
            stored[item["Key"]] = item["ETag"].strip('"')
    return stored


def upload(s3: S3Client, bucket: str, uploads: Sequence[Upload], prefix: str = PREFIX) -> list[str]:
    """Put each changed file in `bucket` as one request; return the keys written."""
    stored = _stored_md5s(s3, bucket, prefix)
    written = []
    for item in uploads:
        if stored.get(item.key) == item.md5():
            continue
        s3.put_object(
            Bucket=bucket,
            Key=item.key,
            Body=item.path.read_bytes(),
            ContentType=item.content_type,
        )
        written.append(item.key)
    return written


def invalidate(
    cloudfront: CloudFrontClient, distribution_id: str, keys: Iterable[str]
) -> str | None:
    """Ask CloudFront to fetch `keys` afresh; return the invalidation's id, None if no keys."""
    paths = sorted(f"/{key}" for key in keys)
    if not paths:
        return None
    if len(paths) > _MAX_INVALIDATION_PATHS:
        paths = [f"/{PREFIX}/*"]
    answer = cloudfront.create_invalidation(
        DistributionId=distribution_id,
        InvalidationBatch={
            "Paths": {"Quantity": len(paths), "Items": paths},
            "CallerReference": f"upload-{time.time_ns()}",
        },
    )
    return answer["Invalidation"]["Id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Upload the rendered audio and pictures.")
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--bucket", required=True, help="the stack's AudioBucketName")
    parser.add_argument("--distribution-id", help="the stack's AudioDistributionId")
    options = parser.parse_args(argv)
    try:
        uploads = planned_uploads(options.folder)
        if not uploads:
            print(f"No files in {options.folder}: run `make audio` first.", file=sys.stderr)
            return 1
        written = upload(boto3.client("s3"), options.bucket, uploads)
        invalidation = None
        if options.distribution_id:
            invalidation = invalidate(boto3.client("cloudfront"), options.distribution_id, written)
    except (ValueError, BotoCoreError, ClientError) as error:
        print(f"Upload stopped: {error}", file=sys.stderr)
        return 1
    print(f"{len(written)} of {len(uploads)} files uploaded to s3://{options.bucket}/{PREFIX}/")
    if invalidation:
        print(f"CloudFront invalidation {invalidation} started")
    return 0


if __name__ == "__main__":
    sys.exit(main())
