package org.dyad.formats;

import java.io.Closeable;
import java.io.IOException;
import org.dyad.core.pipeline.Item;
import org.jspecify.annotations.Nullable;

/**
 * Documents one at a time, like OpenNLP's ObjectStream. A bad document is returned as a
 * rejection, so one bad article never stops a corpus. {@link IOException} is for failures of
 * the input as a whole (a file that vanished), not for bad content.
 */
public interface DocumentStream extends Closeable {

    /** The next item, or null at the end. */
    @Nullable Item read() throws IOException;

    @Override
    default void close() throws IOException {}
}
