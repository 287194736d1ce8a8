package org.dyad.core.dedup;

import java.io.IOException;
import java.util.Optional;
import org.dyad.core.model.Document;
import org.dyad.core.pipeline.Item;
import org.dyad.core.pipeline.Runner;
import org.jspecify.annotations.Nullable;

/** A source of documents that marks near-duplicates of earlier ones, in input order. */
public final class DuplicateFilter implements Runner.Source {
    private final Runner.Source inner;
    private final @Nullable NearDuplicates index;

    /**
     * @param inner the documents
     * @param index the near-duplicate index, or null to pass every document through
     */
    public DuplicateFilter(Runner.Source inner, @Nullable NearDuplicates index) {
        this.inner = inner;
        this.index = index;
    }

    @Override
    public @Nullable Item read() throws IOException {
        Item it = inner.read();
        if (it == null || index == null || it.document() == null) {
            return it;
        }
        Document d = it.document();
        Optional<String> original = index.check(d.id(), d.text());
        return original.isPresent() ? Item.duplicate(d, original.get()) : it;
    }
}
