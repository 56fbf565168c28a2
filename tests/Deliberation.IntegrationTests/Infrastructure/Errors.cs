using Google.Rpc;
using Grpc.Core;

namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>Reads the google.rpc details the server sends with an error.</summary>
public static class Errors
{
    public static async Task<RpcException> CatchAsync<T>(AsyncUnaryCall<T> call) =>
        await Assert.ThrowsAsync<RpcException>(async () => await call);

    public static IReadOnlyList<string> ViolatedFields(this RpcException error)
    {
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()?.GetDetail<BadRequest>() ?? throw new Xunit.Sdk.XunitException("No BadRequest detail.");
        return badRequest.FieldViolations.Select(v => v.Field).ToList();
    }

    public static string Reason(this RpcException error)
    {
        var info = error.GetRpcStatus()?.GetDetail<ErrorInfo>() ?? throw new Xunit.Sdk.XunitException($"No ErrorInfo detail in {error}.");
        return info.Reason;
    }
}
