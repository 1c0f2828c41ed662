package org.aimilestones.load;

import java.util.Iterator;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The default graph of a dataset wrapper that reads straight from the default graph of the dataset it wraps (through
 * reads, e.g. a deadline check on every triple) and writes, and runs transactions, through the wrapper, as Jena's
 * {@link GraphView} does. A plain view reads through the wrapper too: every triple goes to a quad and back at each
 * layer, a fifth of the time of a query that reads many triples. Only for wrappers whose find() adds nothing to the
 * wrapped dataset's but what reads gives.
 */
public final class ReadThroughView extends GraphView {

    private final Graph wrapped;
    private final UnaryOperator<Iterator<Triple>> reads;

    /**
     * @param wrapper whose default graph this is
     * @param reads   what is done to the wrapped dataset's triples on their way out (the identity, for none)
     */
    public ReadThroughView(DatasetGraphWrapper wrapper, UnaryOperator<Iterator<Triple>> reads) {
        super(wrapper, null);
        this.wrapped = wrapper.getWrapped().getDefaultGraph();
        this.reads = reads;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Node s, Node p, Node o) {
        return WrappedIterator.createNoRemove(reads.apply(wrapped.find(s, p, o)));
    }
}
