using FluentValidation;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Deliberation.Server.Grpc;

/// <summary>Runs the request's validator, if it has one, before the RPC sees the request.</summary>
internal sealed class ValidationInterceptor(IServiceProvider services) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (services.GetService<IValidator<TRequest>>() is { } validator)
            await validator.ValidateAndThrowAsync(request, context.CancellationToken);
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (services.GetService<IValidator<TRequest>>() is { } validator)
            await validator.ValidateAndThrowAsync(request, context.CancellationToken);
        await continuation(request, responseStream, context);
    }
}
