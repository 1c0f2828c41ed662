package org.aimilestones.server;

import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * First link of the SERVICE executor chain: passes a SERVICE call on to HTTP only if its endpoint, as bound at run
 * time, passes {@link RequestPolicy#checkService}, and refuses every other one before any connection is made.
 */
final class ServiceGuard implements ChainingServiceExecutor {

    private final RequestPolicy policy;

    private ServiceGuard(RequestPolicy policy) {
        this.policy = policy;
    }

    /** @return a registry that executes SERVICE over HTTP for the allowed endpoints only */
    static ServiceExecutorRegistry registry(RequestPolicy policy) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(new ServiceGuard(policy));
        return registry;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        policy.checkService(opExecute.getService());
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
