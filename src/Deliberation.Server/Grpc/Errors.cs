using Deliberation.Api.V1;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace Deliberation.Server.Grpc;

/// <summary>The only place that builds the errors clients receive (google.rpc model, see errors.proto).</summary>
internal static class Errors
{
    public const string Domain = "deliberation.v1";

    public static RpcException InvalidArgument(IEnumerable<(string Field, string Description)> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation
        {
            Field = v.Field,
            Description = v.Description,
        }));
        var message = "Invalid request: " + string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field}: {v.Description}"));
        return Build(Code.InvalidArgument, message, badRequest);
    }

    public static RpcException FailedPrecondition(ErrorReason reason, string message) =>
        Build(Code.FailedPrecondition, message, new ErrorInfo { Reason = ReasonName(reason), Domain = Domain });

    public static RpcException Unauthenticated(ErrorReason reason, string message) =>
        Build(Code.Unauthenticated, message, new ErrorInfo { Reason = ReasonName(reason), Domain = Domain });

    public static RpcException PermissionDenied(ErrorReason reason, string message) =>
        Build(Code.PermissionDenied, message, new ErrorInfo { Reason = ReasonName(reason), Domain = Domain });

    public static RpcException NotFound(string kind, string id, string message) =>
        Build(Code.NotFound, message, new ResourceInfo { ResourceType = kind, ResourceName = id });

    public static RpcException Aborted(string message) =>
        Build(Code.Aborted, message, new ErrorInfo { Reason = "CONCURRENT_CHANGE", Domain = Domain });

    public static RpcException Aborted(ErrorReason reason, string message) =>
        Build(Code.Aborted, message, new ErrorInfo { Reason = ReasonName(reason), Domain = Domain });

    public static RpcException Unavailable(ErrorReason reason, string message) =>
        Build(Code.Unavailable, message, new ErrorInfo { Reason = ReasonName(reason), Domain = Domain });

    /// <summary>The name clients switch on: the enum value's proto name without its prefix, e.g. BALLOT_CLOSED.</summary>
    public static string ReasonName(ErrorReason reason) =>
        ErrorsReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("ErrorReason").FindValueByNumber((int)reason).Name["ERROR_REASON_".Length..];

    private static RpcException Build(Code code, string message, Google.Protobuf.IMessage detail) =>
        new Status { Code = (int)code, Message = message, Details = { Any.Pack(detail) } }.ToRpcException();
}
