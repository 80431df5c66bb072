package io.hichat.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.apache.coyote.BadRequestException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.util.DisconnectedClientHelper;

import io.hichat.shared.web.ApiError;

/**
 * The answer to a failure nobody refused on purpose. Every database connection taken past the pool's wait, while
 * the database answers, is the server being busy (503, code 100006, {@code Retry-After}); a database that cannot be
 * reached answers 503 with code 100004; a request the container could not read 400; a client that went away
 * nothing worth a warning; each is logged in one line. Anything else answers 500 with a reference that is also in
 * the log, beside its stack trace.
 */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** How soon a request refused for want of a connection may be sent again: the pool's waits last about that. */
    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

    public static ApiError answer(Throwable failure, String method, String path) {
        if (isPoolExhausted(failure)) {
            log.warn("No database connection free during {} {}: {}", method, path, oneLine(innermostSqlCause(failure)));
            return ApiError.busy("the server is busy; try again shortly", BUSY_RETRY_AFTER);
        }
        if (isDatabaseUnavailable(failure)) {
            log.warn("Database unavailable during {} {}: {}", method, path, oneLine(innermostSqlCause(failure)));
            return ApiError.ofStatus(HttpStatus.SERVICE_UNAVAILABLE, "the database is unavailable; try again shortly");
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            log.debug("The client went away during {} {}: {}", method, path, oneLine(failure));
            return ApiError.invalidRequest("the client closed the connection");
        }
        ApiError clientFault = clientFault(failure);
        if (clientFault != null) {
            log.debug("Refused {} {}: {}", method, path, oneLine(failure));
            return clientFault;
        }
        String reference = RequestIdFilter.currentRequestId();
        log.error("Unexpected failure [{}] during {} {}", reference, method, path, failure);
        return ApiError.ofStatus(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected server error; reference " + reference);
    }

    /** What the servlet container throws for a request it cannot read, wherever in the chain it is first read. */
    private static @Nullable ApiError clientFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof InvalidParameterException) {
                return ApiError.invalidRequest(
                        "the query string cannot be decoded: a %-escape is malformed or not UTF-8");
            }
            if (cause instanceof BadRequestException) {
                return ApiError.invalidRequest("the request could not be read: " + cause.getMessage());
            }
        }
        return null;
    }

    /**
     * The pool gave up waiting for a connection to come back while the database answers: its timeout names no
     * failure to connect as its cause (HikariCP sets the last one it met, when it met one, as the cause).
     */
    static boolean isPoolExhausted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLTransientConnectionException timeout) {
                return timeout.getCause() == null;
            }
        }
        return false;
    }

    static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            // A commit or rollback that fails in the driver leaves the connection unusable, whatever the failure
            // that led to it; and that failure may itself have been the connection's.
            if (cause instanceof TransactionSystemException transaction
                    && (transaction.getCause() instanceof SQLException || transaction.getApplicationException() != null
                            && isDatabaseUnavailable(transaction.getApplicationException()))) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    /** SQLSTATE class 08 is "connection exception"; 57P0x is the server shutting down or refusing connections. */
    private static boolean isConnectionState(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }

    /** The driver's own words, which say what happened to the connection; the wrappers around them do not. */
    private static Throwable innermostSqlCause(Throwable failure) {
        Throwable found = failure;
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException) {
                found = cause;
            }
        }
        return found;
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage().strip();
        return (failure.getClass().getSimpleName() + message).replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
