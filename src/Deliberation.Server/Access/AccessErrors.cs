using Deliberation.Api.V1;

namespace Deliberation.Server.Access;

/// <summary>The caller is not who the call needs: no valid token, or a wrong credential.</summary>
internal sealed class Unauthenticated(ErrorReason reason, string message) : Exception(message)
{
    public ErrorReason Reason { get; } = reason;
}

/// <summary>The caller is known, but may not do this here.</summary>
internal sealed class PermissionDenied(ErrorReason reason, string message) : Exception(message)
{
    public ErrorReason Reason { get; } = reason;
}
