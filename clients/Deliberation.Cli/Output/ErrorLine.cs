using Google.Rpc;
using Grpc.Core;

namespace Deliberation.Cli.Output;

/// <summary>One line per failure, with the field or the reason the server gave.</summary>
internal static class ErrorLine
{
    public static string For(RpcException e, string server)
    {
        var status = e.GetRpcStatus();
        var code = ToScreamingSnake(e.StatusCode);
        if (status?.GetDetail<BadRequest>() is { FieldViolations.Count: > 0 } badRequest)
            return $"error: {code}: " + string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field} {v.Description}"));
        if (status?.GetDetail<ErrorInfo>() is { } info)
            return $"error: {code} {info.Reason}: {status.Message}";
        if (e.StatusCode == StatusCode.Unavailable)
            return $"error: UNAVAILABLE: no Deliberation engine answers at {server} (is it running? see --server)";
        return $"error: {code}: {status?.Message ?? e.Status.Detail}";
    }

    private static string ToScreamingSnake(StatusCode code) =>
        string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
