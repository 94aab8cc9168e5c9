#!/usr/bin/env python3
"""Where a BrokerThroughput run's time goes, per hop, from a JFR recording (see docs/profile.md).

    python3 bench/profile/jfr_hops.py RECORDING.jfr [path/to/jfr]

Reads the recording with the `jfr` tool (JDK 17+; a newer JDK's reads a recording of 17) and prints
  1. CPU by kind of thread (jdk.ThreadCPULoad, mean share of the machine),
  2. the stream threads' execution samples by hop (the processing step on the stack) and by kind of
     work (serdes, record cache, RocksDB, rule matching, ...: the frame nearest the top that is one),
  3. the stream threads' waits of 10 ms or more (jdk.ThreadPark) by what they waited in,
  4. the broker's execution samples by request kind.
"""
import collections
import json
import re
import subprocess
import sys

JFR = sys.argv[2] if len(sys.argv) > 2 else "jfr"
RECORDING = sys.argv[1]

HOPS = [  # the hop of the frame nearest the top of the stack that names one
    ("punctuation: window eviction, copy detection + stories", ["CopyDetectionProcessor.evict"]),
    ("punctuation: window eviction, claims", ["ClaimAttributionProcessor.evict"]),
    ("punctuation: other (reorder buffer's release tick)", ["StreamTask.punctuate", "PunctuationQueue"]),
    ("commit: cache flush, EOS transaction", ["TaskManager.commit", "TaskExecutor.commit", "StreamTask.prepareCommit",
                                              "StreamTask.postCommit", "commitTransaction", "maybeCommit"]),
    ("input tasks: fingerprint", ["Fingerprinter.fingerprint"]),
    ("reorder buffer", ["ReorderBuffer.process"]),
    ("copy detection + stories", ["CopyDetectionProcessor.process"]),
    ("claims + rules", ["ClaimAttributionProcessor.process"]),
    ("consumer poll", ["KafkaConsumer.poll", "StreamThread.pollRequests", "pollPhase"]),
    ("state restoration", ["StateUpdater", "restore"]),
]
KINDS = [  # the first whose pattern a frame matches, from the top of the stack down
    ("JSON serde", ["com.fasterxml.jackson", "io.wirewatch.events.JsonSerde"]),
    ("compact serde", ["io.wirewatch.processor.state.Compact", "CopySerdes", "FingerprintedArticle", "ClaimState"]),
    ("RocksDB", ["org.rocksdb"]),
    ("record cache", ["ThreadCache", "NamedCache", "CachingKeyValueStore", "CachingWindowStore"]),
    ("changelog", ["ChangeLogging", "StoreChangeLogger"]),
    ("producer send", ["KafkaProducer", "RecordCollectorImpl", "RecordAccumulator"]),
    ("Kafka metrics", ["org.apache.kafka.common.metrics", "maybeMeasureLatency"]),
    ("rule matching (Lucene)", ["io.wirewatch.processor.rules", "org.apache.lucene"]),
    ("claim extraction", ["io.wirewatch.processor.claims"]),
    ("story evidence, matching", ["io.wirewatch.processor.story"]),
    ("copy fingerprints, index, verification", ["io.wirewatch.processor.copies"]),
]
WAITS = [
    ("commit: producer flush", ["KafkaProducer.flush", "RecordCollectorImpl.flush"]),
    ("commit: end transaction", ["commitTransaction"]),
    ("commit: offsets to transaction", ["sendOffsetsToTransaction"]),
    ("poll", ["KafkaConsumer.poll", "pollRequests"]),
]
BROKER = [
    ("transactions: markers, coordinator", ["ransaction", "Txn"]),
    ("log append", ["UnifiedLog.append", "LogSegment.append", "appendAsLeader", "LogValidator"]),
    ("fetch", ["handleFetchRequest", "readFromLog", "FileRecords", "fetchMessages"]),
    ("produce", ["handleProduceRequest", "appendRecords"]),
    ("groups, offsets", ["roup"]),
    ("network", ["network", "Selector", "SocketServer"]),
]


def events(kind):
    out = subprocess.run([JFR, "print", "--json", "--stack-depth", "256", "--events", kind, RECORDING],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def thread(event):
    t = event["values"].get("sampledThread") or event["values"].get("eventThread") or {}
    return (t or {}).get("javaName") or (t or {}).get("osName") or "?"


def frames(event):
    stack = event["values"].get("stackTrace") or {}
    return [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in stack.get("frames", [])]


def first(stack, table, default):
    for frame in stack:
        for name, patterns in table:
            if any(p in frame for p in patterns):
                return name
    return default


def thread_kind(name):
    if "StreamThread" in name and "producer" not in name:
        return "stream threads"
    if name.startswith("kafka-producer-network-thread") or "heartbeat" in name:
        return "client network"
    if "CompilerThread" in name:
        return "JIT compilers"
    if re.match(r"(data-plane|kafka-|group-coordinator|ExpirationReaper|log-|quorum|broker-|controller-|raft)", name) or "Txn" in name:
        return "broker"
    return "other"


def seconds(value):
    if isinstance(value, (int, float)):
        return value / 1e9
    m = re.match(r"PT(?:(\d+)H)?(?:(\d+)M)?([\d.]+)S", value)
    return int(m.group(1) or 0) * 3600 + int(m.group(2) or 0) * 60 + float(m.group(3)) if m else 0.0


def table(title, counter, total, unit="%"):
    print(title)
    for name, value in counter.most_common():
        print(f"  {100 * value / total:5.1f} %  {name}" if unit == "%" else f"  {value:6.1f} s  {name}")


load = collections.defaultdict(lambda: collections.defaultdict(list))
for e in events("jdk.ThreadCPULoad"):
    load[thread_kind(thread(e))][thread(e)].append(e["values"]["user"] + e["values"]["system"])
cpu = collections.Counter({k: sum(sum(v) / len(v) for v in ts.values()) for k, ts in load.items()})
table("CPU by kind of thread (mean share of the whole machine; GC threads are not Java threads and not listed)", cpu, 1.0)

samples = [e for e in events("jdk.ExecutionSample") if thread_kind(thread(e)) == "stream threads"]
hops, kinds, by_hop = collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter)
for e in samples:
    stack = frames(e)
    hop = first(stack, HOPS, "other (record deserialisation, stack beyond the recorded depth)")
    kind = first(stack, KINDS, "other")
    hops[hop] += 1
    kinds[kind] += 1
    by_hop[hop][kind] += 1
print(f"stream threads: {len(samples)} execution samples")
for hop, n in hops.most_common():
    parts = ", ".join(f"{k} {100 * v / len(samples):.1f}" for k, v in by_hop[hop].most_common(6))
    print(f"  {100 * n / len(samples):5.1f} %  {hop}: {parts}")
table("by kind of work", kinds, len(samples))

waits = collections.Counter()
for e in events("jdk.ThreadPark"):
    if thread_kind(thread(e)) == "stream threads":
        waits[first(frames(e), WAITS, "other")] += seconds(e["values"]["duration"])
table("stream threads parked (waits of 10 ms or more)", waits, 1, unit="s")

broker = collections.Counter(first(frames(e), BROKER, "other") for e in events("jdk.ExecutionSample")
                             if thread_kind(thread(e)) == "broker")
table(f"broker: {sum(broker.values())} execution samples", broker, max(1, sum(broker.values())))
