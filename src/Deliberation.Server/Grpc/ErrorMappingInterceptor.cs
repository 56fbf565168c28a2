using Deliberation.Api.V1;
using Deliberation.Domain.Common;
using Deliberation.Engine.Requests;
using Deliberation.Server.Access;
using Deliberation.Tally;
using FluentValidation;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Deliberation.Server.Grpc;

/// <summary>Turns what the engine reports into the errors of the API, in exactly one place.</summary>
internal sealed class ErrorMappingInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (Map(e) is { } error)
        {
            throw error;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (Map(e) is { } error)
        {
            throw error;
        }
    }

    public static RpcException? Map(Exception e) => e switch
    {
        ValidationException invalid => Errors.InvalidArgument(invalid.Errors.Select(f => (f.PropertyName, f.ErrorMessage))),
        InvalidInput invalid => Errors.InvalidArgument(invalid.Problems.Select(p => (p.Field, p.Problem))),
        RuleViolation violation => Errors.FailedPrecondition(ToApi(violation.Reason), violation.Message),
        NotFound missing => Errors.NotFound(missing.Kind, missing.Id.ToString(), missing.Message),
        Unauthenticated unauthenticated => Errors.Unauthenticated(unauthenticated.Reason, unauthenticated.Message),
        PermissionDenied denied => Errors.PermissionDenied(denied.Reason, denied.Message),
        RequestIdReused reused => Errors.FailedPrecondition(ErrorReason.RequestIdReused, reused.Message),
        ConcurrencyConflict conflict => Errors.Aborted(conflict.Message),
        Events.FeedBehind behind => Errors.Aborted(ErrorReason.FeedFellBehind, behind.Message),
        Events.FeedStopping stopping => Errors.Unavailable(ErrorReason.EngineStopping, stopping.Message),
        TallyInputError input => Errors.InvalidArgument(input.Violations.Select(v => (v.Path, v.Problem))),
        _ => null,
    };

    /// <summary>Each domain reason has the proto reason of the same name.</summary>
    public static ErrorReason ToApi(RuleViolationReason reason) => Enum.Parse<ErrorReason>(reason.ToString());
}
