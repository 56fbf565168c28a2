namespace Deliberation.Engine.Requests;

/// <summary>
/// Identifies one intended request: the operation, the client's request id, and a fingerprint
/// of the request's content, so a retry can be told from a different request that reuses the id.
/// </summary>
public sealed record RequestKey(string Operation, string RequestId, string Fingerprint)
{
    public string Id => $"{Operation}/{RequestId}";
}
