package no.lpp.moteplass.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the environment's (503, wait and retry) and which are a bug or the data's own. */
class OutagesTest {

    @Test
    void aDatabaseOrNetworkAwayIsAnOutageHoweverItIsWrapped() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new SQLException("An I/O error occurred", "08006"));

        assertThat(Outages.isOutage(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("timed out")))).isTrue();
        assertThat(Outages.isOutage(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(Outages.isOutage(new IllegalStateException(new ConnectException("refused")))).isTrue();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("broken pipe", "08006")))).isTrue();
        assertThat(Outages.isOutage(rollbackFailed)).isTrue();
    }

    @Test
    void aBugOrBadDataIsNot() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new IllegalArgumentException("bug"));

        assertThat(Outages.isOutage(new NullPointerException())).isFalse();
        assertThat(Outages.isOutage(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(Outages.isOutage(new SQLException("syntax", "42601"))).isFalse();
        assertThat(Outages.isOutage(rollbackFailed)).isFalse();
    }
}
