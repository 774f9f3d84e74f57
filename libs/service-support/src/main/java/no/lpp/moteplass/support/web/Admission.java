package no.lpp.moteplass.support.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.lpp.moteplass.support.problem.BusyException;

/**
 * Lets a few requests of one kind work at once and has the rest wait their turn, first come first served, for a while.
 * For an endpoint a crowd may hit at the same moment (a meeting shared nationally): the crowd queues here, cheaply on
 * virtual threads, instead of in the database connection pool, whose waiting is kept short so an outage is answered
 * quickly, and which staff requests share. Keep {@code permits} below the pool's size, so work let in gets a connection
 * at once and staff requests still find one.
 */
public final class Admission {

    private final Semaphore permits;
    private final Duration patience;
    private final String busy;

    /**
     * @param name     what is admitted, for the gauge {@code moteplass.admission.waiting}
     * @param patience how long one waits at most: below the gateway's response timeout, so the caller hears why
     * @param busy     the Norwegian message for whoever waited too long (answered 503 with Retry-After)
     */
    public Admission(String name, int permits, Duration patience, String busy, MeterRegistry meters) {
        this.permits = new Semaphore(permits, true);
        this.patience = patience;
        this.busy = busy;
        Gauge.builder("moteplass.admission.waiting", this.permits, Semaphore::getQueueLength).tag("name", name)
                .description("Requests waiting their turn").register(meters);
    }

    public <T> T admit(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyException(busy);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(busy);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
