using System.Security.Cryptography;
using Deliberation.Engine.Requests;
using Google.Protobuf;

namespace Deliberation.Server.Common;

/// <summary>A request that changes something, and so carries a client-chosen request id.</summary>
internal interface IMutatingRequest : IMessage
{
    string RequestId { get; }
}

internal static class MutatingRequest
{
    /// <summary>The request's identity for idempotency: the RPC, the request id, and a hash of everything sent.</summary>
    public static RequestKey KeyFor(this IMutatingRequest request, string rpc) =>
        new(rpc, request.RequestId, Convert.ToHexString(SHA256.HashData(request.ToByteArray())));
}
