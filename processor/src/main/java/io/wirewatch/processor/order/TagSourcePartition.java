package io.wirewatch.processor.order;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import io.wirewatch.events.ProgressMark;

/**
 * Names, in a header, the input partition a record was read from ({@link SourceProgress#HEADER}), for the
 * ordered task downstream of a repartition. A header of that name that came with the input is replaced,
 * so a producer cannot speak for another partition. Records without a value stop here, except ingest's
 * {@link ProgressMark}s, which tell the reorder buffer how far their partition has come.
 */
public final class TagSourcePartition<V> implements FixedKeyProcessor<String, V, V> {

    private FixedKeyProcessorContext<String, V> context;

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        if (record.value() == null && !ProgressMark.isMark(record.headers())) {
            return; // neither an article nor ingest's progress mark
        }
        // A copy: the input record's headers may be shared with other branches of the topology.
        Headers headers = new RecordHeaders(record.headers().toArray());
        // Records from a punctuation have no input partition; none come this way, but they would pass untagged.
        context.recordMetadata().ifPresentOrElse(
                metadata -> SourceProgress.tag(headers, metadata.partition()),
                () -> headers.remove(SourceProgress.HEADER));
        context.forward(record.withHeaders(headers));
    }
}
