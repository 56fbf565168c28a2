using Grpc.Core;

namespace Deliberation.Cli;

/// <summary>What delib's exit status means, so scripts can act on it (documented in docs/delib.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int InvalidInput = 2;
    public const int NotFound = 3;
    public const int Refused = 4;
    public const int Unreachable = 5;

    public static int For(StatusCode status) => status switch
    {
        StatusCode.InvalidArgument => InvalidInput,
        StatusCode.NotFound => NotFound,
        StatusCode.FailedPrecondition or StatusCode.AlreadyExists or StatusCode.Aborted
            or StatusCode.PermissionDenied or StatusCode.Unauthenticated => Refused,
        StatusCode.Unavailable or StatusCode.DeadlineExceeded => Unreachable,
        _ => Failed,
    };
}
