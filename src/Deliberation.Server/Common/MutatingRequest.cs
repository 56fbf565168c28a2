using System.Security.Cryptography;
using Deliberation.Engine.Requests;
using Google.Protobuf;
using Grpc.Core;

namespace Deliberation.Server.Common;

/// <summary>A request that changes something, and so carries a client-chosen request id.</summary>
internal interface IMutatingRequest : IMessage
{
    string RequestId { get; }
}

internal static class MutatingRequest
{
    /// <summary>
    /// The request's identity for idempotency: the RPC, the caller (as their token names them), the
    /// request id, and a hash of everything sent.
    /// </summary>
    public static RequestKey KeyFor(this IMutatingRequest request, string rpc, ServerCallContext context, TimeSpan? replayWindow = null) =>
        new(rpc, CallerOf(context), request.RequestId, Convert.ToHexString(SHA256.HashData(request.ToByteArray())), replayWindow);

    private static string CallerOf(ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true ? $"{user.FindFirst(Access.Tokens.KindClaim)?.Value}:{user.FindFirst("sub")?.Value}" : "anonymous";
    }
}
