namespace Deliberation.Engine.Requests;

/// <summary>A request id was sent again with a different request; nothing was recorded.</summary>
public sealed class RequestIdReused(RequestKey key)
    : Exception($"The request id '{key.RequestId}' was already used for a different {key.Operation} request.");

/// <summary>The command kept meeting concurrent changes to the same stream; nothing was recorded.</summary>
public sealed class ConcurrencyConflict(Exception inner)
    : Exception("The record changed concurrently too often; retry the request with the same request id.", inner);
