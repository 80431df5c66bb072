package io.hichat.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

import io.hichat.shared.web.ApiError;

/**
 * The answer to a failure nobody refused on purpose: 503 when the database cannot be reached, otherwise 500 with a
 * reference that is also in the log, so a report can be matched to its stack trace.
 */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static ApiError answer(Throwable failure, String method, String path) {
        if (isDatabaseUnavailable(failure)) {
            log.warn("Database unavailable during {} {}: {}", method, path, failure.toString());
            return ApiError.ofStatus(HttpStatus.SERVICE_UNAVAILABLE, "the database is unavailable; try again shortly");
        }
        String reference = RequestIdFilter.currentRequestId();
        log.error("Unexpected failure [{}] during {} {}", reference, method, path, failure);
        return ApiError.ofStatus(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected server error; reference " + reference);
    }

    static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 is "connection exception"; 57P0x is the server shutting down or refusing connections. */
    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
