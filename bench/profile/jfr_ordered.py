#!/usr/bin/env python3
"""Where the ordered copy-detection task's time goes, by part, from a JFR recording (see docs/profile.md).

    python3 bench/profile/jfr_ordered.py RECORDING.jfr [path/to/jfr]

Takes the execution samples whose stack holds CopyDetectionProcessor.process (the ordered task; the
fingerprinting that CopyDetectionStageBenchmark's oneThread runs on the same thread is left out) and
counts each by
  - part: the innermost wirewatch frame's class (candidate lookup, verification, story matching, ...);
    a sample in the processor itself is named by the library frame it called (store, forward);
  - store: whether a state store layer (org.rocksdb, Kafka Streams' stores) is on the stack, i.e. the
    part was reading or writing state (serdes included) rather than computing.
"""
import collections
import json
import subprocess
import sys

JFR = sys.argv[2] if len(sys.argv) > 2 else "jfr"
RECORDING = sys.argv[1]

PARTS = [  # by the innermost io.wirewatch frame's class
    ("candidate lookup and indexing (CandidateIndex, KeyPostings)", ["CandidateIndex", "KeyPostings", "ArticleSlots"]),
    ("candidate keys again (boilerplate lines)", ["Fingerprinter", "CandidateKeys", "MinHash"]),
    ("verification (Jaccard, containment, precedence)", ["CopyVerifier", "LongSets", "OriginalPrecedence", "Shingles"]),
    ("story matching (evidence, event similarity, frequencies)", ["io.wirewatch.processor.story"]),
    ("expiry indexes, article timeline", ["ExpiryIndex", "ArticleTimeline"]),
    ("line sightings (boilerplate)", ["LineSightings"]),
    ("state serdes (compact)", ["CopySerdes", "io.wirewatch.processor.state.Compact", "ArticleState"]),
]
STORE = ["org.rocksdb", "org.apache.kafka.streams.state"]
# helpers every part calls: the sample goes to the part that called them
HELPERS = ["io.wirewatch.processor.copies.Hashing", "io.wirewatch.events."]
FORWARD = ["MockProcessorContext.forward", "ProcessorContextImpl.forward", "ProcessorNode.process"]


def samples():
    out = subprocess.run([JFR, "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", RECORDING],
                         capture_output=True, text=True, check=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        stack = event["values"].get("stackTrace") or {}
        yield [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in stack.get("frames", [])]


def part(frames):
    """frames from the top (leaf) down; None if not in the ordered task."""
    if not any("CopyDetectionProcessor.process" in f for f in frames):
        return None
    store = any(any(p in f for p in STORE) for f in frames)
    for i, frame in enumerate(frames):
        if not frame.startswith("io.wirewatch.") or any(frame.startswith(h) for h in HELPERS):
            continue
        above = frames[:i]
        for name, patterns in PARTS:
            if any(p in frame for p in patterns):
                return name, store, frame.rsplit(".", 2)[-2]
        if "CopyDetectionProcessor" in frame:
            if any(any(p in f for p in FORWARD) for f in above):
                return "forwarding", False, None
            return ("copy detection's own store reads and writes" if store else "copy detection, other"), store, None
        return "other wirewatch: " + frame.rsplit(".", 2)[-2], store, None
    return "no wirewatch frame", False, None


def main():
    parts = collections.Counter()
    stored = collections.Counter()
    classes = collections.Counter()
    total = 0
    for frames in samples():
        found = part(frames)
        if found is None:
            continue
        total += 1
        parts[found[0]] += 1
        if found[1]:
            stored[found[0]] += 1
        if found[2]:
            classes[found[2]] += 1
    print(f"ordered task: {total} execution samples")
    print("| part | share | of which in state stores (RocksDB, store layers, serdes) |")
    print("|---|---|---|")
    for name, n in parts.most_common():
        print(f"| {name} | {100 * n / total:.1f} % | {100 * stored[name] / total:.1f} % |")
    print(f"| all parts' state store work | {100 * sum(stored.values()) / total:.1f} % | |")
    print()
    print("by the innermost class of those parts:")
    for name, n in classes.most_common(12):
        print(f"  {name}: {100 * n / total:.1f} %")


main()
