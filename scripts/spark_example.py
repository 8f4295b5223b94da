"""claimcheck over an archive on Apache Spark, checked against one run.

Run by scripts/spark_example.sh, which installs what it needs. The job:

1. articles: the fixture corpora as JSON Lines, one article a line (each line carries
   an "id", its file name in the runs below);
2. map: each partition writes its articles as one-line .jsonl files into a scratch
   folder and runs `claimcheck extract` there, so every document's id is the id one
   run over all the articles gives it;
3. buckets: two documents are linked when their story signatures (the extract
   stream's "minhash", 64 slots) agree on every slot of one band of BAND slots, or
   when their place claims name one town or area (not a country or region); buckets
   are the connected components of the links (done in the driver from one edge
   list). A bucket may hold several stories; the check below fails if one was split;
4. reduce: `claimcheck reconcile` per bucket, on the bucket's documents and their
   claims and date mentions;
5. check: the union of the buckets' reports against one run over all the articles:
   documents (with their publication dates), claims, stories and groups, all compared
   without their run-specific ids. Exit 1 when they differ.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

# Slots of the signature per band. Two documents land in one bucket when some band of
# theirs is equal: with 64 slots and bands of 2, documents whose key terms have a
# Jaccard similarity of 0.2 meet with probability 1 - (1 - 0.2^2)^32 = 0.73, at 0.3
# with 0.95, at 0.4 with 0.996; unrelated documents (under 0.05) rarely.
BAND = 2

# Fixture folders left out: the same five seed articles in other formats.
DUPLICATES = {"seeds-html", "seeds-jsonl"}


def make_articles(claimcheck, fixtures, out):
    """The fixture corpora as JSON Lines: claimcheck reads each folder (front matter,
    HTML, plain text) and each document becomes one article with its metadata."""
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for folder in sorted(os.listdir(fixtures)):
            path = os.path.join(fixtures, folder)
            if folder in DUPLICATES or not os.path.isdir(path):
                continue
            stream = subprocess.run(
                [claimcheck, "extract", "-j", "1", path], capture_output=True, check=True
            ).stdout.decode("utf-8")
            for line in stream.splitlines():
                r = json.loads(line)
                if r["type"] != "document":
                    continue
                body = r["text"].encode("utf-8")[r["body_start"]:].decode("utf-8")
                stem = r["id"].rsplit(".", 1)[0].replace("/", "-")
                article = {"id": f"{folder}--{stem}"}
                article.update({k: v for k, v in r["meta"].items() if v})
                article["text"] = body
                f.write(json.dumps(article, ensure_ascii=False) + "\n")
                n += 1
    return n


def write_articles(lines, folder):
    """Each article line as its own one-line file `<id>.jsonl` (document id
    `<id>.jsonl#1` whichever folder or machine reads it)."""
    os.makedirs(folder, exist_ok=True)
    for line in lines:
        name = json.loads(line)["id"]
        with open(os.path.join(folder, name + ".jsonl"), "w", encoding="utf-8") as f:
            f.write(line.rstrip("\n") + "\n")


def extract_partition(claimcheck):
    """The map: `claimcheck extract` over a partition's articles; yields (document id,
    (signature, the document's records)) and ("", record) for skipped inputs and
    warnings, which belong to no document."""

    def run(lines):
        lines = list(lines)
        if not lines:
            return
        scratch = tempfile.mkdtemp(prefix="claimcheck-extract-")
        try:
            write_articles(lines, scratch)
            stream = subprocess.run(
                [claimcheck, "extract", "-j", "1", "."], cwd=scratch, capture_output=True, check=True
            ).stdout.decode("utf-8")
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        doc = None
        for line in stream.splitlines():
            r = json.loads(line)
            if r["type"] == "document":
                if doc:
                    yield doc
                doc = (r["id"], (r.get("minhash", []), [line]))
            elif r["type"] in ("claim", "date"):
                doc[1][1].append(line)
            elif r["type"] in ("skipped", "warning"):
                yield ("", (None, [line]))
        if doc:
            yield doc

    return run


# Place features a shared place claim links documents by: a town or an area names one
# event's place; a country or a region is shared by unrelated stories.
LOCAL_PLACES = ("city", "area", "unknown")


def link_keys(item):
    """The keys a document is linked by: each band of its signature, each town or
    area its claims name."""
    doc, (signature, records) = item
    for b in range(0, len(signature), BAND):
        yield ((b, tuple(signature[b : b + BAND])), doc)
    for line in records:
        r = json.loads(line)
        if r["type"] == "claim" and r["kind"] == "place" and r["value"].get("feature") in LOCAL_PLACES:
            yield (("place", r["value"]["name"]), doc)


def components(docs, edges):
    """Connected components: each document's bucket, named by its least member."""
    parent = {d: d for d in docs}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {d: find(d) for d in docs}


def reconcile_bucket(claimcheck):
    """The reduce: one extract stream of a bucket's documents (header, their records,
    the summary line that closes a stream), reconciled into a JSON report."""

    def run(item):
        _, docs = item
        records = [line for _, lines in sorted(docs) for line in lines]
        kinds = [json.loads(line)["type"] for line in records]
        summary = {
            "type": "summary",
            "documents": kinds.count("document"),
            "claims": kinds.count("claim"),
            "dates": kinds.count("date"),
            "skipped": 0,
            "warnings": 0,
            "not_articles": 0,
        }
        stream = "\n".join(
            [json.dumps({"type": "extract", "version": 1})] + records + [json.dumps(summary)]
        ) + "\n"
        done = subprocess.run(
            [claimcheck, "reconcile", "-", "--format", "json", "--fail-on", "none", "-j", "1"],
            input=stream.encode("utf-8"),
            capture_output=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"reconcile exited {done.returncode}: {done.stderr.decode()}")
        return done.stdout.decode("utf-8")

    return run


def canonical(reports):
    """Documents, claims, stories and groups of reports, without the ids a run gives
    (claims are named by document, span and kind; stories by their documents)."""
    out = {"documents": [], "claims": [], "stories": [], "groups": []}
    for r in reports:
        claim = {c["id"]: [c["document"], c["start"], c["end"], c["kind"]] for c in r["claims"]}

        def strip(x):
            if isinstance(x, dict):
                y = {}
                for k, v in x.items():
                    if k in ("id", "story"):
                        continue
                    if k in ("claims", "compatible") and isinstance(v, list):
                        y[k] = sorted(claim[i] for i in v)
                    else:
                        y[k] = strip(v)
                return y
            if isinstance(x, list):
                return [strip(v) for v in x]
            return x

        for key in out:
            out[key] += [json.dumps(strip(e), sort_keys=True, ensure_ascii=False) for e in r[key]]
    return {k: sorted(v) for k, v in out.items()}


FINDINGS = ("conflict", "variant", "unresolved")


def findings(reports):
    return sum(1 for r in reports for g in r["groups"] if g["status"] in FINDINGS)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claimcheck", required=True, help="the claimcheck binary")
    ap.add_argument("--fixtures", required=True, help="the fixtures folder")
    ap.add_argument("--work", required=True, help="a scratch folder")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=4)
    args = ap.parse_args()
    claimcheck = os.path.abspath(args.claimcheck)
    os.makedirs(args.work, exist_ok=True)

    articles = os.path.join(args.work, "articles.jsonl")
    n = make_articles(claimcheck, args.fixtures, articles)
    print(f"spark_example: {n} articles from {args.fixtures} in {articles}")

    # One run over all the articles, for the check.
    single_dir = os.path.join(args.work, "single")
    shutil.rmtree(single_dir, ignore_errors=True)
    with open(articles, encoding="utf-8") as f:
        write_articles(f, single_dir)
    single = json.loads(
        subprocess.run(
            [claimcheck, ".", "--format", "json", "--fail-on", "none", "-j", "2"],
            cwd=single_dir,
            capture_output=True,
            check=True,
        ).stdout
    )

    from pyspark import SparkConf, SparkContext

    conf = (
        SparkConf()
        .setMaster(args.master)
        .setAppName("claimcheck-example")
        .set("spark.driver.memory", "1g")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.python.worker.reuse", "true")
    )
    started = time.time()
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        # Map: extraction, one process per partition.
        extracted = (
            sc.textFile(articles, minPartitions=args.partitions)
            .mapPartitions(extract_partition(claimcheck))
            .cache()
        )
        loose = extracted.filter(lambda kv: kv[0] == "").collect()
        docs = extracted.filter(lambda kv: kv[0] != "")
        signatures = docs.map(lambda kv: (kv[0], kv[1][0]))
        # Buckets: documents sharing a band of their signatures or a town are linked;
        # one edge per document to the key's least document suffices for components.
        edges = (
            docs.flatMap(link_keys)
            .groupByKey()
            .flatMap(lambda kv: [(min(kv[1]), d) for d in set(kv[1]) if d != min(kv[1])])
            .distinct()
            .collect()
        )
        ids = signatures.keys().collect()
        bucket = components(ids, edges)
        unsigned = sorted(d for d, s in signatures.collect() if not s)
        by_bucket = sc.broadcast(bucket)
        # Reduce: reconciliation, one process per bucket.
        reports = (
            docs.map(lambda kv: (by_bucket.value[kv[0]], (kv[0], kv[1][1])))
            .groupByKey()
            .map(reconcile_bucket(claimcheck))
            .collect()
        )
    finally:
        sc.stop()
    elapsed = time.time() - started
    reports = [json.loads(r) for r in reports]

    sizes = sorted((len(v) for v in _group(bucket).values()), reverse=True)
    print(
        f"spark_example: {len(ids)} documents in {len(sizes)} buckets (sizes {sizes}); "
        f"{len(unsigned)} without key terms; Spark job {elapsed:.1f} s"
    )
    ok = True
    if loose:
        print(f"spark_example: inputs skipped or read with a warning: {[kv[1][1] for kv in loose]}")
        ok = False
    a, b = canonical([single]), canonical(reports)
    for key in a:
        same = a[key] == b[key]
        ok &= same
        print(f"  {key:9} one run {len(a[key]):4}  distributed {len(b[key]):4}  {'equal' if same else 'DIFFER'}")
        if not same:
            for e in sorted(set(a[key]) - set(b[key]))[:5]:
                print(f"    one run only:     {e[:300]}")
            for e in sorted(set(b[key]) - set(a[key]))[:5]:
                print(f"    distributed only: {e[:300]}")
    print(f"  findings  one run {findings([single]):4}  distributed {findings(reports):4}  ({', '.join(FINDINGS)})")
    if not ok:
        print("spark_example: FAILED: the distributed findings differ from one run's")
        return 1
    print("spark_example: ok: the distributed run gives one run's documents, claims, stories and groups")
    return 0


def _group(bucket):
    out = {}
    for d, b in bucket.items():
        out.setdefault(b, []).append(d)
    return out


if __name__ == "__main__":
    sys.exit(main())
