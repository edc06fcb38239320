#pragma once

// How an ApiCall retries: the client's, or a call's own (ApiCall::setRetryPolicy).
struct RetryPolicy
{
    int attemptTimeoutMs = 60000; // one HTTP attempt
    int overallDeadlineMs = 600000; // all attempts of one call, including Retry-After waits
    int maxServerErrorRetries = 6; // 5xx other than 503
    int backoffBaseMs = 1000; // 1 s, then 1-2 s, 2-4 s ...
    int maxRetryAfterSeconds = 600; // a larger Retry-After is clamped
    int maxTransportRetries = 6; // lost connection / truncated reply on safe routes
};
