package app.mitra.common.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * SQLite allows one writer at a time and each commit waits for the disk ({@code synchronous=FULL}).
 * One writer thread takes every waiting write, runs each in its own savepoint inside one
 * transaction, commits once, and only then answers each caller: durable, and many writes per
 * disk flush under load.
 */
class GroupCommitWrites implements Writes, DisposableBean {

    private static final int MAX_BATCH = 256;

    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final TransactionTemplate batch;
    private final TransactionTemplate item;
    private final Thread writer;
    /**
     * Taken to queue a write and to stop: a caller that saw the writer running has queued its write
     * before the writer can be told to stop, so the writer drains it; none waits for a writer that is gone.
     */
    private final Object gate = new Object();
    private volatile boolean running = true;

    GroupCommitWrites(PlatformTransactionManager transactionManager) {
        this.batch = new TransactionTemplate(transactionManager);
        this.item = new TransactionTemplate(transactionManager);
        this.item.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.writer = new Thread(this::loop, "mitra-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    @Override
    public <T> T write(Supplier<T> work) {
        if (Thread.currentThread() == writer) {
            try {
                return item.execute(status -> work.get());
            } catch (RuntimeException failure) {
                throw AccountGuards.translated(failure);
            }
        }
        Task<T> task = new Task<>(work);
        synchronized (gate) {
            if (!running) {
                throw shuttingDown();
            }
            queue.add(task);
        }
        try {
            return task.result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw AccountGuards.translated(runtime);
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void loop() {
        List<Task<?>> tasks = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            Task<?> first;
            try {
                first = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                continue;
            }
            tasks.add(first);
            queue.drainTo(tasks, MAX_BATCH - 1);
            commit(tasks);
            tasks.clear();
        }
    }

    private void commit(List<Task<?>> tasks) {
        try {
            batch.executeWithoutResult(status -> tasks.forEach(this::runInSavepoint));
        } catch (RuntimeException | Error commitFailure) {
            tasks.forEach(task -> task.fail(commitFailure));
            return;
        }
        tasks.forEach(Task::complete);
    }

    private <T> void runInSavepoint(Task<T> task) {
        RequestContextHolder.setRequestAttributes(task.request);
        MDC.setContextMap(task.logContext);
        try {
            task.value = item.execute(status -> task.work.get());
        } catch (RuntimeException | Error failure) {
            task.failure = failure;
        } finally {
            RequestContextHolder.resetRequestAttributes();
            MDC.clear();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        synchronized (gate) {
            running = false;
        }
        writer.join(10_000);
        // a writer stuck for ten seconds (or interrupted) answers nobody else: what it left is failed, not kept waiting
        for (Task<?> left = queue.poll(); left != null; left = queue.poll()) {
            left.fail(shuttingDown());
        }
    }

    private static IllegalStateException shuttingDown() {
        return new IllegalStateException("Mitra is shutting down; nothing was written");
    }

    /**
     * A write as its caller asked for it. The caller's request and log context travel with it, so the
     * writer thread runs it as if on the caller's thread: what it records names the caller's client,
     * what it logs carries the caller's request id. The caller waits meanwhile, so nothing is shared
     * by two running threads.
     */
    private static final class Task<T> {
        final Supplier<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();
        final RequestAttributes request = RequestContextHolder.getRequestAttributes();
        final Map<String, String> logContext = Objects.requireNonNullElse(MDC.getCopyOfContextMap(), Map.of());
        T value;
        Throwable failure;

        Task(Supplier<T> work) {
            this.work = work;
        }

        void complete() {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }

        void fail(Throwable commitFailure) {
            result.completeExceptionally(failure != null ? failure : commitFailure);
        }
    }
}
