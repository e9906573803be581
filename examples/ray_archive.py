"""Brief a JSONL or Parquet archive of articles on Ray, into a folder of Parquet files.

    python examples/ray_archive.py ARCHIVE.jsonl OUT_DIR [--model MODEL] [--actors N]
                                   [--address auto]

Needs ``pip install "newsbrief[ray]"``. Ray Data reads the archive (records with "id" and
"text"), a pool of actors briefs it, each with its own Summarizer, and Ray Data writes one row
per article: id, ok, headline, the claims with their sources and evidence offsets, the whole
brief as JSON, the error if any, and tokens. Without --address, Ray runs on this machine's cores;
with it, on that cluster (then the archive and OUT_DIR must be where every node can reach them,
such as s3://). The same job, resumable after a kill: ``newsbrief batch ARCHIVE --out OUT.parquet
--engine ray``.
"""

from __future__ import annotations

import argparse

import ray

from newsbrief.ray import brief_dataset, read_articles


def main(argv: list[str] | None = None) -> tuple[int, int]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", help="a .jsonl or .parquet file (or s3://... URI)")
    parser.add_argument("out", help="a folder for the Parquet files (or s3://... URI)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--actors", type=int, default=2)
    parser.add_argument("--address", default=None, help="a Ray cluster to join, e.g. auto")
    args = parser.parse_args(argv)

    if not ray.is_initialized():
        ray.init(address=args.address)
    briefs = brief_dataset(read_articles(args.archive), model=args.model, num_actors=args.actors)
    briefs = briefs.materialize()  # brief once, then write and count
    briefs.write_parquet(args.out)
    briefed = int(briefs.sum("ok") or 0)
    failed = briefs.count() - briefed
    print(f"{briefed} briefed, {failed} failed -> {args.out}")
    return briefed, failed


if __name__ == "__main__":
    main()
