namespace Deliberation.Engine.Requests;

/// <summary>
/// Identifies one intended request: the operation, who sent it, the client's request id, and a
/// fingerprint of the request's content, so a retry can be told from a different request that
/// reuses the id. Request ids are the caller's own: two callers never share an answer.
/// <paramref name="ReplayWindow"/>, when set, is how long a retry gets the first answer; after it,
/// the request is taken as new (for answers that grant something, such as a join's token).
/// </summary>
public sealed record RequestKey(string Operation, string Caller, string RequestId, string Fingerprint, TimeSpan? ReplayWindow = null)
{
    public string Id => $"{Operation}/{Caller}/{RequestId}";
}
