package no.lpp.moteplass.support.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A resource the service depends on (its database) is unreachable. Such failures are expected in operation, not
 * bugs: a request is answered 503, a Kafka record waits until it is back, and the outage is logged once a minute
 * rather than once per request (the metrics count every one).
 */
public final class Outages {

    private static final Logger log = LoggerFactory.getLogger(Outages.class);
    private static final long QUIET = Duration.ofMinutes(1).toNanos();

    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - QUIET);

    public Outages() {
        // one per place that meets outages, so each is logged once a minute
    }

    /**
     * Whether a failure is the environment's — the database or the network away or too slow — rather than the
     * request's or the code's: worth answering 503 and trying again (or, for a Kafka record, waiting out).
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08: the connection broke
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // the connection broke during the work, and then its rollback failed too: the work's failure tells
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isOutage(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** Logs the outage, unless it was logged less than a minute ago. */
    public void report(Throwable failure) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= QUIET && lastLogged.compareAndSet(last, now)) {
            log.warn("Database unavailable; answering 503 until it is back (logged once a minute): {}",
                    rootCause(failure));
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
